package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.ExceptionVector;

/**
 * {@code exceptions64.S}: exceptions in 64-bit mode delivered through 16-byte IDT gates to a handler that logs
 * vector, error code, saved RIP and CS (and CR2 for #PF) on the debug console and resumes the program.
 */
class LongModeExceptionsTest {

	private static final int PF_WRITE = 1 << 1, PF_PRESENT = 1 << 0;

	@Test
	void handlersSeeVectorErrorCodeReturnAddressAndCr2(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("exceptions64.S", directory, "real_mode_entry");
		program.runToHalt();
		ExceptionLog log = new ExceptionLog(program, 8, program.symbol("CODE64_SEL"));
		log.fault(ExceptionVector.DE, 0, "fault_divide");
		// #BP is a trap: the saved RIP is the instruction after int3.
		log.fault(ExceptionVector.BP, 0, "after_breakpoint");
		log.fault(ExceptionVector.UD, 0, "fault_ud2");
		log.fault(ExceptionVector.GP, 0, "fault_noncanonical");
		log.fault(ExceptionVector.GP, (int) program.symbol("BAD_SELECTOR") & 0xfffc, "fault_bad_selector");
		log.pageFault(PF_WRITE, "fault_demand_write", program.symbol("DEMAND_WRITE_ADDRESS"));
		log.pageFault(0, "fault_demand_read", program.symbol("DEMAND_READ_ADDRESS"));
		log.pageFault(PF_WRITE | PF_PRESENT, "fault_read_only_write", program.symbol("READ_ONLY_ADDRESS"));
		assertEquals(log.expected() + "done\n", program.console());
	}

	@Test
	void pageFaultHandlerMapsThePageAndTheInstructionRunsAgain(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("exceptions64.S", directory, "real_mode_entry");
		program.runToHalt();
		long written = program.symbol("WRITE_VALUE");
		assertEquals(written, program.qword("demand_write_frame"));
		assertEquals(program.symbol("READ_VALUE"), program.qword("value_read"));
		assertEquals(written, program.qword("read_only_frame"));
	}
}
