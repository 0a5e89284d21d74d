package dev.gasket.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.ProgramLoader;
import dev.gasket.toolchain.elf.LoadSegment;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;
import dev.gasket.x86.mem.PagingMode;

/**
 * The example project's trampoline, built from {@code examples/trampoline} and run on the emulator through both
 * entries: from real mode on a legacy CPU, and from 64-bit mode on X86S and legacy CPUs, with the paging depth the
 * firmware set up and the one the kernel asks for in {@code tr_cr4} equal or different.
 */
class TrampolineExampleTest {

	private static final long MEMORY_BYTES = 16L << 20;
	/** Where the simulated firmware keeps its page tables and GDT: above the example's image. */
	private static final long FIRMWARE_TABLES = 1L << 20;
	/** {@link MachineSetup#longModeIdentity} uses 28 KiB; the test's PML5 follows. */
	private static final long FIRMWARE_PML5 = FIRMWARE_TABLES + 7 * 4096;
	private static final long TABLE_ENTRY_FLAGS = 0x3;
	private static final long CR4_PAE = 1 << 5, CR4_LA57 = 1 << 12;
	/** __KERNEL_CS in the example's boot.h. */
	private static final int KERNEL_CS = 0x10;
	/** Far more than any path of the trampoline needs, so reaching it means the AP is stuck. */
	private static final long INSTRUCTION_LIMIT = 100_000;
	private static final int MAX_MODE_CHANGES = 10;
	/** Enough for the AP to reach the lock and go round its spin loop many times. */
	private static final long SPIN_INSTRUCTIONS = 10_000;

	private record ModeChange(CpuMode mode, String function) {
	}

	private static TrampolineExample example;

	@BeforeAll
	static void buildTheExample(@TempDir Path directory) throws Exception {
		example = TrampolineExample.build(directory);
	}

	@Test
	void linkedFlatItLiesBetween4KiBAnd64KiBWithTheRealModeEntryParagraphAligned() {
		for (LoadSegment segment : example.image().loadSegments()) {
			assertTrue(segment.physicalAddress() >= TrampolineExample.TEXT_ADDRESS, "nothing overwrites the real-mode IVT");
			assertTrue(segment.physicalAddress() + segment.memorySize() <= 0x10000, "real mode reaches tr_lock, tr_gdt32 and the stack");
		}
		assertEquals(example.address("trampoline_start"), example.image().entry());
		assertEquals(0, example.image().entry() % 16);
	}

	@TestFactory
	Stream<DynamicTest> realModeStartOnALegacyCpuReachesTheKernel() {
		return Stream.of(4, 5).map(depth -> DynamicTest.dynamicTest(depth + "-level paging", () -> {
			Machine machine = load(CpuModel.LEGACY);
			startInRealMode(machine);
			askForPagingDepth(machine, depth);
			List<ModeChange> changes = new ArrayList<>();
			StopEvent stop = runRecordingModeChanges(machine, changes);
			assertEquals(List.of(new ModeChange(CpuMode.PROTECTED_16, "trampoline_start"), new ModeChange(CpuMode.PROTECTED_32, "startup_32"),
					new ModeChange(CpuMode.COMPATIBILITY, "startup_32"), new ModeChange(CpuMode.LONG_64, "startup_64")), changes);
			assertInTheKernel(machine, stop, depth);
		}));
	}

	@TestFactory
	Stream<DynamicTest> x86sStartIn64BitModeStaysThereWhenThePagingDepthIsTheWantedOne() {
		return Stream.of(4, 5).map(depth -> DynamicTest.dynamicTest(depth + "-level paging", () -> {
			Machine machine = load(CpuModel.X86S);
			startIn64BitMode(machine, depth);
			askForPagingDepth(machine, depth);
			List<ModeChange> changes = new ArrayList<>();
			StopEvent stop = runRecordingModeChanges(machine, changes);
			assertEquals(List.of(), changes, "no compatibility mode on the way");
			assertInTheKernel(machine, stop, depth);
		}));
	}

	@Test
	void x86sFaultsOnTheFarJumpToCompatibilityModeWhenThePagingDepthMustChange() {
		Machine machine = load(CpuModel.X86S);
		startIn64BitMode(machine, 4);
		askForPagingDepth(machine, 5);
		machine.setStopOnException(true);
		StopEvent stop = machine.run(INSTRUCTION_LIMIT);
		assertEquals(StopReason.EXCEPTION, stop.reason(), stop::toString);
		assertEquals(ExceptionVector.GP, stop.exception().vector(), stop::toString);
		assertEquals(example.address("enter_compat"), stop.rip(), stop::toString);
		assertEquals(CpuMode.LONG_64, machine.cpu().mode());
		assertEquals("", console(machine));
	}

	@TestFactory
	Stream<DynamicTest> legacyCpuChangesThePagingDepthThroughCompatibilityMode() {
		return Stream.of(new int[] { 4, 5 }, new int[] { 5, 4 }).map(depths -> DynamicTest.dynamicTest(depths[0] + "-level to " + depths[1] + "-level", () -> {
			Machine machine = load(CpuModel.LEGACY);
			startIn64BitMode(machine, depths[0]);
			askForPagingDepth(machine, depths[1]);
			List<ModeChange> changes = new ArrayList<>();
			StopEvent stop = runRecordingModeChanges(machine, changes);
			assertEquals(List.of(new ModeChange(CpuMode.COMPATIBILITY, "trampoline_compat"), new ModeChange(CpuMode.PROTECTED_32, "trampoline_compat"),
					new ModeChange(CpuMode.COMPATIBILITY, "trampoline_compat"), new ModeChange(CpuMode.LONG_64, "trampoline_start64")), changes);
			assertInTheKernel(machine, stop, depths[1]);
		}));
	}

