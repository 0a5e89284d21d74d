package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.mem.PageEntry;
import dev.gasket.x86.mem.PageWalk;
import dev.gasket.x86.mem.PagingMode;

/**
 * {@code paging_levels.S}: the program picks 4- or 5-level paging from CPUID, builds the tables, and writes
 * through a high linear address; the test checks the physical page, the accessed and dirty bits the CPU set
 * in every entry on the way, and the machine's page walk.
 */
class PagingLevelsTest {

	private static final String SOURCE = "paging_levels.S";
	private static final List<String> FIVE_LEVELS = List.of("PML5E", "PML4E", "PDPTE", "PDE", "PTE");
	private static final int PAGE = 4096;

	@Test
	void fourLevelPagingWithoutLa57(@TempDir Path directory) throws IOException {
		SystemProgram program = run(directory, false);
		assertEquals("levels=4\n", program.console());
		assertEquals(PagingMode.LEVEL_4, program.machine().mmu().mode());
		checkMapping(program, program.symbol("HIGH_ADDRESS_4LEVEL"), "pml4", FIVE_LEVELS.subList(1, 5));
	}

	@Test
	void fiveLevelPagingWhenCpuidOffersLa57(@TempDir Path directory) throws IOException {
		SystemProgram program = run(directory, true);
		assertEquals("levels=5\n", program.console());
		assertEquals(PagingMode.LEVEL_5, program.machine().mmu().mode());
		long address = program.symbol("HIGH_ADDRESS_LA57");
		assertTrue((address >>> 48 & 0x1ff) != (address >>> 47 & 1) * 0x1ff, "the address must use bits 56:48");
		checkMapping(program, address, "pml5", FIVE_LEVELS);
	}

	private static SystemProgram run(Path directory, boolean la57) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset(SOURCE, directory, "real_mode_entry", CpuModel.LEGACY,
				CpuidTable.standard(la57));
		program.runToHalt();
		assertEquals(la57 ? 5 : 4, program.dword("paging_levels"));
		assertEquals(la57, (program.machine().cpu().cr4() & 1L << 12) != 0, "CR4.LA57");
		return program;
	}

	private static void checkMapping(SystemProgram program, long address, String topTable, List<String> levels) {
		assertEquals(address, program.qword("mapped_address"));
		long written = program.symbol("written_page");
		assertEquals(program.symbol("PAGE_MAGIC"), program.machine().memory().readQword(written), "physical page content");
		assertEquals(program.symbol("READ_MAGIC"), program.qword("value_read"), "read through the second page");

		PageWalk walk = program.machine().translate(address);
		assertEquals(levels, walk.steps().stream().map(PageWalk.Step::level).toList(), walk::describe);
		assertEquals(written, walk.physical().orElseThrow(), walk::describe);
		int topShift = 12 + 9 * (levels.size() - 1);
		assertEquals(program.symbol(topTable) + 8 * (address >>> topShift & 511), walk.steps().get(0).entryAddress(),
				"the walk starts at CR3's table");
		for (int i = 0; i < levels.size(); i++) {
			PageWalk.Step step = walk.steps().get(i);
			assertEquals(address >>> topShift - 9 * i & 511, step.index(), step::toString);
			assertEquals(step.entry(), program.machine().memory().readQword(step.entryAddress()), step::toString);
			assertTrue((step.entry() & PageEntry.ACCESSED) != 0, () -> "accessed bit: " + step);
		}
		assertTrue((last(walk).entry() & PageEntry.DIRTY) != 0, () -> "the written page is dirty: " + walk.describe());

		PageWalk readOnly = program.machine().translate(address + PAGE);
		assertEquals(program.symbol("read_page"), readOnly.physical().orElseThrow(), readOnly::describe);
		assertTrue((last(readOnly).entry() & PageEntry.ACCESSED) != 0, readOnly::describe);
		assertFalse((last(readOnly).entry() & PageEntry.DIRTY) != 0, () -> "a page only read stays clean: " + readOnly.describe());
		assertTrue(program.machine().translate(address + 2 * PAGE).faulted(), "nothing else is mapped there");
	}

	private static PageWalk.Step last(PageWalk walk) {
		return walk.steps().get(walk.steps().size() - 1);
	}
}
