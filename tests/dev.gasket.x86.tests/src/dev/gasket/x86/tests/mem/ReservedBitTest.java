package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageFaults.PRESENT;
import static dev.gasket.x86.tests.mem.PageFaults.RSVD;
import static dev.gasket.x86.tests.mem.PageTables.NX;
import static dev.gasket.x86.tests.mem.PageTables.P;
import static dev.gasket.x86.tests.mem.PageTables.PS;
import static dev.gasket.x86.tests.mem.PageTables.RW;
import static dev.gasket.x86.tests.mem.PageTables.US;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.PagingMode;

/** Reserved-bit checks of the entry formats in SDM Vol. 3, Tables 4-4 to 4-20, and bits that look reserved but are not. */
class ReservedBitTest {

	private static final long K4 = 1L << 12;
	private static final long M2 = 1L << 21;
	private static final long M4 = 1L << 22;
	private static final long G1 = 1L << 30;
	private static final boolean RESERVED = true;
	private static final boolean ALLOWED = false;

	/**
	 * @param depth   entry to spoil, counted from the top level; -1 for the entry mapping the page
	 * @param maxPhys MAXPHYADDR of the MMU
	 */
	private record Case(PagingMode mode, long pageSize, int depth, long bits, int maxPhys, boolean nxe,
			boolean reserved) {

		@Override
		public String toString() {
			return String.format("%s %d KiB page, bits 0x%x at depth %d, MAXPHYADDR %d, NXE %b: %s", mode.label(),
					pageSize >> 10, bits, depth, maxPhys, nxe, reserved ? "reserved" : "allowed");
		}
	}

	@TestFactory
	Stream<DynamicTest> entryFormats() {
		List<Case> cases = new ArrayList<>();
		// XD with NXE=0 is reserved in every 8-byte entry that has XD.
		for (int depth = 1; depth < 3; depth++) {
			cases.add(new Case(PagingMode.PAE, K4, depth, NX, 52, false, RESERVED));
		}
		for (int depth = 0; depth < 4; depth++) {
			cases.add(new Case(PagingMode.LEVEL_4, K4, depth, NX, 52, false, RESERVED));
		}
		for (int depth = 0; depth < 5; depth++) {
			cases.add(new Case(PagingMode.LEVEL_5, K4, depth, NX, 52, false, RESERVED));
		}
		cases.addAll(List.of(
				// PS in a PML4E or PML5E.
				new Case(PagingMode.LEVEL_4, K4, 0, PS, 52, true, RESERVED),
				new Case(PagingMode.LEVEL_5, K4, 0, PS, 52, true, RESERVED),
				new Case(PagingMode.LEVEL_5, K4, 1, PS, 52, true, RESERVED),
				// PAE PDPTEs: R/W, U/S, bits 8:5 and 63:M are reserved, XD too even with NXE=1.
				new Case(PagingMode.PAE, K4, 0, RW, 52, true, RESERVED),
				new Case(PagingMode.PAE, K4, 0, US, 52, true, RESERVED),
				new Case(PagingMode.PAE, K4, 0, 1L << 5, 52, true, RESERVED),
				new Case(PagingMode.PAE, K4, 0, 1L << 8, 52, true, RESERVED),
				new Case(PagingMode.PAE, K4, 0, NX, 52, true, RESERVED),
				new Case(PagingMode.PAE, K4, 0, 1L << 40, 40, true, RESERVED),
				new Case(PagingMode.PAE, K4, 0, 1L << 9 | 1L << 11, 52, true, ALLOWED),
				// PAE PDEs and PTEs: bits 62:M reserved, so 62:52 even at MAXPHYADDR 52.
				new Case(PagingMode.PAE, K4, 1, 1L << 52, 52, true, RESERVED),
				new Case(PagingMode.PAE, K4, 2, 1L << 62, 52, true, RESERVED),
				new Case(PagingMode.PAE, K4, 2, 1L << 45, 45, true, RESERVED),
				// IA-32e: bits 51:M reserved, 62:52 ignored.
				new Case(PagingMode.LEVEL_4, K4, -1, 1L << 40, 40, true, RESERVED),
				new Case(PagingMode.LEVEL_4, K4, 2, 1L << 51, 40, true, RESERVED),
				new Case(PagingMode.LEVEL_4, K4, 0, 1L << 46, 46, true, RESERVED),
				new Case(PagingMode.LEVEL_5, K4, 0, 1L << 39, 39, true, RESERVED),
				new Case(PagingMode.LEVEL_4, K4, -1, 1L << 52 | 1L << 62, 52, true, ALLOWED),
				new Case(PagingMode.LEVEL_5, K4, 1, 0x7FFL << 52, 40, true, ALLOWED),
				// Large pages: the bits between PAT (bit 12) and the frame address are reserved.
				new Case(PagingMode.PAE, M2, -1, 1L << 13, 52, true, RESERVED),
				new Case(PagingMode.PAE, M2, -1, 1L << 20, 52, true, RESERVED),
				new Case(PagingMode.PAE, M2, -1, 1L << 12, 52, true, ALLOWED),
				new Case(PagingMode.LEVEL_4, M2, -1, 1L << 13, 52, true, RESERVED),
				new Case(PagingMode.LEVEL_4, M2, -1, 1L << 12, 52, true, ALLOWED),
				new Case(PagingMode.LEVEL_4, G1, -1, 1L << 13, 52, true, RESERVED),
				new Case(PagingMode.LEVEL_4, G1, -1, 1L << 29, 52, true, RESERVED),
				new Case(PagingMode.LEVEL_5, G1, -1, 1L << 21, 52, true, RESERVED),
				new Case(PagingMode.LEVEL_5, G1, -1, 1L << 12, 52, true, ALLOWED),
				// 32-bit 4 MiB pages: bits 20:13 carry physical bits 39:32 up to M' = min(MAXPHYADDR, 40).
				new Case(PagingMode.BITS_32, M4, -1, 1L << 21, 52, false, RESERVED),
				new Case(PagingMode.BITS_32, M4, -1, 1L << 17, 36, false, RESERVED),
				new Case(PagingMode.BITS_32, M4, -1, 1L << 12, 52, false, ALLOWED),
				// 32-bit 4 KiB entries have no reserved bits.
				new Case(PagingMode.BITS_32, K4, -1, 1L << 7 | 1L << 9 | 1L << 11, 32, false, ALLOWED),
				new Case(PagingMode.BITS_32, K4, 0, 1L << 6 | 1L << 8 | 1L << 11, 32, false, ALLOWED)));
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
	}

