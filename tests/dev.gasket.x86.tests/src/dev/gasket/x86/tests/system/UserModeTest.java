package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;

/**
 * Privilege changes: {@code user_mode32.S} (protected mode) and {@code user_mode64.S} (IA-32e mode, 64-bit and
 * compatibility-mode user code) enter ring 3 with iret and come back to ring 0 through a DPL-3 gate, a page fault
 * on a supervisor page and a #GP, each time on the ring-0 stack the TSS names.
 */
class UserModeTest {

	private static final int PF_PRESENT = 1, PF_WRITE = 2, PF_USER = 4;
	/** EIP, CS, EFLAGS, ESP and SS pushed on a privilege change. */
	private static final int OUTER_FRAME_BYTES = 5 * 4;
	/** The same in IA-32e mode, 8 bytes each. */
	private static final int LONG_FRAME_BYTES = 5 * 8;

	@Test
	void protectedModeRingThreeEntersTheKernelOnTheTssStack(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("user_mode32.S", directory, "real_mode_entry");
		program.runToHalt();
		long userStack = program.symbol("user_stack_top"), userSs = program.symbol("USER_DATA_SEL");
		String userFrame = String.format(" esp=%08x ss=%04x", userStack, userSs);
		long kernelRegion = program.symbol("KERNEL_REGION");
		ExceptionLog log = new ExceptionLog(program, 8, program.symbol("USER_CODE32_SEL"));
		log.add((int) program.symbol("SYSCALL_VECTOR"), 0, "after_user_syscall", userFrame);
		log.add(ExceptionVector.PF, PF_USER | PF_PRESENT, "user_read_kernel", userFrame + String.format(" cr2=%08x", kernelRegion));
		log.add(ExceptionVector.PF, PF_USER | PF_WRITE | PF_PRESENT, "user_write_kernel",
				userFrame + String.format(" cr2=%08x", kernelRegion));
		// int n through a gate of lower privilege: #GP with the gate as error code (IDT bit, no EXT).
		log.add(ExceptionVector.GP, ExceptionVector.GP.vector() * 8 | 2, "user_int_kernel_gate", userFrame);
		log.add(ExceptionVector.GP, 0, "user_out", userFrame);
		log.add(ExceptionVector.GP, 0, "user_hlt", userFrame);
		assertEquals(log.expected() + "done\n", program.console());
		assertEquals(program.symbol("SYSCALL_RESULT"), program.dword("syscall_result"), "iret returned the handler's EAX");
		assertEquals(program.symbol("KERNEL_STACK_TOP") - OUTER_FRAME_BYTES, program.dword("system_call_esp"),
				"the handler runs on ESP0 from the TSS");
		assertEquals(program.symbol("CODE32_SEL"), program.machine().memory().readWord(program.symbol("handler_cs")));
		assertEquals(0xbeef, program.machine().memory().readWord(program.symbol("handler_cs_guard")),
				"a segment register stored to memory takes two bytes whatever the operand size");
	}

	@Test
	void returningToRingThreeNullsDataSegmentsOfRingZero(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("user_mode32.S", directory, "real_mode_entry");
		program.runToHalt();
		// DS held the ring-0 DATA_SEL; iret to ring 3 must not leave it usable there (SDM Vol. 2, IRET).
		assertEquals(0, program.machine().memory().readWord(program.symbol("user_ds_on_entry")));
	}

	@TestFactory
	Stream<DynamicTest> longModeRingThreeIn64BitAndCompatibilityModeOnBothModels(@TempDir Path directory) {
		return Stream.of(CpuModel.values()).map(model -> DynamicTest.dynamicTest(model.label(), () -> {
			SystemProgram program = SystemProgram.startIn64BitMode("user_mode64.S",
					Files.createTempDirectory(directory, model.name()), "kernel_entry", model, CpuidTable.standard(false));
			program.runToHalt();
			String userFrame = String.format(" rsp=%08x ss=%04x", program.symbol("user_stack_top"), program.symbol("USER_DATA_SEL"));
			String expected = new ExceptionLog(program, 8, program.symbol("USER_CODE64_SEL"))
					.add((int) program.symbol("SYSCALL_VECTOR"), 0, "after_user_syscall64", userFrame)
					.add(ExceptionVector.PF, PF_USER | PF_PRESENT, "user_read_kernel",
							userFrame + String.format(" cr2=%08x", program.symbol("KERNEL_REGION")))
					.expected()
					+ new ExceptionLog(program, 8, program.symbol("USER_CODE32_SEL"))
							.add((int) program.symbol("SYSCALL_VECTOR"), 0, "after_user_syscall32", userFrame)
							.add(ExceptionVector.GP, 0, "user_hlt", userFrame)
							.expected();
			assertEquals(expected + "done\n", program.console());
			assertEquals(program.symbol("SYSCALL_RESULT"), program.dword("syscall64_result"));
			assertEquals(program.symbol("SYSCALL_RESULT"), program.dword("syscall32_result"));
			assertEquals((program.symbol("KERNEL_STACK_TOP") & ~0xfL) - LONG_FRAME_BYTES, program.qword("system_call_rsp"),
					"the handler runs on RSP0 from the TSS");
			assertEquals(0, program.machine().memory().readWord(program.symbol("system_call_ss")),
					"a privilege change in IA-32e mode loads SS with a null selector (RPL = new CPL)");
			assertEquals(0, program.machine().memory().readWord(program.symbol("user_ds_on_entry")));
		}));
	}
}
