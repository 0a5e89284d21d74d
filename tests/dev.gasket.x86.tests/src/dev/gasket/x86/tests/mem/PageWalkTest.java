package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageTables.G;
import static dev.gasket.x86.tests.mem.PageTables.NX;
import static dev.gasket.x86.tests.mem.PageTables.P;
import static dev.gasket.x86.tests.mem.PageTables.RW;
import static dev.gasket.x86.tests.mem.PageTables.USER_RW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PageWalk;
import dev.gasket.x86.mem.PagingMode;
import dev.gasket.x86.mem.PhysicalMemory;

/** The side-effect-free page walk a debugger shows. */
class PageWalkTest {

	/** PML4 index 5, PDPT index 6, PD index 7, PT index 8, offset 0x9AB. */
	private static final long LINEAR = 5L << 39 | 6L << 30 | 7L << 21 | 8L << 12 | 0x9AB;
	private static final long FRAME = 0x0042_0000L;

	private final PhysicalMemory memory = new PhysicalMemory(16L << 20);

	private PageTables level4() {
		return new PageTables(memory, PagingMode.LEVEL_4, 0x10_0000).map4k(LINEAR, FRAME, USER_RW | G);
	}

	@Test
	void aWalkListsEachEntryWithItsAddressValueAndFlags() {
		PageTables tables = level4();
		PageWalk walk = Controls.forTables(tables).applyTo(new Mmu(memory)).walk(LINEAR);
		assertEquals(LINEAR, walk.linear());
		assertEquals(PagingMode.LEVEL_4, walk.mode());
		assertEquals(List.of("PML4E", "PDPTE", "PDE", "PTE"), walk.steps().stream().map(PageWalk.Step::level).toList());
		assertEquals(List.of(5, 6, 7, 8), walk.steps().stream().map(PageWalk.Step::index).toList());
		for (int depth = 0; depth < 4; depth++) {
			PageWalk.Step step = walk.steps().get(depth);
			assertEquals(tables.entryAddress(LINEAR, depth), step.entryAddress());
			assertEquals(tables.entry(LINEAR, depth), step.entry());
			assertEquals(depth == 3 ? List.of("P", "RW", "US", "G") : List.of("P", "RW", "US"), step.flags());
		}
		assertEquals(OptionalLong.of(FRAME + 0x9AB), walk.physical());
		assertEquals(Optional.empty(), walk.failure());
		assertEquals(OptionalInt.empty(), walk.errorCode());
		assertFalse(walk.faulted());
	}

