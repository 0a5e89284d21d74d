package dev.gasket.x86.tests.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.tests.qemu.CpuSnapshot;
import dev.gasket.x86.tests.qemu.ModeSwitchProgram;
import dev.gasket.x86.tests.qemu.QemuSystem;
import dev.gasket.x86.tests.qemu.QemuTrace;
import dev.gasket.x86.tests.qemu.RealModeBoot;

/**
 * QEMU and the emulator run the same images from reset, one instruction at a time, and must agree on the
 * architectural state after every instruction and on memory at the end ({@link Lockstep}).
 */
@Timeout(30)
class QemuLockstepTest {

	private static final int MAX_STEPS = 2000;

	@TempDir
	Path directory;

	/** Per test rather than in {@code @BeforeAll}: surefire reports a skipped class without its reason. */
	@BeforeEach
	void requireQemu() {
		QemuSystem.assumeInstalled();
	}

	@Test
	void modeSwitchProgramRunsInLockstepFromResetToHlt() throws IOException {
		LockstepResult result = runInLockstep(ModeSwitchProgram.build(directory), ModeSwitchProgram.HALT);
		assertEquals(List.of(CpuMode.REAL, CpuMode.PROTECTED_16, CpuMode.PROTECTED_32, CpuMode.COMPATIBILITY,
				CpuMode.LONG_64, CpuMode.COMPATIBILITY), result.modes());
	}

	@Test
	void instructionMixRunsInLockstepThroughRealProtectedAndLongMode() throws IOException {
		LockstepResult result = runInLockstep(InstructionMixProgram.build(directory), InstructionMixProgram.HALT);
		// Protected mode, back to real mode through 16-bit protected code and in again; then long mode, where a
		// far call runs a routine in compatibility mode and returns.
		assertEquals(List.of(CpuMode.REAL, CpuMode.PROTECTED_16, CpuMode.PROTECTED_32, CpuMode.PROTECTED_16,
				CpuMode.REAL, CpuMode.PROTECTED_16, CpuMode.PROTECTED_32, CpuMode.COMPATIBILITY, CpuMode.LONG_64,
				CpuMode.COMPATIBILITY, CpuMode.LONG_64), result.modes());
	}

	@Test
	void aDifferentImmediateIsReportedAtItsInstructionWithTheRegister() throws IOException {
		RealModeBoot boot = InstructionMixProgram.build(directory);
		long immediate = boot.program().symbol(InstructionMixProgram.REAL_MODE_ARITHMETIC) + 1;
		AssertionError divergence = assertThrows(AssertionError.class, () -> runInLockstep(boot,
				InstructionMixProgram.HALT, machine -> machine.memory().writeByte(immediate, 0xfe)));
		String report = divergence.getMessage();
		assertTrue(report.contains("<" + InstructionMixProgram.REAL_MODE_ARITHMETIC + ">: mov    $0x7ffe,%ax [b8 fe 7f]"), report);
		assertTrue(report.contains("differing: rax: QEMU 0x7fff emulator 0x7ffe"), report);
		assertTrue(report.contains("before, QEMU:") && report.contains("after, emulator:"), report);
	}

	@Test
	void aByteOnlyTheEmulatorHasIsReportedByTheMemoryComparison() throws IOException {
		RealModeBoot boot = InstructionMixProgram.build(directory);
		long unusedStack = boot.program().symbol(InstructionMixProgram.STACK_BOTTOM);
		AssertionError divergence = assertThrows(AssertionError.class, () -> runInLockstep(boot,
				InstructionMixProgram.HALT, machine -> machine.memory().writeByte(unusedStack, 0x5a)));
		String report = divergence.getMessage();
		assertTrue(report.contains("differing bytes: 1;"), report);
		assertTrue(report.contains(String.format("0x%x <%s>: QEMU 00 emulator 5a", unusedStack,
				InstructionMixProgram.STACK_BOTTOM)), report);
	}

	private LockstepResult runInLockstep(RealModeBoot boot, String haltSymbol) throws IOException {
		return runInLockstep(boot, haltSymbol, machine -> {
		});
	}

	/** @param emulatorOnly a change made to the emulators' side only, after loading */
	private LockstepResult runInLockstep(RealModeBoot boot, String haltSymbol, Consumer<Machine> emulatorOnly)
			throws IOException {
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			CpuSnapshot reset = QemuTrace.snapshot(qemu.gdb());
			Machine machine = EmulatorBoot.start(boot, reset);
			Machine pendingFlags = EmulatorBoot.start(boot, reset);
			emulatorOnly.accept(machine);
			emulatorOnly.accept(pendingFlags);
			LockstepResult result = Lockstep.run(qemu.gdb(), machine, pendingFlags, boot.program(), haltSymbol,
					MAX_STEPS);
			assertTrue(result.steps() > 0);
			return result;
		}
	}
}