	@TestFactory
	Stream<DynamicTest> apSpinsWhileTrLockIsTakenAndGoesOnOnceItIsReleased() {
		/** An entry of the trampoline and the suffix of its spin loop's labels. */
		record Entry(String name, CpuModel model, String labelSuffix) {
		}
		return Stream.of(new Entry("real mode", CpuModel.LEGACY, "_rm"), new Entry("64-bit mode", CpuModel.X86S, "64"))
				.map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
					Machine machine = load(entry.model());
					if (entry.model() == CpuModel.LEGACY) {
						startInRealMode(machine);
					} else {
						startIn64BitMode(machine, 4);
					}
					askForPagingDepth(machine, 4);
					long lock = example.address("tr_lock");
					machine.memory().writeDword(lock, 1);
					StopEvent spinning = machine.run(SPIN_INSTRUCTIONS);
					assertEquals(StopReason.INSTRUCTION_LIMIT, spinning.reason(), spinning::toString);
					long rip = machine.linearRip();
					assertTrue(example.address("lock_spin" + entry.labelSuffix()) <= rip && rip < example.address("lock_taken" + entry.labelSuffix()),
							() -> "spinning at 0x" + Long.toHexString(rip));
					assertEquals("", console(machine));
					machine.memory().writeDword(lock, 0);
					assertInTheKernel(machine, machine.run(INSTRUCTION_LIMIT), 4);
				}));
	}

	private static Machine load(CpuModel model) {
		Machine machine = new Machine(model, MEMORY_BYTES, CpuidTable.standard(true));
		ProgramLoader.load(example.image(), machine.memory());
		return machine;
	}

	/** As the startup IPI sends an AP: real mode, CS:IP = entry >> 4 : entry & 0xF. */
	private static void startInRealMode(Machine machine) {
		long entry = example.address("trampoline_start");
		machine.cpu().segment(SegmentRegister.CS).loadReal((int) (entry >>> 4));
		machine.cpu().setRip(entry & 0xf);
	}

	/** As 64-bit firmware hands an AP over: identity-mapped, with 4- or 5-level paging and the firmware's own GDT. */
	private static void startIn64BitMode(Machine machine, int depth) {
		MachineSetup.longModeIdentity(machine, FIRMWARE_TABLES);
		if (depth == 5) {
			CpuState cpu = machine.cpu();
			machine.memory().zero(FIRMWARE_PML5, 4096);
			machine.memory().writeQword(FIRMWARE_PML5, cpu.cr3() | TABLE_ENTRY_FLAGS);
			cpu.setCr3(FIRMWARE_PML5);
			cpu.setCr4(cpu.cr4() | CR4_LA57);
			machine.controlRegistersChanged();
		}
		machine.cpu().setRip(example.address("trampoline_start64"));
	}

	/** What the kernel writes into the trampoline header before it starts an AP. */
	private static void askForPagingDepth(Machine machine, int depth) {
		machine.memory().writeDword(example.address("tr_cr4"), CR4_PAE | (depth == 5 ? CR4_LA57 : 0));
	}

	/** Runs to a stop other than a mode change, noting the mode changes and the function each one happened in. */
	private static StopEvent runRecordingModeChanges(Machine machine, List<ModeChange> changes) {
		machine.setStopOnModeChange(true);
		for (int i = 0; i <= MAX_MODE_CHANGES; i++) {
			StopEvent stop = machine.run(INSTRUCTION_LIMIT);
			if (stop.reason() != StopReason.MODE_CHANGE) {
				return stop;
			}
			changes.add(new ModeChange(stop.mode(), example.functionAt(machine.linearRip()).orElse("?")));
		}
		throw new AssertionError("more than " + MAX_MODE_CHANGES + " mode changes: " + changes);
	}

	private static void assertInTheKernel(Machine machine, StopEvent stop, int depth) {
		assertEquals(StopReason.HALTED, stop.reason(), () -> stop + "; console: " + console(machine));
		assertEquals(CpuMode.LONG_64, stop.mode());
		assertEquals("kernel_entry", example.functionAt(stop.rip()).orElse("?"), stop::toString);
		assertEquals("kernel: AP online, " + depth + "-level paging\n", console(machine));
		CpuState cpu = machine.cpu();
		assertEquals(depth == 5 ? PagingMode.LEVEL_5 : PagingMode.LEVEL_4, machine.mmu().mode());
		assertEquals(example.address(depth == 5 ? "tr_pml5" : "tr_pml4"), cpu.cr3(), "the trampoline's own page tables");
		assertEquals(KERNEL_CS, cpu.segment(SegmentRegister.CS).selector(), "tr_start is entered with __KERNEL_CS");
		assertEquals(1, machine.memory().readDword(example.address("tr_lock")), "the AP holds tr_lock");
	}

	private static String console(Machine machine) {
		return machine.ports().debugConsole().output();
	}
}