	private static void check(Case c) {
		FaultScenario scenario = new FaultScenario(c.mode(), c.pageSize());
		scenario.maxPhysicalAddressBits = c.maxPhys();
		scenario.controls = scenario.controls.withEfer(c.nxe() ? Controls.EFER_NXE : 0, c.nxe() ? 0 : Controls.EFER_NXE);
		int depth = c.depth() < 0 ? scenario.leafDepth() : c.depth();
		scenario.tables.update(scenario.linear, depth, c.bits(), 0);
		String entryName = PageTables.levelNames(c.mode()).get(depth);
		for (Access access : Access.values()) {
			for (boolean user : new boolean[] { false, true }) {
				if (c.reserved()) {
					scenario.assertFaults(access, user, scenario.errorCode(PRESENT | RSVD, access, user),
							String.format("reserved bits 0x%x set in %s", c.bits(), entryName));
				} else {
					scenario.assertAllowed(access, user);
				}
			}
		}
	}

	@Test
	void frameBitsBelowMaxPhysAddrAreAddressBits() {
		FaultScenario pae = new FaultScenario(PagingMode.PAE);
		pae.maxPhysicalAddressBits = 45;
		pae.tables.update(pae.linear, 2, 1L << 44, 0);
		assertPhysical(pae, 1L << 44 | 0x0077_7000L | (pae.linear & 0xFFF));
		FaultScenario level4 = new FaultScenario(PagingMode.LEVEL_4, M2);
		level4.maxPhysicalAddressBits = 46;
		level4.tables.update(level4.linear, 2, 1L << 45, 0);
		assertPhysical(level4, 1L << 45 | 0x4000_0000L | (level4.linear & (M2 - 1)));
	}

	@Test
	void physicalBitsOfA4MiBPageAbove4GiBComeFromBits20To13() {
		FaultScenario scenario = new FaultScenario(PagingMode.BITS_32, M4);
		scenario.maxPhysicalAddressBits = 36;
		scenario.tables.update(scenario.linear, 0, 1L << 16, 0);
		assertPhysical(scenario, 0x8_0000_0000L | 0x4000_0000L | (scenario.linear & (M4 - 1)));
	}

	@Test
	void reservedBitsOfANotPresentEntryAreIgnored() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_4);
		scenario.maxPhysicalAddressBits = 40;
		scenario.controls = scenario.controls.withEfer(0, Controls.EFER_NXE);
		scenario.tables.update(scenario.linear, 2, NX | 1L << 51 | PS | 1L << 13, P);
		scenario.assertFaults(Access.READ, false, 0, "PDE not present");
	}

	@Test
	void reservedBitsAreReportedBeforeAccessRights() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_4);
		scenario.controls = scenario.controls.withEfer(0, Controls.EFER_NXE);
		scenario.tables.update(scenario.linear, 2, 0, US).update(scenario.linear, 3, NX, RW);
		scenario.assertFaults(Access.WRITE, true, PRESENT | RSVD | PageFaults.WRITE | PageFaults.USER,
				"reserved bits 0x8000000000000000 set in PTE");
	}

	@Test
	void thePdeOfA2MiBPageIsNamedAsSuch() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_4, M2);
		scenario.tables.update(scenario.linear, 2, 1L << 14, 0);
		scenario.assertFaults(Access.READ, false, PRESENT | RSVD, "reserved bits 0x4000 set in PDE (2 MiB)");
	}

	private static void assertPhysical(FaultScenario scenario, long expected) {
		assertEquals(expected,
				scenario.mmu().translate(scenario.linear, Access.READ, false));
	}
}
