package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.Controls.CR0_PE;
import static dev.gasket.x86.tests.mem.Controls.CR0_PG;
import static dev.gasket.x86.tests.mem.Controls.CR4_LA57;
import static dev.gasket.x86.tests.mem.Controls.CR4_PAE;
import static dev.gasket.x86.tests.mem.Controls.CR4_PSE;
import static dev.gasket.x86.tests.mem.Controls.EFER_LMA;
import static dev.gasket.x86.tests.mem.Controls.EFER_LME;
import static dev.gasket.x86.tests.mem.Controls.EFER_NXE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PagingMode;
import dev.gasket.x86.mem.PhysicalMemory;

class PagingModeTest {

	private record Case(String name, long cr0, long cr4, long efer, PagingMode expected) {
	}

	@TestFactory
	Stream<DynamicTest> modeFollowsTable41OfTheSdm() {
		long pg = CR0_PE | CR0_PG;
		return Stream.of(
				new Case("reset state", 0, 0, 0, PagingMode.NONE),
				new Case("PG=0 ignores PAE, LA57 and LME", CR0_PE, CR4_PAE | CR4_LA57, EFER_LME, PagingMode.NONE),
				new Case("PG alone", pg, 0, 0, PagingMode.BITS_32),
				new Case("PSE keeps 32-bit paging", pg, CR4_PSE, EFER_NXE, PagingMode.BITS_32),
				new Case("PAE without LME", pg, CR4_PAE, 0, PagingMode.PAE),
				new Case("LA57 without LME stays PAE", pg, CR4_PAE | CR4_LA57, EFER_NXE, PagingMode.PAE),
				new Case("PAE with LME", pg, CR4_PAE, EFER_LME, PagingMode.LEVEL_4),
				new Case("PAE with LME and LMA", pg, CR4_PAE, EFER_LME | EFER_LMA, PagingMode.LEVEL_4),
				new Case("LA57 with LME", pg, CR4_PAE | CR4_LA57, EFER_LME | EFER_LMA, PagingMode.LEVEL_5))
				.map(c -> DynamicTest.dynamicTest(c.name(), () -> {
					assertEquals(c.expected(), PagingMode.of(c.cr0(), c.cr4(), c.efer()));
					Mmu mmu = new Mmu(new PhysicalMemory(1 << 20));
					mmu.setControl(c.cr0(), 0, c.cr4(), c.efer());
					assertEquals(c.expected(), mmu.mode());
				}));
	}

	@Test
	void labelsAreShortNames() {
		assertEquals("32-bit", PagingMode.BITS_32.label());
		assertEquals("PAE", PagingMode.PAE.label());
		assertEquals("4-level", PagingMode.LEVEL_4.label());
		assertEquals("5-level", PagingMode.LEVEL_5.label());
	}

	@Test
	void linearAddressesAre32BitsWideOutsideIa32ePaging() {
		assertEquals(32, PagingMode.NONE.linearAddressBits());
		assertEquals(32, PagingMode.BITS_32.linearAddressBits());
		assertEquals(32, PagingMode.PAE.linearAddressBits());
		assertEquals(48, PagingMode.LEVEL_4.linearAddressBits());
		assertEquals(57, PagingMode.LEVEL_5.linearAddressBits());
	}

	@Test
	void unsupportedMaxPhysicalAddressIsRejected() {
		PhysicalMemory memory = new PhysicalMemory(4096);
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Mmu(memory, 53));
		assertEquals("MAXPHYADDR must be 32 to 52 bits, not 53", error.getMessage());
		assertEquals(36, new Mmu(memory, 36).maxPhysicalAddressBits());
		assertEquals(52, new Mmu(memory).maxPhysicalAddressBits());
	}
}
