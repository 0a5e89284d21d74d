package dev.gasket.x86.cpu;

/** RFLAGS bit masks (Intel SDM Vol. 1, 3.4.3). */
public final class Flags {
	public static final long CF = 1L << 0;
	/** Bit 1 reads as 1 on every x86. */
	public static final long FIXED = 1L << 1;
	public static final long PF = 1L << 2;
	public static final long AF = 1L << 4;
	public static final long ZF = 1L << 6;
	public static final long SF = 1L << 7;
	public static final long TF = 1L << 8;
	public static final long IF = 1L << 9;
	public static final long DF = 1L << 10;
	public static final long OF = 1L << 11;
	public static final long IOPL = 3L << 12;
	public static final long NT = 1L << 14;
	public static final long RF = 1L << 16;
	public static final long VM = 1L << 17;
	public static final long AC = 1L << 18;
	public static final long ID = 1L << 21;

	/** The six status flags arithmetic instructions write. */
	public static final long STATUS = CF | PF | AF | ZF | SF | OF;

	private Flags() {
	}

	/** PF: set when the low byte of a result has an even number of one bits. */
	public static long parity(long result) {
		return (Integer.bitCount((int) result & 0xff) & 1) == 0 ? PF : 0;
	}

	/** Names of the set flags among CF..OF, e.g. {@code [ZF, CF]}, highest first, for register views. */
	public static String describe(long rflags) {
		StringBuilder text = new StringBuilder();
		String[] names = { "ID", "AC", "VM", "RF", "NT", "OF", "DF", "IF", "TF", "SF", "ZF", "AF", "PF", "CF" };
		long[] masks = { ID, AC, VM, RF, NT, OF, DF, IF, TF, SF, ZF, AF, PF, CF };
		for (int i = 0; i < names.length; i++) {
			if ((rflags & masks[i]) != 0) {
				text.append(text.isEmpty() ? "" : " ").append(names[i]);
			}
		}
		return "[" + text + "]";
	}
}
