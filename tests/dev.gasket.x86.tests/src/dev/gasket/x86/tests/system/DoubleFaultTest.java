package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;

/**
 * {@code double_fault.S}: a page fault that cannot push its frame becomes a double fault, delivered through its
 * own IST stack; without a usable #DF gate the CPU shuts down (triple fault), which the machine reports and keeps.
 */
class DoubleFaultTest {

	private static final String SOURCE = "double_fault.S";
	/** Error code, RIP, CS, RFLAGS, RSP and SS on the #DF handler's stack. */
	private static final int DOUBLE_FAULT_FRAME_BYTES = 6 * 8;

	@Test
	void pageFaultOnAnUnmappedHandlerStackIsDeliveredAsDoubleFault(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "double_fault_entry");
		program.runToHalt();
		assertEquals("#DF\n", program.console());
		assertEquals(0, program.qword("double_fault_error"), "#DF pushes error code 0");
		assertEquals(program.symbol("fault_page"), program.qword("double_fault_rip"));
		// CR2 holds the address of the second page fault: the first push onto the IST1 stack.
		assertEquals(program.symbol("UNMAPPED_STACK_TOP") - 8, program.qword("double_fault_cr2"));
		assertEquals(program.symbol("double_fault_stack_top") - DOUBLE_FAULT_FRAME_BYTES, program.qword("double_fault_rsp"),
				"#DF runs on its IST2 stack");
	}

	@Test
	void ltrLoadsTheTaskRegisterAndMarksTheTssBusy(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "double_fault_entry");
		program.runToHalt();
		Segment tr = program.machine().cpu().tr();
		long tss = program.symbol("tss");
		assertEquals(program.symbol("TSS_SEL"), tr.selector());
		assertEquals(tss, tr.base());
		assertEquals(program.symbol("tss_end") - tss - 1, tr.limit());
		int typeByte = program.machine().memory().readByte(program.symbol("gdt") + program.symbol("TSS_SEL") + 5);
		assertEquals(0x8b, typeByte, "present, busy 64-bit TSS");
	}

	@Test
	void withoutADoubleFaultGateTheMachineShutsDownAndStaysDown(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "triple_fault_entry");
		Machine machine = program.machine();
		StopEvent stop = machine.run(SystemProgram.INSTRUCTION_LIMIT);
		assertEquals(StopReason.TRIPLE_FAULT, stop.reason(), stop::toString);
		assertEquals(ExceptionVector.PF, stop.exception().vector(), "the exception that started the chain");
		assertEquals(program.symbol("fault_page"), stop.rip());
		String detail = stop.detail();
		int pageFault = detail.indexOf("#PF"), doubleFault = detail.indexOf("#DF"), notPresent = detail.indexOf("#NP");
		assertTrue(pageFault >= 0 && pageFault < doubleFault && doubleFault < notPresent,
				() -> "the detail names #PF, then #DF, then the #NP of the missing gate: " + detail);
		assertTrue(machine.isShutDown());
		assertEquals("", program.console());

		long retired = machine.instructionCount();
		assertEquals(StopReason.TRIPLE_FAULT, machine.run(SystemProgram.INSTRUCTION_LIMIT).reason(), "run() stays shut down");
		assertEquals(StopReason.TRIPLE_FAULT, machine.step().reason(), "step() stays shut down");
		assertEquals(retired, machine.instructionCount());
		assertTrue(machine.isShutDown());
	}

	@Test
	void restoringASnapshotFromBeforeTheShutdownRunsAgain(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "triple_fault_entry");
		Machine machine = program.machine();
		machine.addBreakpoint(program.symbol("fault_page"));
		assertEquals(StopReason.BREAKPOINT, machine.run(SystemProgram.INSTRUCTION_LIMIT).reason());
		var beforeFault = machine.snapshot();
		assertEquals(StopReason.TRIPLE_FAULT, machine.run(SystemProgram.INSTRUCTION_LIMIT).reason());
		machine.restore(beforeFault);
		assertFalse(machine.isShutDown());
		assertEquals(program.symbol("fault_page"), machine.cpu().rip());
		assertEquals(StopReason.TRIPLE_FAULT, machine.run(SystemProgram.INSTRUCTION_LIMIT).reason(), "the same fault again");
	}
}
