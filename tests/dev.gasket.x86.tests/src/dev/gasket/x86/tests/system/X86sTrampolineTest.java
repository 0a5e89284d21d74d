package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;
import dev.gasket.x86.mem.PageWalk;
import dev.gasket.x86.mem.PagingMode;

/**
 * {@code trampoline64.S}, a trampoline_start64-like AP entry, on the legacy and the X86S CPU model: the path that
 * changes the paging depth through compatibility mode works only on the legacy CPU; X86S faults exactly where
 * its proposal removes a feature; the path that stays in 64-bit mode works on both.
 */
class X86sTrampolineTest {

	private static final String SOURCE = "trampoline64.S";
	private static final long CR4_PAE = 1 << 5, CR4_LA57 = 1 << 12;
	private static final long SPIN_INSTRUCTIONS = 10_000;

	@Test
	void legacyCpuChangesThePagingDepthThroughCompatibilityMode(@TempDir Path directory) throws IOException {
		SystemProgram program = start(directory, CpuModel.LEGACY, true, CR4_PAE | CR4_LA57, "trampoline_start64");
		Machine machine = program.machine();
		machine.setStopOnModeChange(true);
		record ModeChange(CpuMode after, String label) {
		}
		for (ModeChange expected : List.of(new ModeChange(CpuMode.COMPATIBILITY, "trampoline_compat"),
				new ModeChange(CpuMode.PROTECTED_32, "paging_off"), new ModeChange(CpuMode.COMPATIBILITY, "paging_on_again"),
				new ModeChange(CpuMode.LONG_64, "startup_64"))) {
			StopEvent stop = machine.run(SystemProgram.INSTRUCTION_LIMIT);
			assertEquals(StopReason.MODE_CHANGE, stop.reason(), stop::toString);
			assertEquals(expected.after(), stop.mode(), stop::toString);
			assertEquals(program.symbol(expected.label()), machine.linearRip(), stop::toString);
		}
		program.runToHalt();
		assertEquals("kernel entry\n", program.console());
		assertEquals(CR4_PAE | CR4_LA57, program.qword("final_cr4") & (CR4_PAE | CR4_LA57));
		assertEquals(PagingMode.LEVEL_5, machine.mmu().mode());
		PageWalk walk = machine.translate(program.symbol("kernel_entry"));
		assertEquals(List.of("PML5E", "PML4E", "PDPTE", "PDE (2 MiB)"), walk.steps().stream().map(PageWalk.Step::level).toList(),
				walk::describe);
		assertKernelState(program, "trampoline_pml5");
	}

	@TestFactory
	Stream<DynamicTest> pathThatStaysInSixtyFourBitModeRunsOnBothModels(@TempDir Path directory) {
		return Stream.of(CpuModel.values()).map(model -> DynamicTest.dynamicTest(model.label(), () -> {
			SystemProgram program = start(Files.createTempDirectory(directory, model.name()), model, false, CR4_PAE,
					"trampoline_start64");
			program.machine().setStopOnModeChange(true);
			program.machine().setStopOnException(true);
			program.runToHalt();
			assertEquals("kernel entry\n", program.console());
			assertEquals(CpuMode.LONG_64, program.machine().cpu().mode());
			assertEquals(0, program.qword("final_cr4") & CR4_LA57);
			assertKernelState(program, "trampoline_pml4");
		}));
	}

	@Test
	void apSpinsWhileTheTrampolineLockIsTakenAndGoesOnOnceItIsFree(@TempDir Path directory) throws IOException {
		SystemProgram program = start(directory, CpuModel.X86S, false, CR4_PAE, "trampoline_start64");
		Machine machine = program.machine();
		long lock = program.symbol("tr_lock");
		machine.memory().writeDword(lock, 1);
		StopEvent spinning = machine.run(SPIN_INSTRUCTIONS);
		assertEquals(StopReason.INSTRUCTION_LIMIT, spinning.reason(), spinning::toString);
		long rip = machine.cpu().rip();
		assertTrue(rip >= program.symbol("take_lock") && rip < program.symbol("lock_taken"),
				() -> "spinning at 0x" + Long.toHexString(rip));
		assertEquals("", program.console());
		machine.memory().writeDword(lock, 0);
		program.runToHalt();
		assertEquals("kernel entry\n", program.console());
		assertEquals(1, program.dword("tr_lock"));
	}

