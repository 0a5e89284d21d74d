package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageTables.PS;
import static dev.gasket.x86.tests.mem.PageTables.USER_RW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PagingMode;
import dev.gasket.x86.mem.PhysicalMemory;

/** Successful translations in every paging mode and page size. */
class TranslationTest {

	private static final long TABLE_AREA = 0x10_0000;
	private static final long KIB_4 = 1L << 12;
	private static final long MIB_2 = 1L << 21;
	private static final long MIB_4 = 1L << 22;
	private static final long GIB_1 = 1L << 30;

	private record Mapping(long linear, long physical, long size) {
		@Override
		public String toString() {
			return String.format("%d KiB page 0x%x -> 0x%x", size >> 10, linear, physical);
		}
	}

	private final PhysicalMemory memory = new PhysicalMemory(16L << 20);

	@TestFactory
	Stream<DynamicContainer> everyPageOfEveryModeTranslatesEveryByteAndAccess() {
		return Stream.of(
				modeCase(PagingMode.BITS_32,
						new Mapping(0x0040_3000L, 0x0012_3000L, KIB_4),
						new Mapping(0xFFFF_F000L, 0x0000_5000L, KIB_4),
						new Mapping(0x8000_0000L, 0x00C0_0000L, MIB_4),
						new Mapping(0xC000_0000L, 0x12_3440_0000L, MIB_4)),
				modeCase(PagingMode.PAE,
						new Mapping(0x0040_3000L, 0x0012_3000L, KIB_4),
						new Mapping(0xC020_1000L, 0x1_2345_6000L, KIB_4),
						new Mapping(0x4020_0000L, 0x0060_0000L, MIB_2),
						new Mapping(0xFFE0_0000L, 0x1_0000_0000L, MIB_2)),
				modeCase(PagingMode.LEVEL_4,
						new Mapping(0x0040_3000L, 0x0012_3000L, KIB_4),
						new Mapping(0x0000_7FFF_FFFF_F000L, 0x7000L, KIB_4),
						new Mapping(0xFFFF_8000_0000_0000L, 0x9000L, KIB_4),
						new Mapping(0x0000_0000_0060_0000L, 0x000F_FFFF_FFFF_F000L, KIB_4),
						new Mapping(0xFFFF_FFFF_8000_0000L, 0x0100_0000L, MIB_2),
						new Mapping(0x0000_0040_0000_0000L, 0x1_C000_0000L, GIB_1)),
				modeCase(PagingMode.LEVEL_5,
						new Mapping(0x0001_0000_0000_5000L, 0x6000L, KIB_4),
						new Mapping(0xFF00_0000_0000_0000L, 0x8000L, KIB_4),
						new Mapping(0x00FF_FFFF_FFE0_0000L, 0x0040_0000L, MIB_2),
						new Mapping(0x0080_0000_4000_0000L, 0x8_0000_0000L, GIB_1)));
	}

