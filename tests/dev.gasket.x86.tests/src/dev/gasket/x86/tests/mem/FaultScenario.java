package dev.gasket.x86.tests.mem;

import static dev.gasket.x86.tests.mem.PageFaults.FETCH;
import static dev.gasket.x86.tests.mem.PageFaults.USER;
import static dev.gasket.x86.tests.mem.PageFaults.WRITE;
import static dev.gasket.x86.tests.mem.PageFaults.assertPageFault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PageWalk;
import dev.gasket.x86.mem.PagingMode;
import dev.gasket.x86.mem.PhysicalMemory;

/**
 * One page (4 KiB unless given) mapped user-writable in fresh memory, for a test to spoil one entry and check the outcome of each
 * access both through {@link Mmu#translate} and through {@link Mmu#walk(long, Access, boolean)}.
 */
final class FaultScenario {

	private static final long FRAME_4K = 0x0077_7000L;
	/** Aligned for every page size; beyond the memory, which translation does not mind. */
	private static final long FRAME_LARGE = 0x4000_0000L;

	final PhysicalMemory memory = new PhysicalMemory(16L << 20);
	final PagingMode mode;
	final PageTables tables;
	final long linear;
	final long frame;
	final long pageSize;
	Controls controls;
	int maxPhysicalAddressBits = Mmu.DEFAULT_MAX_PHYSICAL_ADDRESS_BITS;

	FaultScenario(PagingMode mode) {
		this(mode, 1L << 12);
	}

	/** @param pageSize 4 KiB, 2 MiB, 4 MiB or 1 GiB */
	FaultScenario(PagingMode mode, long pageSize) {
		this.mode = mode;
		this.pageSize = pageSize;
		// Canonical for both 4- and 5-level paging; every index along the way is non-zero.
		this.linear = mode == PagingMode.BITS_32 || mode == PagingMode.PAE ? 0xC040_3ABCL : 0xFFFF_BFDF_EFF7_FABCL;
		this.frame = pageSize == 1L << 12 ? FRAME_4K : FRAME_LARGE;
		this.tables = new PageTables(memory, mode, 0x10_0000L);
		long page = linear & -pageSize;
		switch (Long.numberOfTrailingZeros(pageSize)) {
			case 12 -> tables.map4k(page, frame, PageTables.USER_RW);
			case 21 -> tables.map2m(page, frame, PageTables.USER_RW);
			case 22 -> tables.map4m(page, frame, PageTables.USER_RW);
			case 30 -> tables.map1g(page, frame, PageTables.USER_RW);
			default -> throw new IllegalArgumentException("no page size " + pageSize);
		}
		this.controls = Controls.forTables(tables);
	}

	/** The depth of the entry that maps the page. */
	int leafDepth() {
		return switch (Long.numberOfTrailingZeros(pageSize)) {
			case 12 -> tables.levels() - 1;
			case 21 -> tables.levels() - 2;
			case 22 -> 0;
			default -> tables.levels() - 3;
		};
	}

	static int accessBits(Access access, boolean user, boolean fetchReported) {
		return (access == Access.WRITE ? WRITE : 0) | (user ? USER : 0)
				| (access == Access.EXECUTE && fetchReported ? FETCH : 0);
	}

	/** Whether the I/D bit is reported: CR4.PAE and EFER.NXE both set. */
	boolean fetchReported() {
		return (controls.cr4() & Controls.CR4_PAE) != 0 && (controls.efer() & Controls.EFER_NXE) != 0;
	}

	/** The error code for an access with the given cause bits (P, RSVD). */
	int errorCode(int causeBits, Access access, boolean user) {
		return causeBits | accessBits(access, user, fetchReported());
	}

	Mmu mmu() {
		return controls.applyTo(new Mmu(memory, maxPhysicalAddressBits));
	}

	void assertFaults(Access access, boolean user, int errorCode, String reason) {
		String what = String.format("%s %s (user %b)", mode.label(), access, user);
		Mmu mmu = mmu();
		PageWalk walk = mmu.walk(linear, access, user);
		assertEquals(OptionalInt.of(errorCode), walk.errorCode(), what + ": " + walk);
		assertTrue(walk.failure().orElseThrow().contains(reason), what + ": " + walk);
		assertTrue(walk.physical().isEmpty(), what);
		CpuFault fault = assertPageFault(errorCode, linear, () -> mmu.translate(linear, access, user));
		assertTrue(fault.getMessage().contains(reason), fault.getMessage());
	}

	void assertAllowed(Access access, boolean user) {
		String what = String.format("%s %s (user %b)", mode.label(), access, user);
		Mmu mmu = mmu();
		PageWalk walk = mmu.walk(linear, access, user);
		assertFalse(walk.faulted(), what + ": " + walk);
		assertEquals(frame | (linear & (pageSize - 1)), mmu.translate(linear, access, user), what);
	}
}
