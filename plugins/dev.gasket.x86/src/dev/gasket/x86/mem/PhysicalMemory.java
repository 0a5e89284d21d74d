package dev.gasket.x86.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The emulated machine's physical address space: a fixed number of bytes,
 * stored sparsely in 4 KiB pages that are only allocated when first written,
 * so a large address space costs nothing until it is used.
 * <p>
 * Multi-byte values are little-endian, as on x86. Reads return the value
 * zero-extended: bytes and words as {@code int}, dwords as {@code long}, qwords
 * as the raw 64 bits. Writes store the low bits of the given value.
 */
public final class PhysicalMemory {

	public static final int PAGE_SIZE = 4096;
	private static final int PAGE_SHIFT = 12;
	// Whole-value views of a page for accesses that stay inside it: one load or store instead of a byte loop.
	private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
	private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private final long size;
	private byte[][] pages;
	/** Pages a snapshot also refers to: copied before their first write (copy-on-write). */
	private final boolean[] shared;
	/** Per page, how often it was written: lets decoded-instruction caches notice self-modifying code. */
	private final int[] versions;

	/**
	 * @param size the number of addressable bytes, starting at address 0
	 */
	public PhysicalMemory(long size) {
		if (size <= 0 || (size - 1) >>> PAGE_SHIFT >= Integer.MAX_VALUE) {
			throw new IllegalArgumentException("unsupported physical memory size " + size);
		}
		this.size = size;
		this.pages = new byte[pageIndex(size - 1) + 1][];
		this.versions = new int[pages.length];
		this.shared = new boolean[pages.length];
	}

	public long size() {
		return size;
	}

	public int readByte(long address) {
		checkRange(address, 1);
		return byteAt(address);
	}

	public int readWord(long address) {
		return (int) readLittleEndian(address, 2);
	}

	public long readDword(long address) {
		return readLittleEndian(address, 4);
	}

	public long readQword(long address) {
		return readLittleEndian(address, 8);
	}

	/** A little-endian value of {@code size} bytes (1 to 8), zero-extended. */
	public long readValue(long address, int size) {
		checkValueSize(size);
		return readLittleEndian(address, size);
	}

	/** Stores the low {@code size} bytes (1 to 8) of {@code value}, little-endian. */
	public void writeValue(long address, int size, long value) {
		checkValueSize(size);
		writeLittleEndian(address, size, value);
	}

	private static void checkValueSize(int size) {
		if (size < 1 || size > 8) {
			throw new IllegalArgumentException("a value has 1 to 8 bytes, not " + size);
		}
	}

	public void writeByte(long address, long value) {
		writeLittleEndian(address, 1, value);
	}

	public void writeWord(long address, long value) {
		writeLittleEndian(address, 2, value);
	}

	public void writeDword(long address, long value) {
		writeLittleEndian(address, 4, value);
	}

	public void writeQword(long address, long value) {
		writeLittleEndian(address, 8, value);
	}

	/** The write count of the page holding {@code address}; it changes whenever a byte of that page is written. */
	public int version(long address) {
		return versions[pageIndex(address)];
	}

	/** The current contents, sharing pages with this memory until either side writes them. */
	public Snapshot snapshot() {
		for (int i = 0; i < pages.length; i++) {
			shared[i] = pages[i] != null;
		}
		return new Snapshot(pages.clone());
	}

	/** Returns to the contents of {@code snapshot}; the snapshot stays usable. */
	public void restore(Snapshot snapshot) {
		if (snapshot.pages.length != pages.length) {
			throw new IllegalArgumentException("snapshot of a memory of a different size");
		}
		pages = snapshot.pages.clone();
		for (int i = 0; i < pages.length; i++) {
			shared[i] = pages[i] != null;
			versions[i]++;
		}
	}

	/** Frozen memory contents; see {@link PhysicalMemory#snapshot()}. */
	public static final class Snapshot {
		private final byte[][] pages;

		private Snapshot(byte[][] pages) {
			this.pages = pages;
		}
	}

	/** Copies {@code length} bytes starting at {@code address} into a new array. */
	public byte[] read(long address, int length) {
		checkRange(address, length);
		byte[] data = new byte[length];
		for (int i = 0; i < length; i++) {
			data[i] = (byte) byteAt(address + i);
		}
		return data;
	}

	/** Stores all of {@code data} starting at {@code address}. */
	public void write(long address, byte[] data) {
		checkRange(address, data.length);
		for (int i = 0; i < data.length; i++) {
			storeByte(address + i, data[i]);
		}
	}

	/** Sets {@code length} bytes starting at {@code address} to zero without allocating untouched pages. */
	public void zero(long address, long length) {
		checkRange(address, length);
		long end = address + length;
		for (long at = address; at < end; ) {
			long chunkEnd = Math.min(end, (at | (PAGE_SIZE - 1)) + 1);
			byte[] page = pages[pageIndex(at)];
			if (page != null) {
				page = writablePage(pageIndex(at));
				versions[pageIndex(at)]++;
				Arrays.fill(page, pageOffset(at), pageOffset(at) + (int) (chunkEnd - at), (byte) 0);
			}
			at = chunkEnd;
		}
	}

	private long readLittleEndian(long address, int length) {
		checkRange(address, length);
		int offset = pageOffset(address);
		if (offset <= PAGE_SIZE - length) {
			byte[] page = pages[pageIndex(address)];
			if (page == null) {
				return 0;
			}
			return switch (length) {
				case 2 -> Short.toUnsignedLong((short) SHORTS.get(page, offset));
				case 4 -> Integer.toUnsignedLong((int) INTS.get(page, offset));
				case 8 -> (long) LONGS.get(page, offset);
				default -> Byte.toUnsignedLong(page[offset]);
			};
		}
		long value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | byteAt(address + i);
		}
		return value;
	}

	private void writeLittleEndian(long address, int length, long value) {
		checkRange(address, length);
		int offset = pageOffset(address);
		if (offset <= PAGE_SIZE - length) {
			int index = pageIndex(address);
			versions[index]++;
			byte[] page = writablePage(index);
			switch (length) {
				case 2 -> SHORTS.set(page, offset, (short) value);
				case 4 -> INTS.set(page, offset, (int) value);
				case 8 -> LONGS.set(page, offset, value);
				default -> page[offset] = (byte) value;
			}
			return;
		}
		for (int i = 0; i < length; i++) {
			storeByte(address + i, (byte) (value >>> (8 * i)));
		}
	}

	private int byteAt(long address) {
		byte[] page = pages[pageIndex(address)];
		return page == null ? 0 : Byte.toUnsignedInt(page[pageOffset(address)]);
	}

	private void storeByte(long address, byte value) {
		int index = pageIndex(address);
		versions[index]++;
		writablePage(index)[pageOffset(address)] = value;
	}

	private byte[] writablePage(int index) {
		byte[] page = pages[index];
		if (page == null) {
			page = pages[index] = new byte[PAGE_SIZE];
		} else if (shared[index]) {
			page = pages[index] = page.clone();
			shared[index] = false;
		}
		return page;
	}

	private void checkRange(long address, long length) {
		// Written so that address + length cannot overflow.
		if (address < 0 || length < 0 || length > size || address > size - length) {
			throw new MemoryAccessException(address, length, size);
		}
	}

	private static int pageIndex(long address) {
		return (int) (address >>> PAGE_SHIFT);
	}

	private static int pageOffset(long address) {
		return (int) (address & (PAGE_SIZE - 1));
	}
}
