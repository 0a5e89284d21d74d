package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.gasket.debug.ui.presentation.ControlRegisterLabel;
import dev.gasket.x86.cpu.ControlRegister;

class ControlRegisterLabelTest {

	@Test
	void cr0ListsSetBitsHighestFirst() {
		String label = ControlRegisterLabel.describe(ControlRegister.CR0, 0x8000_0011L);

		assertEquals("0x80000011 [PG ET PE]", label);
		assertTrue(label.indexOf("PG") < label.indexOf("ET") && label.indexOf("ET") < label.indexOf("PE"), label);
	}

	@Test
	void eferOfALongModeKernel() {
		assertEquals("0x00000d00 [NXE LMA LME]", ControlRegisterLabel.describe(ControlRegister.EFER, 0xd00));
	}

	@Test
	void cr4WithFiveLevelPagingAndPae() {
		assertEquals("0x00001020 [LA57 PAE]", ControlRegisterLabel.describe(ControlRegister.CR4, 1 << 12 | 1 << 5));
	}

	@Test
	void valuesBeyond32BitsUseSixteenDigits() {
		assertEquals("0x0000000100000001 [PE]", ControlRegisterLabel.describe(ControlRegister.CR0, 1L << 32 | 1));
	}

	@Test
	void clearedRegisterHasAnEmptyList() {
		assertEquals("0x00000000 []", ControlRegisterLabel.describe(ControlRegister.CR4, 0));
	}
}
