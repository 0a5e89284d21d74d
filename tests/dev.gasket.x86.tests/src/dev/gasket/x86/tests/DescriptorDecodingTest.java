package dev.gasket.x86.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.GateDescriptor;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentDescriptor;

/** GDT and IDT entries taken apart as the SDM lays them out (Vol. 3, 3.4.5, 6.11 and 6.14.1). */
class DescriptorDecodingTest {

	@Test
	void flat64BitKernelCodeSegment() {
		SegmentDescriptor code = SegmentDescriptor.of(0x00af9b000000ffffL);

		assertEquals(0, code.base());
		assertEquals(0xffffffffL, code.limit(), "20-bit limit 0xfffff in 4 KiB units");
		assertTrue(code.isCode() && code.isLong() && code.isGranular() && code.isPresent());
		assertFalse(code.isDefaultBig(), "L=1 requires D=0");
		assertEquals(0, code.dpl());
		assertEquals("64-bit code, execute/read, accessed, DPL 0", code.describe(true));
	}

	@Test
	void byteGranularDataSegmentWithScatteredBaseBytes() {
		// base 0x12345678 split over bytes 2..4 and 7; limit 0x5ffff; type 2 (read/write), DPL 3, P, D/B
		SegmentDescriptor data = SegmentDescriptor.of(0x1245f2345678ffffL);

		assertEquals(0x12345678L, data.base());
		assertEquals(0x5ffffL, data.limit());
		assertEquals(3, data.dpl());
		assertEquals("data, read/write", data.typeName(false));
		assertEquals(Segment.P | Segment.S | Segment.DB | 3 << 5 | Segment.TYPE_WRITABLE_OR_READABLE, data.attributes());
	}

	@Test
	void the64BitTssTakesBaseBits63To32FromItsSecondHalf() {
		SegmentDescriptor tss = SegmentDescriptor.ofSystem64(0x0000890010000067L, 0xffff8000L);

		assertEquals(0xffff800000001000L, tss.base());
		assertEquals(0x67, tss.limit());
		assertTrue(tss.isSystem());
		assertEquals("available 64-bit TSS", tss.typeName(true));
		assertEquals("available 32-bit TSS", tss.typeName(false), "type 9 outside IA-32e mode");
	}

	@Test
	void notPresentEntriesSaySo() {
		assertTrue(SegmentDescriptor.of(0x00cf13000000ffffL).describe(false).endsWith("not present"));
	}

	@Test
	void interruptGateOf64BitMode() {
		long offset = 0xffffffff81234567L;
		long low = (offset & 0xffff) | 0x0010L << 16 | 2L << 32 | 0x8eL << 40 | (offset >>> 16 & 0xffff) << 48;
		GateDescriptor gate = GateDescriptor.of64(low, offset >>> 32);

		assertEquals(0x10, gate.selector());
		assertEquals(offset, gate.offset());
		assertEquals(2, gate.ist());
		assertEquals("64-bit interrupt gate to 0x0010:0xffffffff81234567, DPL 0, IST 2", gate.describe(true));
	}

	@Test
	void trapGateOfProtectedModeAtDpl3() {
		GateDescriptor gate = GateDescriptor.of(0x0010_ef00_0008_1234L);

		assertEquals(0x101234, gate.offset());
		assertEquals(8, gate.selector());
		assertEquals(3, gate.dpl());
		assertEquals("32-bit trap gate", gate.typeName(false));
	}
}