	@Test
	void aWalkChangesNoEntryAndCachesNothing() {
		PageTables tables = level4();
		Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));
		List<Long> before = entries(tables);
		mmu.walk(LINEAR);
		mmu.walk(LINEAR, Access.WRITE, true);
		assertEquals(before, entries(tables));
		tables.update(LINEAR, 3, 0x0081_0000L, FRAME);
		assertEquals(0x0081_09ABL, mmu.translate(LINEAR, Access.WRITE, false));
		List<String> leafFlags = mmu.walk(LINEAR).steps().get(3).flags();
		assertEquals(List.of("P", "RW", "US", "A", "D", "G"), leafFlags);
	}

	private static List<Long> entries(PageTables tables) {
		List<Long> values = new ArrayList<>();
		for (int depth = 0; depth < tables.levels(); depth++) {
			values.add(tables.entry(LINEAR, depth));
		}
		return values;
	}

	@Test
	void largePagesAreNamedByTheirSize() {
		PageTables tables = new PageTables(memory, PagingMode.LEVEL_5, 0x10_0000)
				.map1g(1L << 30, 1L << 30, USER_RW)
				.map2m(1L << 21, 1L << 21, USER_RW | NX);
		Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));
		assertEquals(List.of("PML5E", "PML4E", "PDPTE (1 GiB)"), levels(mmu.walk(1L << 30 | 0x1234)));
		assertEquals(List.of("P", "RW", "US", "PS"), mmu.walk(1L << 30).steps().get(2).flags());
		assertEquals(List.of("PML5E", "PML4E", "PDPTE", "PDE (2 MiB)"), levels(mmu.walk(1L << 21)));
		assertEquals(List.of("P", "RW", "US", "PS", "NX"), mmu.walk(1L << 21).steps().get(3).flags());
		assertEquals(OptionalLong.of(1L << 30 | 0x1234), mmu.walk(1L << 30 | 0x1234).physical());

		PageTables legacy = new PageTables(memory, PagingMode.BITS_32, 0x20_0000).map4m(0x0040_0000L, 0x00C0_0000L, P);
		PageWalk walk = Controls.forTables(legacy).applyTo(new Mmu(memory)).walk(0x0040_0010L);
		assertEquals(List.of("PDE (4 MiB)"), levels(walk));
		assertEquals(List.of("P", "PS"), walk.steps().get(0).flags());
		assertEquals(OptionalLong.of(0x00C0_0010L), walk.physical());
	}

	private static List<String> levels(PageWalk walk) {
		return walk.steps().stream().map(PageWalk.Step::level).toList();
	}

	@Test
	void paePdptesShowOnlyThePresentFlag() {
		PageTables tables = new PageTables(memory, PagingMode.PAE, 0x10_0000).map4k(0xC000_5000L, FRAME, USER_RW | NX);
		PageWalk walk = Controls.forTables(tables).applyTo(new Mmu(memory)).walk(0xC000_5000L);
		assertEquals(List.of("PDPTE", "PDE", "PTE"), levels(walk));
		assertEquals(3, walk.steps().get(0).index());
		assertEquals(List.of("P"), walk.steps().get(0).flags());
		assertEquals(List.of("P", "RW", "US", "NX"), walk.steps().get(2).flags());
	}

	@Test
	void aFailingWalkStopsAtTheEntryAndNamesTheReason() {
		PageTables tables = level4().update(LINEAR, 2, 0, P);
		Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));
		PageWalk walk = mmu.walk(LINEAR);
		assertTrue(walk.faulted());
		assertEquals(List.of("PML4E", "PDPTE", "PDE"), levels(walk));
		assertEquals(Optional.of("PDE not present"), walk.failure());
		assertEquals(OptionalInt.of(0), walk.errorCode());
		assertEquals(OptionalLong.empty(), walk.physical());
		assertEquals(OptionalInt.of(PageFaults.WRITE | PageFaults.USER),
				mmu.walk(LINEAR, Access.WRITE, true).errorCode());
	}

	@Test
	void aPlainWalkChecksNoRightsButAnAccessWalkDoes() {
		PageTables tables = level4().update(LINEAR, 1, 0, RW);
		Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));
		assertEquals(OptionalLong.of(FRAME + 0x9AB), mmu.walk(LINEAR).physical());
		PageWalk write = mmu.walk(LINEAR, Access.WRITE, true);
		assertEquals(OptionalInt.of(PageFaults.PRESENT | PageFaults.WRITE | PageFaults.USER), write.errorCode());
		assertEquals(Optional.of("write to read-only page (R/W=0 in PDPTE)"), write.failure());
		assertEquals(4, write.steps().size());
	}

	@Test
	void describeShowsOneLinePerEntryAndTheOutcome() {
		PageTables tables = level4();
		Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));
		String[] lines = mmu.walk(LINEAR).describe().split("\\R");
		assertEquals(6, lines.length);
		assertEquals(String.format("4-level paging, linear 0x%x", LINEAR), lines[0]);
		assertEquals(String.format("  PML4E[5] @0x%x = 0x%016x  P RW US", tables.entryAddress(LINEAR, 0),
				tables.entry(LINEAR, 0)), lines[1]);
		assertTrue(lines[4].startsWith("  PTE[8] @0x"), lines[4]);
		assertEquals(String.format("  -> physical 0x%x", FRAME + 0x9AB), lines[5]);

		tables.update(LINEAR, 3, 0, P);
		PageWalk failed = mmu.walk(LINEAR, Access.EXECUTE, true);
		String text = failed.toString();
		assertEquals(failed.describe(), text);
		assertTrue(text.endsWith("  -> #PF(0x14) [not present, fetch, user]: PTE not present"), text);
	}

	@Test
	void withoutPagingTheWalkIsTheIdentityOn32Bits() {
		PageWalk walk = new Mmu(memory).walk(0x1_2345_6789L);
		assertEquals(PagingMode.NONE, walk.mode());
		assertEquals(List.of(), walk.steps());
		assertEquals(OptionalLong.of(0x2345_6789L), walk.physical());
		assertEquals(String.format("paging off, linear 0x23456789%n  -> physical 0x23456789"), walk.describe());
	}
}
