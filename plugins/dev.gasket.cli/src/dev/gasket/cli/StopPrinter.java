package dev.gasket.cli;

import java.io.PrintStream;

import dev.gasket.debug.engine.SessionStop;
import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Flags;
import dev.gasket.x86.cpu.SegmentRegister;

/** How {@code gasket run} prints a stop: one summary line, then the registers a boot-code author looks at. */
final class StopPrinter {

	private static final String[] GPR_NAMES = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
			"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };

	private final PrintStream out;

	StopPrinter(PrintStream out) {
		this.out = out;
	}

	void print(SessionStop stop, CpuState cpu) {
		out.printf("stop: %s at %s%s mode=%s cpl=%d%s%n", stop.reason(), stop.where(),
				stop.symbol().map(symbol -> " (" + symbol + ")").orElse(""), stop.mode().label(), stop.cpl(),
				stop.detail().isEmpty() ? "" : ": " + stop.detail());
		for (int row = 0; row < 4; row++) {
			StringBuilder line = new StringBuilder(" ");
			for (int column = 0; column < 4; column++) {
				int register = row * 4 + column;
				line.append(String.format(" %-3s=0x%016x", GPR_NAMES[register], cpu.gpr(register)));
			}
			out.println(line);
		}
		long rflags = cpu.rflags();
		out.printf("  rip=0x%x rflags=0x%x %s%n", cpu.rip(), rflags, Flags.describe(rflags));
		out.printf("  cr0=0x%x %s cr3=0x%x cr4=0x%x %s efer=0x%x %s%n", cpu.cr0(), ControlRegister.CR0.setBitNames(cpu.cr0()),
				cpu.cr3(), cpu.cr4(), ControlRegister.CR4.setBitNames(cpu.cr4()), cpu.efer(), ControlRegister.EFER.setBitNames(cpu.efer()));
		StringBuilder segments = new StringBuilder(" ");
		for (SegmentRegister register : new SegmentRegister[] { SegmentRegister.CS, SegmentRegister.SS, SegmentRegister.DS }) {
			var segment = cpu.segment(register);
			segments.append(String.format(" %s=0x%04x base=0x%x", register.name().toLowerCase(), segment.selector(), segment.base()));
		}
		out.println(segments);
	}
}
