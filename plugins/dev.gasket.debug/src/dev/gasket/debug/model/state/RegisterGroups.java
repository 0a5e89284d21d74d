package dev.gasket.debug.model.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.mem.PagingMode;

/**
 * The register groups for the CPU's current mode. In 64-bit mode the general registers are rax…r15 and rip
 * with 16 hex digits; in every other mode (real, 16- and 32-bit protected, compatibility) they are eax…esp and
 * eip with 8 digits: r8–r15 do not exist there, and 16-bit code uses the 32-bit registers through operand-size
 * prefixes, so the 16-bit names would hide half of what it sees.
 */
final class RegisterGroups {

	private static final String[] NAMES_64 = { "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10",
			"r11", "r12", "r13", "r14", "r15" };
	private static final String[] NAMES_32 = { "eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp" };

	private RegisterGroups() {
	}

	static IRegisterGroup[] of(StateContext context) {
		CpuState cpu = context.live().cpu();
		CpuMode mode = cpu.mode();
		int width = mode == CpuMode.LONG_64 ? 8 : 4;
		return new IRegisterGroup[] {
				new StateRegisterGroup(context, "General", group -> general(group, width)),
				new StateRegisterGroup(context, "Flags", group -> List.of(
						new BitRegister(group, width == 8 ? "rflags" : "eflags", width, BitLayout.RFLAGS))),
				new StateRegisterGroup(context, "Segments", group -> segments(group, mode)),
				new StateRegisterGroup(context, "Control", group -> control(group, width)),
				new StateRegisterGroup(context, "MSRs", RegisterGroups::msrs),
				new StateRegisterGroup(context, "Descriptor tables", group -> List.of(
						new DescriptorTableElement(group, DescriptorTable.GDT),
						new DescriptorTableElement(group, DescriptorTable.IDT))),
				new StateRegisterGroup(context, "Mode", group -> mode(group, context)) };
	}

	private static List<IRegister> general(StateRegisterGroup group, int width) {
		List<IRegister> registers = new ArrayList<>();
		for (String name : width == 8 ? NAMES_64 : NAMES_32) {
			registers.add(new GeneralRegister(group, name, width));
		}
		registers.add(new InstructionPointer(group, width == 8 ? "rip" : "eip", width));
		return registers;
	}

	private static List<IRegister> segments(StateRegisterGroup group, CpuMode mode) {
		List<IRegister> registers = new ArrayList<>();
		for (SegmentRegister register : new SegmentRegister[] { SegmentRegister.CS, SegmentRegister.SS, SegmentRegister.DS,
				SegmentRegister.ES, SegmentRegister.FS, SegmentRegister.GS }) {
			// mov cannot load CS; only a real-mode CS is just a paragraph number the engine can set
			boolean settable = register != SegmentRegister.CS || mode == CpuMode.REAL;
			registers.add(new SegmentRegisterElement(group, register.name().toLowerCase(Locale.ROOT), cpu -> cpu.segment(register), settable));
		}
		registers.add(new SegmentRegisterElement(group, "ldtr", CpuState::ldtr, false));
		registers.add(new SegmentRegisterElement(group, "tr", CpuState::tr, false));
		return registers;
	}

	private static List<IRegister> control(StateRegisterGroup group, int width) {
		List<IRegister> registers = new ArrayList<>(List.of(
				new BitRegister(group, "cr0", width, BitLayout.of(ControlRegister.CR0)),
				new GeneralRegister(group, "cr2", width),
				new GeneralRegister(group, "cr3", width),
				new BitRegister(group, "cr4", width, BitLayout.of(ControlRegister.CR4))));
		if (width == 8) {
			// CR8 (the task priority) is only accessible in 64-bit mode
			registers.add(new GeneralRegister(group, "cr8", 1));
		}
		return registers;
	}

	private static List<IRegister> msrs(StateRegisterGroup group) {
		List<IRegister> registers = new ArrayList<>();
		registers.add(new BitRegister(group, "efer", 8, BitLayout.of(ControlRegister.EFER)));
		for (ModelSpecificRegister msr : ModelSpecificRegister.values()) {
			if (msr != ModelSpecificRegister.EFER) {
				registers.add(new MsrRegister(group, msr));
			}
		}
		return registers;
	}

	private static List<IRegister> mode(StateRegisterGroup group, StateContext context) {
		return List.of(
				new ModeFact(group, "mode", sample -> sample.cpu().mode().label()),
				new ModeFact(group, "cpl", sample -> Integer.toString(sample.cpu().cpl())),
				new ModeFact(group, "paging", sample -> PagingMode.of(sample.cpu().cr0(), sample.cpu().cr4(), sample.cpu().efer()).label()),
				new ModeFact(group, "cpu", sample -> context.session().machine().model().label()),
				new ModeFact(group, "instructions", sample -> Long.toString(sample.instructionCount())));
	}
}
