package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageTables.A;
import static dev.gasket.x86.tests.mem.PageTables.D;
import static dev.gasket.x86.tests.mem.PageTables.RW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PagingMode;

/** Accessed and dirty flags (SDM Vol. 3, 4.8): A on every entry used, D on the entry that maps the page, for writes. */
class AccessedDirtyTest {

	private record Layout(PagingMode mode, long pageSize) {
		@Override
		public String toString() {
			return mode.label() + " " + (pageSize >> 10) + " KiB page";
		}
	}

	private static Stream<Layout> layouts() {
		return Stream.of(
				new Layout(PagingMode.BITS_32, 1L << 12), new Layout(PagingMode.BITS_32, 1L << 22),
				new Layout(PagingMode.PAE, 1L << 12), new Layout(PagingMode.PAE, 1L << 21),
				new Layout(PagingMode.LEVEL_4, 1L << 12), new Layout(PagingMode.LEVEL_4, 1L << 21),
				new Layout(PagingMode.LEVEL_4, 1L << 30),
				new Layout(PagingMode.LEVEL_5, 1L << 12), new Layout(PagingMode.LEVEL_5, 1L << 21),
				new Layout(PagingMode.LEVEL_5, 1L << 30));
	}

	@TestFactory
	Stream<DynamicTest> readAndFetchSetAccessedOnEveryLevelButNotDirty() {
		return layouts().flatMap(layout -> Stream.of(Access.READ, Access.EXECUTE).map(access -> DynamicTest
				.dynamicTest(layout + " " + access, () -> {
					FaultScenario scenario = new FaultScenario(layout.mode(), layout.pageSize());
					List<Long> before = entries(scenario);
					scenario.mmu().translate(scenario.linear, access, true);
					assertEquals(expectedAfter(scenario, before, false), entries(scenario));
				})));
	}

	@TestFactory
	Stream<DynamicTest> writeSetsAccessedEverywhereAndDirtyOnTheMappingEntry() {
		return layouts().map(layout -> DynamicTest.dynamicTest(layout.toString(), () -> {
			FaultScenario scenario = new FaultScenario(layout.mode(), layout.pageSize());
			List<Long> before = entries(scenario);
			scenario.mmu().translate(scenario.linear, Access.WRITE, false);
			assertEquals(expectedAfter(scenario, before, true), entries(scenario));
		}));
	}

	/** A on all entries but PAE's PDPTE (which has none), D on the mapping entry only; nothing else changes. */
	private static List<Long> expectedAfter(FaultScenario scenario, List<Long> before, boolean write) {
		List<Long> expected = new ArrayList<>();
		for (int depth = 0; depth < before.size(); depth++) {
			boolean paePdpte = scenario.mode == PagingMode.PAE && depth == 0;
			long set = paePdpte ? 0 : A | (write && depth == scenario.leafDepth() ? D : 0);
			expected.add(before.get(depth) | set);
		}
		return expected;
	}

	private static List<Long> entries(FaultScenario scenario) {
		List<Long> values = new ArrayList<>();
		for (int depth = 0; depth <= scenario.leafDepth(); depth++) {
			values.add(scenario.tables.entry(scenario.linear, depth));
		}
		return values;
	}

	@Test
	void aWriteAfterAReadStillSetsDirty() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_4);
		Mmu mmu = scenario.mmu();
		mmu.translate(scenario.linear, Access.READ, false);
		assertEquals(0, leaf(scenario) & D);
		mmu.write(scenario.linear, 4, 0x1234, false);
		assertEquals(D, leaf(scenario) & D);
	}

	@Test
	void dirtyClearedBySoftwareIsSetAgainAfterInvalidation() {
		FaultScenario scenario = new FaultScenario(PagingMode.PAE);
		Mmu mmu = scenario.mmu();
		mmu.write(scenario.linear, 1, 0xAA, false);
		scenario.tables.update(scenario.linear, scenario.leafDepth(), 0, D);
		mmu.invalidate(scenario.linear);
		mmu.write(scenario.linear, 1, 0xBB, false);
		assertEquals(D, leaf(scenario) & D);
	}

	@Test
	void aFaultingWriteDoesNotSetDirty() {
		FaultScenario scenario = new FaultScenario(PagingMode.LEVEL_5);
		scenario.tables.update(scenario.linear, scenario.leafDepth(), 0, RW);
		Mmu mmu = scenario.mmu();
		assertThrows(CpuFault.class, () -> mmu.translate(scenario.linear, Access.WRITE, true));
		assertEquals(0, leaf(scenario) & D);
	}

	@Test
	void aSupervisorWriteToAReadOnlyPageWithoutWpSetsDirty() {
		FaultScenario scenario = new FaultScenario(PagingMode.BITS_32);
		scenario.tables.update(scenario.linear, scenario.leafDepth(), 0, RW);
		scenario.controls = scenario.controls.withCr0(0, Controls.CR0_WP);
		scenario.mmu().translate(scenario.linear, Access.WRITE, false);
		assertEquals(A | D, leaf(scenario) & (A | D));
	}

	private static long leaf(FaultScenario scenario) {
		return scenario.tables.entry(scenario.linear, scenario.leafDepth());
	}
}
