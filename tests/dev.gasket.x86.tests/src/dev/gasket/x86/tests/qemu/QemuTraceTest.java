package dev.gasket.x86.tests.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuMode;

/** Single-stepping {@code mode_switch.S} in QEMU from reset to {@code hlt}. */
@Timeout(10)
class QemuTraceTest {

	private static final int MAX_STEPS = 500;
	private static final long CR0_PE = ControlRegister.CR0.mask("PE");
	private static final long CR0_PG = ControlRegister.CR0.mask("PG");
	private static final long EFER_LMA = ControlRegister.EFER.mask("LMA");

	@TempDir
	static Path directory;
	private static RealModeBoot boot;
	private static QemuTrace trace;

	@BeforeAll
	static void recordTrace() throws IOException {
		if (!QemuSystem.isInstalled()) {
			return;
		}
		boot = ModeSwitchProgram.build(directory);
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			trace = QemuTrace.record(qemu.gdb(), MAX_STEPS);
		}
	}

	/** Per test rather than in {@code @BeforeAll}: surefire reports a skipped class without its reason. */
	@BeforeEach
	void requireQemu() {
		QemuSystem.assumeInstalled();
	}

	private static long symbol(String name) {
		return boot.program().symbol(name);
	}

	private static int indexOfRip(long rip) {
		List<CpuSnapshot> snapshots = trace.snapshots();
		for (int i = 0; i < snapshots.size(); i++) {
			if (snapshots.get(i).rip() == rip) {
				return i;
			}
		}
		throw new AssertionError("the trace never reached " + Long.toHexString(rip));
	}

	@Test
	void modesFollowTheProgramsSwitchesInOrder() {
		// PE set but CS still the real-mode cache: 16-bit protected until ljmpl; CR0.PG with EFER.LME activates
		// IA-32e mode while CS is the 32-bit segment: compatibility mode until the far jump to the 64-bit one.
		assertEquals(List.of(CpuMode.REAL, CpuMode.PROTECTED_16, CpuMode.PROTECTED_32, CpuMode.COMPATIBILITY,
				CpuMode.LONG_64, CpuMode.COMPATIBILITY), trace.modeSequence());
	}

	@Test
	void controlRegistersChangeWhereTheModesChange() {
		CpuSnapshot firstProtected = trace.snapshots().get(trace.firstIndexOf(CpuMode.PROTECTED_16));
		assertTrue((firstProtected.cr0() & CR0_PE) != 0);
		CpuSnapshot firstLong = trace.snapshots().get(trace.firstIndexOf(CpuMode.LONG_64));
		assertEquals(symbol(ModeSwitchProgram.LONG_MODE_ENTRY), firstLong.rip());
		assertTrue((firstLong.efer() & EFER_LMA) != 0 && (firstLong.cr0() & CR0_PG) != 0, firstLong.toString());
		assertEquals(symbol(ModeSwitchProgram.PML4), firstLong.cr3());
		for (CpuSnapshot snapshot : trace.snapshots().subList(0, trace.firstIndexOf(CpuMode.PROTECTED_16))) {
			assertEquals(0, snapshot.cr0() & CR0_PE, snapshot.toString());
		}
	}

	@Test
	void lgdtlLoadsTheProgramsGdt() {
		CpuSnapshot protectedEntry = trace.snapshots().get(indexOfRip(symbol(ModeSwitchProgram.PROTECTED_MODE_ENTRY)));
		assertEquals(symbol("gdt"), protectedEntry.hidden().gdtBase());
		assertEquals(symbol("gdt_end") - symbol("gdt") - 1, protectedEntry.hidden().gdtLimit());
		assertTrue(protectedEntry.hidden().segment("CS").defaultBig());
	}

	@Test
	void traceRunsFromTheResetVectorToHlt() {
		CpuSnapshot reset = trace.snapshots().get(0);
		assertEquals(RealModeBoot.RESET_STUB_HIGH_ADDRESS + 0xfff0, reset.linearInstructionPointer());
		assertEquals(symbol(ModeSwitchProgram.REAL_MODE_ENTRY), trace.snapshots().get(1).rip());
		CpuSnapshot last = trace.snapshots().get(trace.steps());
		assertEquals(symbol(ModeSwitchProgram.HALT), last.rip());
		assertEquals(CpuMode.COMPATIBILITY, last.mode());
		assertFalse(last.hidden().halted(), "hlt is next, not executed");
	}

	@Test
	void repMovsbTakesOneStepPerIteration() {
		int copyLength = (int) symbol(ModeSwitchProgram.COPY_LENGTH);
		List<CpuSnapshot> snapshots = trace.snapshots();
		int rep = 0;
		while (snapshots.get(rep).mode() != CpuMode.LONG_64 || snapshots.get(rep).register("rcx") != copyLength) {
			rep++;
		}
		// The count was just loaded: RIP stays on rep movsb while RCX counts down, one iteration per step.
		for (int i = 0; i < copyLength; i++) {
			assertEquals(snapshots.get(rep).rip(), snapshots.get(rep + i).rip(), "iteration " + i);
			assertEquals(copyLength - i, snapshots.get(rep + i).register("rcx"));
		}
		CpuSnapshot afterRep = snapshots.get(rep + copyLength);
		assertTrue(afterRep.rip() > snapshots.get(rep).rip());
		assertEquals(0, afterRep.register("rcx"));
		assertEquals(symbol(ModeSwitchProgram.COPY_DESTINATION) + copyLength, afterRep.register("rdi"));
	}

	@Test
	void instructionInMovSsShadowIsStillItsOwnStep() {
		int shadowed = indexOfRip(symbol(ModeSwitchProgram.LOAD_REAL_MODE_STACK));
		assertTrue(trace.snapshots().get(shadowed).hidden().interruptInhibited());
		CpuSnapshot afterShadow = trace.snapshots().get(shadowed + 1);
		assertFalse(afterShadow.hidden().interruptInhibited());
		assertEquals(symbol("stack_top"), afterShadow.register("rsp"));
	}

	@Test
	void outsideLongModeQemuHidesUpperHalvesAndR8ToR15() {
		int compat = trace.snapshots().size() - 1;
		while (trace.snapshots().get(compat - 1).mode() != CpuMode.LONG_64) {
			compat--;
		}
		CpuSnapshot beforeFarJump = trace.snapshots().get(compat - 1);
		CpuSnapshot afterFarJump = trace.snapshots().get(compat);
		assertEquals(-1L, beforeFarJump.register("r8"), "the program sets r8 to all ones in 64-bit mode");
		assertEquals(0, afterFarJump.register("r8"));
		assertEquals(CpuSnapshot.asQemuReports(beforeFarJump.generalRegisters(), CpuMode.COMPATIBILITY),
				afterFarJump.generalRegisters());
	}

	@Test
	void tooFewStepsFailsNamingTheLimit() throws IOException {
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			GdbRemoteException error = assertThrows(GdbRemoteException.class, () -> QemuTrace.record(qemu.gdb(), 3));
			assertTrue(error.getMessage().contains("within 3 steps"), error.getMessage());
		}
	}
}
