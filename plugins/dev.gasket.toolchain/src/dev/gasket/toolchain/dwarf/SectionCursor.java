package dev.gasket.toolchain.dwarf;

import java.nio.charset.StandardCharsets;

/**
 * Reads little-endian DWARF values from one section, never past a limit (the end of the current unit or the
 * section); running out of bytes is reported as a {@link DwarfException} naming the section and offset.
 */
final class SectionCursor {

	private final String section;
	private final byte[] bytes;
	private int position;
	private int limit;

	SectionCursor(String section, byte[] bytes) {
		this.section = section;
		this.bytes = bytes;
		this.limit = bytes.length;
	}

	String section() {
		return section;
	}

	int position() {
		return position;
	}

	int limit() {
		return limit;
	}

	/** Moves to {@code target}, which must lie within the current limit. */
	void seek(long target, String what) throws DwarfException {
		if (target < 0 || target > limit) {
			throw error(what + " 0x" + Long.toHexString(target) + " lies outside the "
					+ (limit == bytes.length ? "section" : "unit") + ", which ends at 0x" + Integer.toHexString(limit));
		}
		position = (int) target;
	}

	/** Restricts reading to the first {@code end} bytes of the section (e.g. a unit's end). */
	void limitTo(long end, String what) throws DwarfException {
		if (end > bytes.length) {
			throw error(what + " ends at 0x" + Long.toHexString(end) + ", beyond the end of the section (0x"
					+ Integer.toHexString(bytes.length) + " bytes)");
		}
		limit = (int) end;
	}

	void skip(long count, String what) throws DwarfException {
		require(count, what);
		position += (int) count;
	}

	int u8(String what) throws DwarfException {
		require(1, what);
		return bytes[position++] & 0xff;
	}

	int s8(String what) throws DwarfException {
		require(1, what);
		return bytes[position++];
	}

	int u16(String what) throws DwarfException {
		return (int) fixed(2, what);
	}

	long u32(String what) throws DwarfException {
		return fixed(4, what);
	}

	long u64(String what) throws DwarfException {
		return fixed(8, what);
	}

	/** An unsigned little-endian value of {@code size} bytes (at most 8). */
	long fixed(int size, String what) throws DwarfException {
		require(size, what);
		long value = 0;
		for (int i = 0; i < size; i++) {
			value |= (bytes[position + i] & 0xffL) << (8 * i);
		}
		position += size;
		return value;
	}

	/** A section offset: 4 bytes in 32-bit DWARF, 8 in 64-bit DWARF. */
	long offset(boolean dwarf64, String what) throws DwarfException {
		return dwarf64 ? u64(what) : u32(what);
	}

	long uleb(String what) throws DwarfException {
		return leb128(false, what);
	}

	long sleb(String what) throws DwarfException {
		return leb128(true, what);
	}

	/** Consumes the next byte if it is 0 (the end of a list), otherwise leaves it; reports which it was. */
	boolean skipNul(String what) throws DwarfException {
		require(1, what + " (or its terminating 0)");
		if (bytes[position] == 0) {
			position++;
			return true;
		}
		return false;
	}

	/** A NUL-terminated string (UTF-8). */
	String cstring(String what) throws DwarfException {
		int start = position;
		int end = start;
		while (end < limit && bytes[end] != 0) {
			end++;
		}
		if (end >= limit) {
			throw errorAt(start, what + " is not NUL-terminated before 0x" + Integer.toHexString(limit));
		}
		position = end + 1;
		return new String(bytes, start, end - start, StandardCharsets.UTF_8);
	}

	DwarfException error(String problem) {
		return errorAt(position, problem);
	}

	DwarfException errorAt(long offset, String problem) {
		return new DwarfException(section, offset, problem);
	}

	/** Bits beyond 64 are dropped; a number longer than any valid 64-bit encoding is rejected as garbage. */
	private long leb128(boolean signed, String what) throws DwarfException {
		int start = position;
		long value = 0;
		int shift = 0;
		int b;
		do {
			if (shift >= 70) {
				throw errorAt(start, what + " is a LEB128 number longer than 10 bytes");
			}
			b = u8(what);
			if (shift < 64) {
				value |= (long) (b & 0x7f) << shift;
			}
			shift += 7;
		} while ((b & 0x80) != 0);
		if (signed && shift < 64 && (b & 0x40) != 0) {
			value |= -1L << shift;
		}
		return value;
	}

	private void require(long count, String what) throws DwarfException {
		if (count < 0 || count > limit - position) {
			throw error("truncated: " + what + " needs " + count + " byte(s) but only " + (limit - position)
					+ " remain before 0x" + Integer.toHexString(limit));
		}
	}
}
