package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageFaults.FETCH;
import static dev.gasket.x86.tests.mem.PageFaults.PRESENT;
import static dev.gasket.x86.tests.mem.PageFaults.RSVD;
import static dev.gasket.x86.tests.mem.PageFaults.USER;
import static dev.gasket.x86.tests.mem.PageFaults.WRITE;
import static dev.gasket.x86.tests.mem.PageFaults.assertPageFault;
import static dev.gasket.x86.tests.mem.PageTables.NX;
import static dev.gasket.x86.tests.mem.PageTables.P;
import static dev.gasket.x86.tests.mem.PageTables.RW;
import static dev.gasket.x86.tests.mem.PageTables.USER_RW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PagingMode;
import dev.gasket.x86.mem.PhysicalMemory;

/** Multi-byte reads and writes through the MMU, across page boundaries and beyond the installed memory. */
class MmuAccessTest {

	private static final long PAGE = 0x7000_0000L;
	private static final long NEXT_PAGE = PAGE + 0x1000;
	private static final long FIRST_FRAME = 0x5000;
	private static final long SECOND_FRAME = 0x9000;
	private static final int[] SIZES = { 1, 2, 4, 8 };

	private final PhysicalMemory memory = new PhysicalMemory(16L << 20);
	private final PageTables tables = new PageTables(memory, PagingMode.LEVEL_4, 0x10_0000)
			.map4k(PAGE, FIRST_FRAME, USER_RW)
			.map4k(NEXT_PAGE, SECOND_FRAME, USER_RW);
	private final Mmu mmu = Controls.forTables(tables).applyTo(new Mmu(memory));

	@Test
	void everySizeIsStoredLittleEndianAndReadBackZeroExtended() {
		long value = 0x8877_6655_4433_2211L;
		for (int size : SIZES) {
			long linear = PAGE + 0x100 * size;
			mmu.write(linear, size, value, true);
			byte[] expected = new byte[size];
			for (int i = 0; i < size; i++) {
				expected[i] = (byte) (0x11 * (i + 1));
			}
			assertArrayEquals(expected, memory.read(FIRST_FRAME + 0x100 * size, size), "size " + size);
			long mask = size == 8 ? -1L : (1L << (8 * size)) - 1;
			assertEquals(value & mask, mmu.read(linear, size, Access.READ, true), "size " + size);
		}
	}

	@TestFactory
	Stream<DynamicTest> accessesSplitAcrossNonContiguousFrames() {
		List<DynamicTest> tests = new ArrayList<>();
		for (int size : new int[] { 2, 4, 8 }) {
			for (int before = 1; before < size; before++) {
				int firstPart = before;
				tests.add(DynamicTest.dynamicTest(size + " bytes, " + before + " in the first page", () -> {
					long linear = NEXT_PAGE - firstPart;
					byte[] data = new byte[size];
					for (int i = 0; i < size; i++) {
						data[i] = (byte) (0xA1 + i);
					}
					mmu.write(linear, size, littleEndian(data), false);
					byte[] inFirst = memory.read(FIRST_FRAME + 0x1000 - firstPart, firstPart);
					byte[] inSecond = memory.read(SECOND_FRAME, size - firstPart);
					assertArrayEquals(Arrays.copyOfRange(data, 0, firstPart), inFirst);
					assertArrayEquals(Arrays.copyOfRange(data, firstPart, size), inSecond);
					assertEquals(littleEndian(data), mmu.read(linear, size, Access.READ, false));
					assertEquals(littleEndian(data), mmu.read(linear, size, Access.EXECUTE, true));
				}));
			}
		}
		return tests.stream();
	}

	private static long littleEndian(byte[] data) {
		long value = 0;
		for (int i = data.length - 1; i >= 0; i--) {
			value = value << 8 | Byte.toUnsignedLong(data[i]);
		}
		return value;
	}

	@Test
	void aSplitWriteWhoseSecondPageFaultsWritesNothing() {
		tables.update(NEXT_PAGE, 3, 0, P);
		assertPageFault(WRITE, NEXT_PAGE, () -> mmu.write(NEXT_PAGE - 2, 4, 0x1234_5678L, false));
		assertEquals(0, memory.readWord(FIRST_FRAME + 0xFFE));
		tables.update(NEXT_PAGE, 3, P, RW);
		mmu.invalidate(NEXT_PAGE);
		assertPageFault(PRESENT | WRITE | USER, NEXT_PAGE, () -> mmu.write(NEXT_PAGE - 3, 8, -1L, true));
		assertEquals(0, memory.readDword(FIRST_FRAME + 0xFFC));
		assertEquals(0, memory.readDword(SECOND_FRAME));
	}

	@Test
	void aSplitReadReportsTheFaultingPage() {
		tables.update(NEXT_PAGE, 3, 0, P);
		assertPageFault(USER, NEXT_PAGE, () -> mmu.read(NEXT_PAGE - 1, 2, Access.READ, true));
		assertPageFault(FETCH, NEXT_PAGE, () -> mmu.read(NEXT_PAGE - 4, 8, Access.EXECUTE, false));
		tables.update(PAGE, 3, 0, P);
		mmu.invalidate(PAGE);
		assertPageFault(0, NEXT_PAGE - 4, () -> mmu.read(NEXT_PAGE - 4, 8, Access.READ, false));
	}

