package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;

/**
 * Exceptions and interrupts before long mode: {@code exceptions32.S} through 8-byte gates in 32-bit protected
 * mode, and {@code real_mode_interrupts.S} through the real-mode IVT.
 */
class LegacyModeExceptionsTest {

	/** Error-code bits of an exception raised while delivering an event (SDM Vol. 3, 6.13). */
	private static final int EXT = 1 << 0, IDT = 1 << 1;

	@Test
	void protectedModeHandlersSeeVectorErrorCodeAndFaultingInstruction(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("exceptions32.S", directory, "real_mode_entry");
		program.runToHalt();
		ExceptionLog log = new ExceptionLog(program, 8, program.symbol("CODE32_SEL"));
		log.add(ExceptionVector.UD, 0, "fault_ud2");
		log.add(ExceptionVector.GP, (int) program.symbol("BAD_SELECTOR") & 0xfffc, "fault_bad_selector");
		log.add(ExceptionVector.GP, 0, "fault_write_code_segment");
		// A missing gate raises #NP with the gate as error code; EXT only when an exception (not int n) was being delivered.
		log.add(ExceptionVector.NP, (int) program.symbol("ABSENT_VECTOR") * 8 | IDT, "fault_absent_gate_int");
		log.add(ExceptionVector.NP, ExceptionVector.UD.vector() * 8 | IDT | EXT, "fault_absent_gate_ud2");
		assertEquals(log.expected() + "done\n", program.console());
	}

	@Test
	void realModeInterruptsGoThroughTheIvtAndIretRestoresFlags(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("real_mode_interrupts.S", directory, "real_mode_entry");
		program.runToHalt();
		assertEquals("ID\n", program.console());
		assertEquals(program.symbol("after_software_interrupt"), word(program, "software_saved_ip"), "int n saves the next IP");
		assertEquals(0, word(program, "software_saved_cs"));
		assertTrue((word(program, "software_saved_flags") & Flags.IF) != 0, "the pushed FLAGS have IF as the program set it");
		assertEquals(0, word(program, "software_handler_flags") & Flags.IF, "int clears IF");
		assertTrue((word(program, "flags_after_iret") & Flags.IF) != 0, "iret restores IF");
		assertEquals(program.symbol("HANDLER_BX"), word(program, "bx_after_interrupt"));
		assertEquals(program.symbol("fault_divide"), word(program, "divide_saved_ip"), "#DE is a fault: IP of the div");
	}

	private static long word(SystemProgram program, String symbol) {
		return program.machine().memory().readWord(program.symbol(symbol));
	}
}
