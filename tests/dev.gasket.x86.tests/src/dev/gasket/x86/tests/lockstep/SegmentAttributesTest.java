package dev.gasket.x86.tests.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.Segment;

/** QEMU's segment-cache flags (a descriptor's high doubleword) against the emulator's attribute bits. */
class SegmentAttributesTest {

	@Test
	void typeSPresentAndFlagsNibbleMoveToTheEmulatorsBits() {
		// High doubleword of the flat 32-bit code descriptor 0x00cf9a000000ffff.
		assertEquals(Segment.P | Segment.S | Segment.TYPE_CODE | Segment.TYPE_WRITABLE_OR_READABLE | Segment.DB
				| Segment.G, SegmentAttributes.fromQemuFlags(0x00cf9a00));
		// 64-bit code: L instead of D/B.
		assertEquals(0xa9a, SegmentAttributes.fromQemuFlags(0x00af9a00));
	}

	@Test
	void baseAndLimitBitsInQemusFlagsAreNotAttributes() {
		// Base 31:24 = 0xff, base 23:16 = 0x12, limit 19:16 = 0xf around the access byte 0x93 and D/B.
		assertEquals(Segment.P | Segment.S | Segment.TYPE_WRITABLE_OR_READABLE | Segment.TYPE_ACCESSED | Segment.DB,
				SegmentAttributes.fromQemuFlags(0xff4f9312));
	}

	@Test
	void realModeResetCachesMatchTheEmulatorsResetAttributes() {
		// QEMU's reset loads P, S, writable/readable, accessed (and code for CS) without descriptor flags.
		assertEquals(0x93, SegmentAttributes.fromQemuFlags(0x9300));
		assertEquals(0x9b, SegmentAttributes.fromQemuFlags(0x9b00));
	}
}
