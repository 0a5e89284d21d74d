package dev.gasket.x86.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.CpuMode;

class CpuModeTest {

	private static final long CR0_PE = 0x1;
	private static final long CR0_PG_ET_PE = 0x8000_0011L;
	private static final long EFER_LME = 0x100;
	private static final long EFER_LME_LMA = 0x500;

	@Test
	void clearedProtectionEnableIsRealModeWhateverCsSays() {
		assertEquals(CpuMode.REAL, CpuMode.of(0x10, 0, false, false));
		assertEquals(CpuMode.REAL, CpuMode.of(0x10, 0, false, true));
	}

	@Test
	void protectedModeWidthFollowsCsDefaultSize() {
		assertEquals(CpuMode.PROTECTED_16, CpuMode.of(CR0_PE, 0, false, false));
		assertEquals(CpuMode.PROTECTED_32, CpuMode.of(CR0_PE, 0, false, true));
	}

	@Test
	void longModeEnabledButNotActiveIsStillProtectedMode() {
		assertEquals(CpuMode.PROTECTED_32, CpuMode.of(CR0_PE, EFER_LME, false, true));
	}

	@Test
	void activeLongModeUsesCsLongBit() {
		assertEquals(CpuMode.LONG_64, CpuMode.of(CR0_PG_ET_PE, EFER_LME_LMA, true, false));
		assertEquals(CpuMode.COMPATIBILITY, CpuMode.of(CR0_PG_ET_PE, EFER_LME_LMA, false, true));
		assertEquals(CpuMode.COMPATIBILITY, CpuMode.of(CR0_PG_ET_PE, EFER_LME_LMA, false, false));
	}

	@Test
	void labelsAreShortNames() {
		assertEquals("64-bit", CpuMode.LONG_64.label());
		assertEquals("real mode", CpuMode.REAL.label());
	}
}
