package dev.gasket.toolchain.dwarf;

/** Reads or skips attribute values by their DW_FORM code (DWARF 5, section 7.5.6, plus the GNU extensions). */
final class Forms {

	private static final int ADDR = 0x01;
	private static final int BLOCK2 = 0x03;
	private static final int BLOCK4 = 0x04;
	private static final int DATA2 = 0x05;
	private static final int DATA4 = 0x06;
	private static final int DATA8 = 0x07;
	private static final int STRING = 0x08;
	private static final int BLOCK = 0x09;
	private static final int BLOCK1 = 0x0a;
	private static final int DATA1 = 0x0b;
	private static final int FLAG = 0x0c;
	private static final int SDATA = 0x0d;
	private static final int STRP = 0x0e;
	private static final int UDATA = 0x0f;
	private static final int REF_ADDR = 0x10;
	private static final int REF1 = 0x11;
	private static final int REF2 = 0x12;
	private static final int REF4 = 0x13;
	private static final int REF8 = 0x14;
	private static final int REF_UDATA = 0x15;
	private static final int INDIRECT = 0x16;
	private static final int SEC_OFFSET = 0x17;
	private static final int EXPRLOC = 0x18;
	private static final int FLAG_PRESENT = 0x19;
	private static final int STRX = 0x1a;
	private static final int ADDRX = 0x1b;
	private static final int REF_SUP4 = 0x1c;
	private static final int STRP_SUP = 0x1d;
	private static final int DATA16 = 0x1e;
	private static final int LINE_STRP = 0x1f;
	private static final int REF_SIG8 = 0x20;
	private static final int IMPLICIT_CONST = 0x21;
	private static final int LOCLISTX = 0x22;
	private static final int RNGLISTX = 0x23;
	private static final int REF_SUP8 = 0x24;
	private static final int STRX1 = 0x25;
	private static final int STRX2 = 0x26;
	private static final int STRX3 = 0x27;
	private static final int STRX4 = 0x28;
	private static final int ADDRX1 = 0x29;
	private static final int ADDRX2 = 0x2a;
	private static final int ADDRX3 = 0x2b;
	private static final int ADDRX4 = 0x2c;
	private static final int GNU_ADDR_INDEX = 0x1f01;
	private static final int GNU_STR_INDEX = 0x1f02;
	private static final int GNU_REF_ALT = 0x1f20;
	private static final int GNU_STRP_ALT = 0x1f21;

	private Forms() {
	}

	/** A string value: inline, or an offset into {@code .debug_str} / {@code .debug_line_str}. */
	static String string(SectionCursor cursor, int form, UnitEncoding unit, StringSections strings, String what)
			throws DwarfException {
		return switch (form) {
			case STRING -> cursor.cstring(what);
			case STRP -> strings.strp(cursor.offset(unit.dwarf64(), what), cursor);
			case LINE_STRP -> strings.lineStrp(cursor.offset(unit.dwarf64(), what), cursor);
			default -> throw cursor.error(what + " uses form " + name(form) + ", which cannot be read as a string here");
		};
	}

	/** Whether {@link #string} can read a value of {@code form} (indexed strings need tables this reader skips). */
	static boolean isReadableString(int form) {
		return form == STRING || form == STRP || form == LINE_STRP;
	}

	/** An unsigned constant or section offset. */
	static long unsigned(SectionCursor cursor, int form, UnitEncoding unit, String what) throws DwarfException {
		return switch (form) {
			case DATA1 -> cursor.u8(what);
			case DATA2 -> cursor.u16(what);
			case DATA4 -> cursor.u32(what);
			case DATA8 -> cursor.u64(what);
			case UDATA -> cursor.uleb(what);
			case SEC_OFFSET -> cursor.offset(unit.dwarf64(), what);
			default -> throw cursor.error(what + " uses form " + name(form) + ", which is not an unsigned constant");
		};
	}

	/** Moves past one value of {@code form}. */
	static void skip(SectionCursor cursor, int form, UnitEncoding unit, String what) throws DwarfException {
		switch (form) {
			case FLAG_PRESENT, IMPLICIT_CONST -> {
				// the value lives in the abbreviation, not in the unit
			}
			case DATA1, REF1, FLAG, STRX1, ADDRX1 -> cursor.skip(1, what);
			case DATA2, REF2, STRX2, ADDRX2 -> cursor.skip(2, what);
			case STRX3, ADDRX3 -> cursor.skip(3, what);
			case DATA4, REF4, REF_SUP4, STRX4, ADDRX4 -> cursor.skip(4, what);
			case DATA8, REF8, REF_SIG8, REF_SUP8 -> cursor.skip(8, what);
			case DATA16 -> cursor.skip(16, what);
			case ADDR -> cursor.skip(unit.addressSize(), what);
			// DWARF 2 sized DW_FORM_ref_addr like an address, later versions like an offset
			case REF_ADDR -> cursor.skip(unit.version() <= 2 ? unit.addressSize() : unit.offsetSize(), what);
			case STRP, LINE_STRP, SEC_OFFSET, STRP_SUP, GNU_REF_ALT, GNU_STRP_ALT -> cursor.skip(unit.offsetSize(), what);
			case UDATA, REF_UDATA, STRX, ADDRX, LOCLISTX, RNGLISTX, GNU_ADDR_INDEX, GNU_STR_INDEX -> cursor.uleb(what);
			case SDATA -> cursor.sleb(what);
			case STRING -> cursor.cstring(what);
			case BLOCK1 -> cursor.skip(cursor.u8(what), what);
			case BLOCK2 -> cursor.skip(cursor.u16(what), what);
			case BLOCK4 -> cursor.skip(cursor.u32(what), what);
			case BLOCK, EXPRLOC -> cursor.skip(cursor.uleb(what), what);
			case INDIRECT -> skip(cursor, (int) cursor.uleb(what), unit, what);
			default -> throw cursor.error(what + " uses unknown form " + name(form));
		}
	}

	private static String name(int form) {
		return "DW_FORM 0x" + Integer.toHexString(form);
	}
}
