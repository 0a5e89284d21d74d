package dev.gasket.x86.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.RegisterBit;

class ControlRegisterTest {

	@Test
	void typicalLongModeCr0NamesPagingExtensionTypeAndProtection() {
		assertEquals(List.of("PG", "ET", "PE"), ControlRegister.CR0.setBitNames(0x8000_0011L));
	}

	@Test
	void eferNamesAreListedHighestBitFirst() {
		assertEquals(List.of("NXE", "LMA", "LME", "SCE"), ControlRegister.EFER.setBitNames(0xd01));
	}

	@Test
	void unnamedBitsAreIgnored() {
		assertEquals(List.of(), ControlRegister.CR4.setBitNames(1L << 15 | 1L << 19 | 1L << 40));
	}

	@Test
	void la57IsCr4Bit12() {
		assertEquals(1L << 12, ControlRegister.CR4.mask("LA57"));
	}

	@Test
	void bitPositionsMatchTheSdm() {
		Map<String, Integer> cr0 = Map.of("WP", 16, "AM", 18, "NW", 29, "CD", 30, "PG", 31);
		Map<String, Integer> cr4 = Map.of("PAE", 5, "PGE", 7, "OSXMMEXCPT", 10, "FSGSBASE", 16,
				"OSXSAVE", 18, "SMEP", 20, "SMAP", 21, "PKS", 24);
		Map<String, Integer> efer = Map.of("LME", 8, "LMA", 10, "NXE", 11, "TCE", 15);
		cr0.forEach((name, bit) -> assertEquals(1L << bit, ControlRegister.CR0.mask(name), name));
		cr4.forEach((name, bit) -> assertEquals(1L << bit, ControlRegister.CR4.mask(name), name));
		efer.forEach((name, bit) -> assertEquals(1L << bit, ControlRegister.EFER.mask(name), name));
	}

	@Test
	void bitsAreOrderedHighestFirstWithoutDuplicates() {
		for (ControlRegister register : ControlRegister.values()) {
			List<RegisterBit> bits = register.bits();
			for (int i = 1; i < bits.size(); i++) {
				assertTrue(bits.get(i - 1).bit() > bits.get(i).bit(), register + " at " + bits.get(i));
			}
			assertEquals(bits.size(), bits.stream().map(RegisterBit::name).distinct().count());
		}
	}

	@Test
	void unknownBitNameIsRejected() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> ControlRegister.CR0.mask("LA57"));
		assertTrue(error.getMessage().contains("LA57"), error.getMessage());
	}
}
