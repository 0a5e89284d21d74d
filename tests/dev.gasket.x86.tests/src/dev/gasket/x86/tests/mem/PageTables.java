package dev.gasket.x86.tests.mem;

import java.util.List;

import dev.gasket.x86.mem.PagingMode;
import dev.gasket.x86.mem.PhysicalMemory;

/**
 * Builds real paging structures in a {@link PhysicalMemory} for one paging mode, allocating tables from a given area.
 * Entry bits are spelled out here from the Intel SDM Vol. 3, 4.3 to 4.5, independently of the code under test.
 * Tables created on the way to a leaf get P, R/W and U/S (PAE PDPTEs only P), so rights come from the leaf unless a
 * test edits an upper entry with {@link #update}.
 */
final class PageTables {

	static final long P = 1L;
	static final long RW = 1L << 1;
	static final long US = 1L << 2;
	static final long A = 1L << 5;
	static final long D = 1L << 6;
	static final long PS = 1L << 7;
	static final long G = 1L << 8;
	static final long NX = 1L << 63;
	static final long USER_RW = P | RW | US;

	private static final long FRAME_BITS = 0x000F_FFFF_FFFF_F000L;
	private static final int TABLE_SIZE = 4096;

	private final PhysicalMemory memory;
	private final PagingMode mode;
	private final int[] shifts;
	private final int entrySize;
	private final long root;
	private long nextFree;

	PageTables(PhysicalMemory memory, PagingMode mode, long tableArea) {
		this.memory = memory;
		this.mode = mode;
		this.shifts = switch (mode) {
			case BITS_32 -> new int[] { 22, 12 };
			case PAE -> new int[] { 30, 21, 12 };
			case LEVEL_4 -> new int[] { 39, 30, 21, 12 };
			case LEVEL_5 -> new int[] { 48, 39, 30, 21, 12 };
			case NONE -> throw new IllegalArgumentException("no page tables without paging");
		};
		this.entrySize = mode == PagingMode.BITS_32 ? 4 : 8;
		this.nextFree = tableArea;
		this.root = allocateTable();
	}

	/** The SDM's entry names from the top level down, for 4 KiB pages. */
	static List<String> levelNames(PagingMode mode) {
		return switch (mode) {
			case BITS_32 -> List.of("PDE", "PTE");
			case PAE -> List.of("PDPTE", "PDE", "PTE");
			case LEVEL_4 -> List.of("PML4E", "PDPTE", "PDE", "PTE");
			case LEVEL_5 -> List.of("PML5E", "PML4E", "PDPTE", "PDE", "PTE");
			case NONE -> List.of();
		};
	}

	PhysicalMemory memory() {
		return memory;
	}

	PagingMode mode() {
		return mode;
	}

	long cr3() {
		return root;
	}

	int levels() {
		return shifts.length;
	}

	PageTables map4k(long linear, long physical, long flags) {
		mapAt(linear, levels() - 1, physical | flags);
		return this;
	}

	PageTables map2m(long linear, long physical, long flags) {
		require(mode != PagingMode.BITS_32, "2 MiB pages need PAE or IA-32e paging");
		mapAt(linear, levels() - 2, physical | flags | PS);
		return this;
	}

	PageTables map1g(long linear, long physical, long flags) {
		require(mode == PagingMode.LEVEL_4 || mode == PagingMode.LEVEL_5, "1 GiB pages need IA-32e paging");
		mapAt(linear, levels() - 3, physical | flags | PS);
		return this;
	}

	/** A 4 MiB page of 32-bit paging; physical bits 39:32 go to entry bits 20:13 (PSE-36). */
	PageTables map4m(long linear, long physical, long flags) {
		require(mode == PagingMode.BITS_32, "4 MiB pages need 32-bit paging");
		mapAt(linear, 0, (physical & 0xFFC0_0000L) | (physical >>> 32) << 13 | flags | PS);
		return this;
	}

	/** The physical address of the entry at {@code depth} (0 = top level) on the way to {@code linear}. */
	long entryAddress(long linear, int depth) {
		long table = root;
		for (int level = 0; level < depth; level++) {
			table = read(table + index(linear, level) * entrySize) & frameBits();
		}
		return table + index(linear, depth) * entrySize;
	}

	long entry(long linear, int depth) {
		return read(entryAddress(linear, depth));
	}

	/** Sets then clears bits of an existing entry. */
	PageTables update(long linear, int depth, long set, long clear) {
		long address = entryAddress(linear, depth);
		write(address, (read(address) | set) & ~clear);
		return this;
	}

	private void mapAt(long linear, int leafDepth, long leafValue) {
		long table = root;
		for (int depth = 0; depth < leafDepth; depth++) {
			long address = table + index(linear, depth) * entrySize;
			long entry = read(address);
			if ((entry & P) == 0) {
				entry = allocateTable() | (mode == PagingMode.PAE && depth == 0 ? P : USER_RW);
				write(address, entry);
			}
			table = entry & frameBits();
		}
		write(table + index(linear, leafDepth) * entrySize, leafValue);
	}

	private long index(long linear, int depth) {
		int bits = mode == PagingMode.BITS_32 ? 10 : mode == PagingMode.PAE && depth == 0 ? 2 : 9;
		return (linear >>> shifts[depth]) & ((1L << bits) - 1);
	}

	private long frameBits() {
		return mode == PagingMode.BITS_32 ? 0xFFFF_F000L : FRAME_BITS;
	}

	private long allocateTable() {
		long table = nextFree;
		nextFree += TABLE_SIZE;
		memory.zero(table, TABLE_SIZE);
		return table;
	}

	private long read(long address) {
		return entrySize == 4 ? memory.readDword(address) : memory.readQword(address);
	}

	private void write(long address, long value) {
		if (entrySize == 4) {
			memory.writeDword(address, value);
		} else {
			memory.writeQword(address, value);
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
