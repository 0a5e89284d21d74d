package dev.gasket.x86.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.mem.MemoryAccessException;
import dev.gasket.x86.mem.PhysicalMemory;

class PhysicalMemoryTest {

	private static final long SIXTEEN_MIB = 16L * 1024 * 1024;

	private final PhysicalMemory memory = new PhysicalMemory(SIXTEEN_MIB);

	@Test
	void valuesAreStoredLittleEndian() {
		memory.writeDword(0x7c00, 0x12345678);
		assertEquals(0x78, memory.readByte(0x7c00));
		assertEquals(0x56, memory.readByte(0x7c01));
		assertEquals(0x34, memory.readByte(0x7c02));
		assertEquals(0x12, memory.readByte(0x7c03));
		assertEquals(0x5678, memory.readWord(0x7c00));
		assertEquals(0x1234, memory.readWord(0x7c02));
	}

	@Test
	void eachWidthRoundTripsZeroExtended() {
		memory.writeByte(0x100, 0xfe);
		memory.writeWord(0x200, 0xbeef);
		memory.writeDword(0x300, 0xdeadbeefL);
		memory.writeQword(0x400, 0xfedcba9876543210L);
		assertEquals(0xfe, memory.readByte(0x100));
		assertEquals(0xbeef, memory.readWord(0x200));
		assertEquals(0xdeadbeefL, memory.readDword(0x300));
		assertEquals(0xfedcba9876543210L, memory.readQword(0x400));
	}

	@Test
	void writesKeepOnlyTheLowBitsOfTheValue() {
		memory.writeQword(0x500, -1L);
		memory.writeWord(0x502, 0x12345678);
		assertEquals(0xffff_ffff_5678_ffffL, memory.readQword(0x500));
	}

	@Test
	void qwordAcrossPageBoundaryReadsBack() {
		long address = PhysicalMemory.PAGE_SIZE - 3;
		memory.writeQword(address, 0x1122334455667788L);
		assertEquals(0x1122334455667788L, memory.readQword(address));
		assertEquals(0x66, memory.readByte(PhysicalMemory.PAGE_SIZE - 1));
		assertEquals(0x55, memory.readByte(PhysicalMemory.PAGE_SIZE));
	}

	@Test
	void byteArraysSpanningSeveralPagesRoundTrip() {
		byte[] data = new byte[3 * PhysicalMemory.PAGE_SIZE + 17];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (i * 31 + 7);
		}
		memory.write(0x1ff0, data);
		assertArrayEquals(data, memory.read(0x1ff0, data.length));
	}

	@Test
	void unwrittenMemoryReadsZero() {
		memory.writeByte(0x1000, 0xff);
		assertEquals(0, memory.readQword(0x1001));
		assertEquals(SIXTEEN_MIB, memory.size());
		assertEquals(0, memory.readQword(memory.size() - 8));
		assertArrayEquals(new byte[64], memory.read(0x80_0000, 64));
	}

	@Test
	void zeroClearsOnlyTheGivenRange() {
		byte[] pattern = new byte[2 * PhysicalMemory.PAGE_SIZE];
		Arrays.fill(pattern, (byte) 0xaa);
		memory.write(0x3000, pattern);
		memory.zero(0x3001, PhysicalMemory.PAGE_SIZE + 10);
		assertEquals(0xaa, memory.readByte(0x3000));
		assertEquals(0, memory.readByte(0x3001));
		assertEquals(0, memory.readByte(0x3000 + PhysicalMemory.PAGE_SIZE + 10));
		assertEquals(0xaa, memory.readByte(0x3000 + PhysicalMemory.PAGE_SIZE + 11));
	}

	@Test
	void accessPastTheEndNamesAddressAndSize() {
		MemoryAccessException error = assertThrows(MemoryAccessException.class,
				() -> memory.readDword(SIXTEEN_MIB - 2));
		assertTrue(error.getMessage().contains("0xfffffe"), error.getMessage());
		assertTrue(error.getMessage().contains("4-byte"), error.getMessage());
		assertEquals(SIXTEEN_MIB - 2, error.address());
		assertEquals(4, error.length());
	}

	@Test
	void everyKindOfOutOfRangeAccessIsRejected() {
		assertThrows(MemoryAccessException.class, () -> memory.writeByte(SIXTEEN_MIB, 1));
		assertThrows(MemoryAccessException.class, () -> memory.readByte(-1));
		assertThrows(MemoryAccessException.class, () -> memory.write(SIXTEEN_MIB - 1, new byte[2]));
		assertThrows(MemoryAccessException.class, () -> memory.zero(0, SIXTEEN_MIB + 1));
		assertThrows(MemoryAccessException.class, () -> memory.readQword(Long.MAX_VALUE - 2));
	}
}