	private DynamicContainer modeCase(PagingMode mode, Mapping... mappings) {
		return DynamicContainer.dynamicContainer(mode.label(), Stream.of(mappings).map(mapping -> DynamicTest
				.dynamicTest(mapping.toString(), () -> {
					PageTables tables = new PageTables(memory, mode, TABLE_AREA);
					for (Mapping each : mappings) {
						map(tables, each);
					}
					Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));
					for (long offset : offsetsWithin(mapping.size())) {
						for (Access access : Access.values()) {
							for (boolean user : new boolean[] { false, true }) {
								assertEquals(mapping.physical() + offset,
										mmu.translate(mapping.linear() + offset, access, user),
										() -> String.format("%s at +0x%x by %s (user %b)", mapping, offset, access, user));
							}
						}
					}
				})));
	}

	private static void map(PageTables tables, Mapping mapping) {
		if (mapping.size() == KIB_4) {
			tables.map4k(mapping.linear(), mapping.physical(), USER_RW);
		} else if (mapping.size() == MIB_2) {
			tables.map2m(mapping.linear(), mapping.physical(), USER_RW);
		} else if (mapping.size() == MIB_4) {
			tables.map4m(mapping.linear(), mapping.physical(), USER_RW);
		} else {
			tables.map1g(mapping.linear(), mapping.physical(), USER_RW);
		}
	}

	private static List<Long> offsetsWithin(long pageSize) {
		List<Long> offsets = new ArrayList<>(List.of(0L, 1L, 0xABCL, pageSize - 1));
		if (pageSize > KIB_4) {
			offsets.addAll(List.of(KIB_4, pageSize / 2 + 0x345, pageSize - KIB_4));
		}
		return offsets;
	}

	@Test
	void withoutPagingTheLinearAddressIsTruncatedTo32Bits() {
		Mmu mmu = new Mmu(memory);
		assertEquals(PagingMode.NONE, mmu.mode());
		assertEquals(0x2345_6789L, mmu.translate(0x1_2345_6789L, Access.READ, false));
		Controls.forMode(PagingMode.NONE, 0).applyTo(mmu);
		for (Access access : Access.values()) {
			assertEquals(0xFFFF_FFFFL, mmu.translate(0xFFFF_FFFFL, access, true));
			assertEquals(0x0000_7C00L, mmu.translate(0xF_0000_7C00L, access, false));
		}
	}

	@Test
	void withoutPseAPdePsBitIsIgnoredAndThePdeReferencesAPageTable() {
		PageTables tables = new PageTables(memory, PagingMode.BITS_32, TABLE_AREA);
		tables.map4k(0x0080_1000L, 0x0033_3000L, USER_RW).update(0x0080_1000L, 0, PS, 0);
		Mmu mmu = Controls.forTables(tables).withCr4(0, Controls.CR4_PSE).applyTo(new Mmu(memory));
		assertEquals(0x0033_3456L, mmu.translate(0x0080_1456L, Access.READ, false));
	}

	@Test
	void fiveLevelPagingIndexesThePml5WithBits56To48() {
		PageTables tables = new PageTables(memory, PagingMode.LEVEL_5, TABLE_AREA);
		tables.map4k(0x1000L, 0xA000L, USER_RW)
				.map4k(1L << 48 | 0x1000L, 0xB000L, USER_RW)
				.map4k(1L << 39 | 0x1000L, 0xC000L, USER_RW)
				.map4k(0xFFFF_FFFF_FFFF_F000L, 0xD000L, USER_RW);
		Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));
		assertEquals(0xA010L, mmu.translate(0x1010L, Access.READ, false));
		assertEquals(0xB010L, mmu.translate(1L << 48 | 0x1010L, Access.READ, false));
		assertEquals(0xC010L, mmu.translate(1L << 39 | 0x1010L, Access.READ, false));
		assertEquals(0xDFFFL, mmu.translate(-1L, Access.READ, false));
		assertEquals(511, mmu.walk(-1L).steps().get(0).index());
		assertEquals(1, mmu.walk(1L << 48).steps().get(0).index());
		assertEquals(0, mmu.walk(1L << 39).steps().get(0).index());
	}

	@Test
	void thirtyTwoBitModesUseOnlyTheLow32BitsOfTheLinearAddress() {
		for (PagingMode mode : new PagingMode[] { PagingMode.BITS_32, PagingMode.PAE }) {
			PhysicalMemory own = new PhysicalMemory(4L << 20);
			PageTables tables = new PageTables(own, mode, TABLE_AREA).map4k(0x0040_3000L, 0x0012_3000L, USER_RW);
			Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(own));
			assertEquals(0x0012_3010L, mmu.translate(0x1_0040_3010L, Access.READ, false), mode.label());
		}
	}

	@Test
	void switchingCr3SwitchesAddressSpace() {
		PageTables first = new PageTables(memory, PagingMode.LEVEL_4, TABLE_AREA).map4k(0x40_0000L, 0x1000L, USER_RW);
		PageTables second = new PageTables(memory, PagingMode.LEVEL_4, 0x20_0000L).map4k(0x40_0000L, 0x2000L, USER_RW);
		Controls controls = Controls.forTables(first);
		Mmu mmu = controls.applyTo(new Mmu(memory));
		assertEquals(0x1008L, mmu.translate(0x40_0008L, Access.READ, false));
		controls.withCr3(second.cr3()).applyTo(mmu);
		assertEquals(0x2008L, mmu.translate(0x40_0008L, Access.READ, false));
		controls.applyTo(mmu);
		assertEquals(0x1008L, mmu.translate(0x40_0008L, Access.READ, false));
	}
}
