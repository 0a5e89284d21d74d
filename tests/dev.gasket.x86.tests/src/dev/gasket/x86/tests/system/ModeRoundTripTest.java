package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;

/**
 * {@code mode_round_trip.S} from power-on through every mode and back to real mode, stopping at each mode change
 * to check where it happened and what CS, CR0 and EFER hold, and the CS cache after each far jump; and
 * {@code unreal_mode.S}, which relies on real mode keeping the limits protected mode loaded.
 */
class ModeRoundTripTest {

	private static final String SOURCE = "mode_round_trip.S";
	private static final long CR0_PE = 1, CR0_PG = 1L << 31, EFER_LME = 1 << 8, EFER_LMA = 1 << 10;
	private static final long RESET_VECTOR = 0xffff_fff0L;

	/**
	 * One expected mode change.
	 *
	 * @param label    the instruction after the one that changed the mode
	 * @param csSymbol the absolute symbol naming the CS selector then, or null for CS = 0
	 * @param farJump  whether a far jump changed the mode, so CS was loaded from the GDT
	 */
	private record ModeChange(CpuMode before, CpuMode after, String label, String csSymbol, boolean farJump,
			long cr0PagingBits, long eferModeBits) {
	}

	private static final List<ModeChange> EXPECTED = List.of(
			new ModeChange(CpuMode.REAL, CpuMode.PROTECTED_16, "protected16_after_pe", null, false, CR0_PE, 0),
			new ModeChange(CpuMode.PROTECTED_16, CpuMode.PROTECTED_32, "protected32_entry", "CODE32_SEL", true, CR0_PE, 0),
			new ModeChange(CpuMode.PROTECTED_32, CpuMode.COMPATIBILITY, "compat_after_paging_on", "CODE32_SEL", false,
					CR0_PE | CR0_PG, EFER_LME | EFER_LMA),
			new ModeChange(CpuMode.COMPATIBILITY, CpuMode.LONG_64, "long_mode_entry", "CODE64_SEL", true, CR0_PE | CR0_PG,
					EFER_LME | EFER_LMA),
			new ModeChange(CpuMode.LONG_64, CpuMode.COMPATIBILITY, "compat_entry", "CODE32_SEL", true, CR0_PE | CR0_PG,
					EFER_LME | EFER_LMA),
			new ModeChange(CpuMode.COMPATIBILITY, CpuMode.PROTECTED_32, "protected32_after_paging_off", "CODE32_SEL", false,
					CR0_PE, EFER_LME),
			new ModeChange(CpuMode.PROTECTED_32, CpuMode.PROTECTED_16, "protected16_entry", "CODE16_SEL", true, CR0_PE, 0),
			new ModeChange(CpuMode.PROTECTED_16, CpuMode.REAL, "real_after_pe_off", "CODE16_SEL", false, 0, 0));

	@Test
	void stopsAtEveryModeChangeWithTheRegistersOfThatMode(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "real_mode_entry");
		Machine machine = program.machine();
		assertEquals(CpuMode.REAL, machine.cpu().mode());
		assertEquals(RESET_VECTOR, machine.linearRip(), "power-on fetches from F000:FFF0 with CS.base 0xFFFF0000");
		machine.setStopOnModeChange(true);
		for (ModeChange expected : EXPECTED) {
			StopEvent stop = machine.run(SystemProgram.INSTRUCTION_LIMIT);
			String where = expected.before() + " -> " + expected.after();
			assertEquals(StopReason.MODE_CHANGE, stop.reason(), () -> where + ": " + stop + "; console " + program.console());
			assertEquals(expected.before(), stop.modeBefore(), where);
			assertEquals(expected.after(), stop.mode(), where);
			assertEquals(program.symbol(expected.label()), machine.linearRip(), where + ": stopped after the switching instruction");
			CpuState cpu = machine.cpu();
			Segment cs = cpu.segment(SegmentRegister.CS);
			int selector = expected.csSymbol() == null ? 0 : (int) program.symbol(expected.csSymbol());
			assertEquals(selector, cs.selector(), where + ": CS");
			assertEquals(expected.cr0PagingBits(), cpu.cr0() & (CR0_PE | CR0_PG), where + ": CR0.PE/PG");
			assertEquals(expected.eferModeBits(), cpu.efer() & (EFER_LME | EFER_LMA), where + ": EFER.LME/LMA");
			if (expected.farJump()) {
				long raw = gdtEntry(program, selector);
				assertTrue(SegmentDescriptor.accessed(raw), where + ": loading CS marks its descriptor accessed");
				SegmentDescriptor.decode(raw).assertLoadedInto(cs, selector, where);
			}
		}
		program.runToHalt();
		assertEquals(program.symbol("halt") + 1, machine.linearRip());
		assertEquals("RPLCpr", program.console());
	}

	@Test
	void realModeFarJumpSetsTheBaseFromTheSelectorAndKeepsTheProtectedModeLimit(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "real_mode_entry");
		program.runToHalt();
		Segment cs = program.machine().cpu().segment(SegmentRegister.CS);
		int realSegment = (int) program.symbol("REAL_SEGMENT");
		SegmentDescriptor code16 = SegmentDescriptor.decode(gdtEntry(program, (int) program.symbol("CODE16_SEL")));
		// Real mode changes only selector and base; limit and attributes stay those of the last protected-mode load.
		new SegmentDescriptor(realSegment * 16L, code16.limit(), code16.attributes())
				.assertLoadedInto(cs, realSegment, "real-mode CS");
		assertEquals(realSegment, program.machine().memory().readWord(program.symbol("real_mode_cs")), "mov %cs in real mode");
		SegmentDescriptor data16 = SegmentDescriptor.decode(gdtEntry(program, (int) program.symbol("DATA16_SEL")));
		new SegmentDescriptor(0, data16.limit(), data16.attributes())
				.assertLoadedInto(program.machine().cpu().segment(SegmentRegister.DS), 0, "real-mode DS");
		assertEquals(program.symbol("halt") + 1 - realSegment * 16L, program.machine().cpu().rip());
	}

	@Test
	void sixtyFourBitCodeComputesWithSixtyFourBitRegisters(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "real_mode_entry");
		program.runToHalt();
		assertEquals(program.symbol("stack_top") << 32, program.qword("long_mode_proof"));
	}

	@Test
	void realModeKeepsTheLimitsProtectedModeLoaded(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("unreal_mode.S", directory, "real_mode_entry");
		program.runToHalt();
		long value = program.symbol("HIGH_VALUE");
		assertEquals(value, program.machine().memory().readDword(program.symbol("HIGH_ADDRESS")), "store through DS above 1 MiB");
		assertEquals(value, program.dword("value_read_back"));
		assertEquals(program.symbol("limited_store"), program.machine().memory().readWord(program.symbol("fault_ip")),
				"ES kept its 64 KiB limit: #GP through the IVT at the store");
		assertEquals("G\n", program.console());
		Segment ds = program.machine().cpu().segment(SegmentRegister.DS);
		assertEquals(0xffff_ffffL, ds.limit());
		assertEquals(0, ds.base());
	}

	private static long gdtEntry(SystemProgram program, int selector) {
		return program.machine().memory().readQword(program.symbol("gdt") + (selector & ~7));
	}
}