	@Test
	void x86sFaultsOnTheFarJumpIntoCompatibilityMode(@TempDir Path directory) throws IOException {
		SystemProgram program = start(directory, CpuModel.X86S, true, CR4_PAE | CR4_LA57, "trampoline_start64");
		Machine machine = program.machine();
		machine.setStopOnException(true);
		int firmwareCs = machine.cpu().segment(SegmentRegister.CS).selector();
		StopEvent stop = assertGeneralProtection(program, "enter_compat");
		assertTrue(stop.detail().contains("X86S"), () -> "a legacy CPU would not fault, so the detail says why: " + stop.detail());
		assertEquals(CpuMode.LONG_64, stop.mode(), "the far jump did not happen");
		assertEquals(firmwareCs, machine.cpu().segment(SegmentRegister.CS).selector());
		// The trampoline loaded an IDT with limit 0, so delivering the #GP shuts the CPU down.
		StopEvent resumed = machine.run(SystemProgram.INSTRUCTION_LIMIT);
		assertEquals(StopReason.TRIPLE_FAULT, resumed.reason(), resumed::toString);
		assertTrue(machine.isShutDown());
	}

	@Test
	void x86sFaultsWhenPagingIsTurnedOff(@TempDir Path directory) throws IOException {
		SystemProgram program = start(directory, CpuModel.X86S, false, CR4_PAE, "x86s_clear_paging");
		program.machine().setStopOnException(true);
		assertGeneralProtection(program, "clear_paging");
		assertTrue((program.machine().cpu().cr0() & 1L << 31) != 0, "CR0.PG stays set");
	}

	@Test
	void x86sFaultsWhenPaeIsCleared(@TempDir Path directory) throws IOException {
		SystemProgram program = start(directory, CpuModel.X86S, false, CR4_PAE, "x86s_clear_pae");
		program.machine().setStopOnException(true);
		assertGeneralProtection(program, "clear_pae");
		assertEquals(CR4_PAE, program.machine().cpu().cr4() & CR4_PAE, "CR4.PAE stays set");
	}

	@Test
	void x86sLeavesResetInSixtyFourBitMode() {
		Machine machine = new Machine(CpuModel.X86S, 1 << 20);
		assertEquals(CpuMode.LONG_64, machine.cpu().mode());
		assertEquals(CpuMode.REAL, new Machine(CpuModel.LEGACY, 1 << 20).cpu().mode());
	}

	private static SystemProgram start(Path directory, CpuModel model, boolean la57, long wantedCr4, String entry)
			throws IOException {
		SystemProgram program = SystemProgram.startIn64BitMode(SOURCE, directory, entry, model, CpuidTable.standard(la57));
		// As the kernel does before starting an AP: the paging mode it wants goes into the trampoline header.
		program.machine().memory().writeDword(program.symbol("tr_cr4"), wantedCr4);
		return program;
	}

	private static StopEvent assertGeneralProtection(SystemProgram program, String faultingInstruction) {
		StopEvent stop = program.machine().run(SystemProgram.INSTRUCTION_LIMIT);
		assertEquals(StopReason.EXCEPTION, stop.reason(), stop::toString);
		assertEquals(ExceptionVector.GP, stop.exception().vector(), stop::toString);
		assertEquals(program.symbol(faultingInstruction), stop.rip(), stop::toString);
		return stop;
	}

	private static void assertKernelState(SystemProgram program, String pageTable) {
		CpuState cpu = program.machine().cpu();
		assertEquals(program.symbol("KERNEL_CS"), cpu.segment(SegmentRegister.CS).selector(), "tr_start is entered with __KERNEL_CS");
		for (SegmentRegister data : List.of(SegmentRegister.SS, SegmentRegister.DS, SegmentRegister.ES)) {
			assertEquals(program.symbol("KERNEL_DS"), cpu.segment(data).selector(), data.name());
		}
		assertEquals(1, program.dword("tr_lock") & 1, "the AP took tr_lock");
		assertEquals(program.symbol(pageTable), cpu.cr3());
		assertEquals(program.symbol("halt") + 1, cpu.rip());
	}
}
