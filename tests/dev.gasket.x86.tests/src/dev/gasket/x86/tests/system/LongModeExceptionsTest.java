package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;

/**
 * {@code exceptions64.S}: exceptions in 64-bit mode delivered through 16-byte IDT gates to a handler that logs
 * vector, error code, saved RIP and CS (and CR2 for #PF) on the debug console and resumes the program.
 */
class LongModeExceptionsTest {

	private static final int PF_PRESENT = 1 << 0, PF_WRITE = 1 << 1, PF_FETCH = 1 << 4;

	@Test
	void handlersSeeVectorErrorCodeReturnAddressAndCr2(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("exceptions64.S", directory, "real_mode_entry");
		program.runToHalt();
		ExceptionLog log = new ExceptionLog(program, 8, program.symbol("CODE64_SEL"));
		log.add(ExceptionVector.DE, 0, "fault_divide");
		// #BP is a trap: the saved RIP is the instruction after int3.
		log.add(ExceptionVector.BP, 0, "after_breakpoint");
		log.add(ExceptionVector.UD, 0, "fault_ud2");
		log.add(ExceptionVector.GP, 0, "fault_noncanonical");
		log.add(ExceptionVector.GP, (int) program.symbol("BAD_SELECTOR") & 0xfffc, "fault_bad_selector");
		log.add(ExceptionVector.GP, 0, "fault_noncanonical_gate");
		log.add(ExceptionVector.PF, PF_WRITE, "fault_demand_write", cr2(program, "DEMAND_WRITE_ADDRESS"));
		log.add(ExceptionVector.PF, 0, "fault_demand_read", cr2(program, "DEMAND_READ_ADDRESS"));
		log.add(ExceptionVector.PF, PF_WRITE | PF_PRESENT, "fault_read_only_write", cr2(program, "READ_ONLY_ADDRESS"));
		log.add(ExceptionVector.PF, PF_WRITE | PF_PRESENT, "fault_xadd", cr2(program, "XADD_ADDRESS"));
		log.add(ExceptionVector.PF, PF_WRITE | PF_PRESENT, "fault_cmpxchg", cr2(program, "CMPXCHG_ADDRESS"));
		log.add(ExceptionVector.PF, PF_FETCH | PF_PRESENT, "NO_EXECUTE_ADDRESS", cr2(program, "NO_EXECUTE_ADDRESS"));
		// The instruction starts on a present page; CR2 is where its bytes reach the missing one, RIP its start.
		long straddle = program.symbol("STRADDLE_ADDRESS");
		log.add(ExceptionVector.PF, PF_FETCH, "STRADDLE_ADDRESS", String.format(" cr2=%016x", (straddle | 0xfff) + 1));
		log.add(ExceptionVector.GP, 0, "fault_iret_noncanonical");
		assertEquals(log.expected() + "done\n", program.console());
	}

	@Test
	void faultingReadModifyWritesLeaveRegistersAndFlagsAsBefore(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("exceptions64.S", directory, "real_mode_entry");
		program.runToHalt();
		long initial = program.symbol("XADD_INITIAL");
		assertEquals(initial + program.symbol("XADD_ADDEND"), program.dword("xadd_frame"), "xadd ran once, after the fault");
		assertEquals(initial, program.dword("xadd_old_value"));
		assertEquals(program.symbol("CMPXCHG_NEW"), program.dword("cmpxchg_frame"));
		assertEquals(Flags.CF, program.qword("cmpxchg_fault_rflags") & (Flags.CF | Flags.ZF),
				"the #PF frame holds the flags from before the cmpxchg");
	}

	@Test
	void iretToANonCanonicalAddressFaultsBeforeLoadingRflags(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("exceptions64.S", directory, "real_mode_entry");
		program.runToHalt();
		assertEquals(0, program.qword("flags_after_failed_iret") & Flags.DF, "DF from the iret frame must not be loaded");
	}

	@Test
	void pageFaultHandlerMapsThePageAndTheInstructionRunsAgain(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("exceptions64.S", directory, "real_mode_entry");
		program.runToHalt();
		long written = program.symbol("WRITE_VALUE");
		assertEquals(written, program.qword("demand_write_frame"));
		assertEquals(program.symbol("READ_VALUE"), program.qword("value_read"));
		assertEquals(written, program.qword("read_only_frame"));
		assertEquals(program.symbol("STRADDLE_VALUE"), program.qword("straddle_result"), "the movabs ran after its page came in");
	}

	private static String cr2(SystemProgram program, String symbol) {
		return String.format(" cr2=%016x", program.symbol(symbol));
	}
}