	@Test
	void fetchesFromANoExecutePageFaultWhileReadsWork() {
		tables.update(PAGE, 3, NX, 0);
		memory.writeDword(FIRST_FRAME + 0x10, 0x90909090L);
		assertEquals(0x90909090L, mmu.read(PAGE + 0x10, 4, Access.READ, true));
		assertPageFault(PRESENT | FETCH | USER, PAGE + 0x10, () -> mmu.read(PAGE + 0x10, 1, Access.EXECUTE, true));
	}

	@Test
	void withoutPagingAddressesBeyondMemoryReadAllOnesAndDropWrites() {
		PhysicalMemory small = new PhysicalMemory(1 << 20);
		Mmu flat = new Mmu(small);
		long[] allOnes = { 0xFFL, 0xFFFFL, 0xFFFF_FFFFL, -1L };
		for (int i = 0; i < SIZES.length; i++) {
			assertEquals(allOnes[i], flat.read(0x10_0000L, SIZES[i], Access.READ, false));
			assertEquals(allOnes[i], flat.read(0xFFFF_FFF0L, SIZES[i], Access.EXECUTE, false));
		}
		small.writeWord(0xF_FFFEL, 0x1234);
		assertEquals(0xFFFF_1234L, flat.read(0xF_FFFEL, 4, Access.READ, false));
		flat.write(0xF_FFFEL, 4, 0xAABB_CCDDL, false);
		assertEquals(0xCCDD, small.readWord(0xF_FFFEL));
		flat.write(0x20_0000L, 8, 0, false);
		assertEquals(-1L, flat.read(0x20_0000L, 8, Access.READ, false));
	}

	@Test
	void withoutPagingAnAccessAtTheTopOf4GiBWrapsToZero() {
		memory.writeWord(0, 0x3412);
		Mmu flat = new Mmu(memory);
		assertEquals(0x3412_FFFFL, flat.read(0xFFFF_FFFEL, 4, Access.READ, false));
	}

	@Test
	void with32BitPagingAnAccessAtTheTopOf4GiBWrapsToPageZero() {
		PageTables legacy = new PageTables(memory, PagingMode.BITS_32, 0x20_0000)
				.map4k(0xFFFF_F000L, FIRST_FRAME, USER_RW)
				.map4k(0, SECOND_FRAME, USER_RW);
		Mmu paged = Controls.forTables(legacy).applyTo(new Mmu(memory));
		paged.write(0xFFFF_FFFEL, 4, 0x4433_2211L, true);
		assertEquals(0x2211, memory.readWord(FIRST_FRAME + 0xFFE));
		assertEquals(0x4433, memory.readWord(SECOND_FRAME));
	}

	@Test
	void aPageMappedBeyondMemoryReadsAllOnes() {
		tables.map4k(PAGE + 0x4000, 0x7_0000_0000L, USER_RW);
		mmu.write(PAGE + 0x4008, 8, 0, true);
		assertEquals(-1L, mmu.read(PAGE + 0x4008, 8, Access.READ, true));
	}

	@Test
	void pageTablesBeyondMemoryReadAsAllOnesEntries() {
		PhysicalMemory small = new PhysicalMemory(1 << 20);
		Mmu longMode = Controls.forMode(PagingMode.LEVEL_4, 0x4000_0000L).applyTo(new Mmu(small));
		assertPageFault(PRESENT | RSVD, 0x1000, () -> longMode.read(0x1000, 4, Access.READ, false));
		assertEquals(-1L, longMode.walk(0x1000).steps().get(0).entry());
		// A 32-bit PDE or PTE of all ones has no reserved bit without PSE: it maps the top page of 4 GiB.
		Mmu legacy = Controls.forMode(PagingMode.BITS_32, 0x4000_0000L).withCr4(0, Controls.CR4_PSE)
				.applyTo(new Mmu(small));
		assertEquals(0xFFFF_F123L, legacy.translate(0x123, Access.WRITE, true));
		assertEquals(0xFFFF_FFFFL, legacy.read(0x123, 4, Access.READ, true));
		Controls.forMode(PagingMode.BITS_32, 0x4000_0000L).applyTo(legacy);
		assertPageFault(PRESENT | RSVD, 0x123, () -> legacy.read(0x123, 4, Access.READ, false));
	}

	@Test
	void badArgumentsAreRejectedWithTheirReason() {
		IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
				() -> mmu.read(PAGE, 3, Access.READ, false));
		assertEquals("access size must be 1, 2, 4 or 8 bytes, not 3", size.getMessage());
		assertThrows(IllegalArgumentException.class, () -> mmu.write(PAGE, 16, 0, false));
		IllegalArgumentException access = assertThrows(IllegalArgumentException.class,
				() -> mmu.read(PAGE, 4, Access.WRITE, false));
		assertEquals("read() takes READ or EXECUTE access; writes go through write()", access.getMessage());
	}
}
