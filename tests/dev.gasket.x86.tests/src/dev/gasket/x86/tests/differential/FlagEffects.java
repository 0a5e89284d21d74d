package dev.gasket.x86.tests.differential;

import java.util.HashMap;
import java.util.Map;

/**
 * The flags each generated instruction reads and writes, and those it leaves architecturally undefined, after
 * the "Flags Affected" section of each instruction's page in the Intel SDM Vol. 2 (named in the comments).
 * Undefined flags are masked when host and emulator are compared; every other flag must match exactly.
 * Mnemonics are given without size suffix.
 */
final class FlagEffects {

	static final long CF = 1L << 0, PF = 1L << 2, AF = 1L << 4, ZF = 1L << 6, SF = 1L << 7, DF = 1L << 10,
			OF = 1L << 11;
	static final long STATUS = CF | PF | AF | ZF | SF | OF;

	/** The effect for an operand size in bits and, for shifts and rotates, the count before masking. */
	private interface Rule {
		FlagEffect at(int bits, long count);
	}

	private static final Map<String, Rule> TABLE = new HashMap<>();

	static {
		// ADD, SUB, CMP, NEG, XADD, CMPXCHG, CMPS, SCAS: all six status flags follow the result.
		fixed(new FlagEffect(0, STATUS, 0), "add", "sub", "cmp", "neg", "xadd", "cmpxchg", "cmps", "scas");
		// ADC, SBB: as ADD and SUB, with CF as an input.
		fixed(new FlagEffect(CF, STATUS, 0), "adc", "sbb");
		// INC, DEC: CF untouched, the other five follow the result.
		fixed(FlagEffect.writes(STATUS & ~CF), "inc", "dec");
		// AND, OR, XOR, TEST: OF and CF cleared, SF ZF PF from the result, AF undefined.
		fixed(new FlagEffect(0, STATUS, AF), "and", "or", "xor", "test");
		// BT, BTS, BTR, BTC: CF is the selected bit, ZF untouched, OF SF AF PF undefined.
		fixed(new FlagEffect(0, STATUS & ~ZF, OF | SF | AF | PF), "bt", "bts", "btr", "btc");
		// BSF, BSR: ZF tells whether the source was zero; CF OF SF AF PF undefined. (So is the destination
		// after a zero source; SnippetBuilder tracks that.)
		fixed(new FlagEffect(0, STATUS, CF | OF | SF | AF | PF), "bsf", "bsr");
		// MUL, IMUL: CF and OF tell whether the upper half is significant; SF ZF AF PF undefined.
		fixed(new FlagEffect(0, STATUS, SF | ZF | AF | PF), "mul", "imul");
		// DIV, IDIV: all six status flags undefined.
		fixed(new FlagEffect(0, STATUS, STATUS), "div", "idiv");
		// CLC, STC, CMC: CF only (CMC inverts it); CLD, STD: DF only.
		fixed(FlagEffect.writes(CF), "clc", "stc");
		fixed(new FlagEffect(CF, CF, 0), "cmc");
		fixed(FlagEffect.writes(DF), "cld", "std");
		// LAHF copies SF ZF AF PF CF into AH; SAHF sets them from AH.
		fixed(FlagEffect.reads(SF | ZF | AF | PF | CF), "lahf");
		fixed(FlagEffect.writes(SF | ZF | AF | PF | CF), "sahf");
		// PUSHF stores RFLAGS to memory; POPF loads it.
		fixed(FlagEffect.reads(STATUS | DF), "pushf");
		fixed(FlagEffect.writes(STATUS | DF), "popf");
		// Data movement, conversions, NOT, BSWAP, the non-comparing string instructions, UD2: no flags.
		fixed(FlagEffect.NONE, "mov", "movabs", "movzx", "movsx", "movsxd", "lea", "not", "xchg", "bswap", "push",
				"pop", "cbw", "cwde", "cdqe", "cwd", "cdq", "cqo", "xlat", "movs", "stos", "lods", "ud2");
		// SAL, SAR, SHL, SHR: the count is masked to 5 bits (6 for 64-bit operands); a masked count of 0 changes
		// no flag. Otherwise AF is undefined, OF is undefined unless the count is 1, and for SHL and SHR (not SAR)
		// CF is undefined when the count is at least the operand width.
		for (String shift : new String[] { "shl", "sal", "shr", "sar" }) {
			boolean logical = !shift.equals("sar");
			TABLE.put(shift, (bits, count) -> {
				long masked = masked(bits, count);
				if (masked == 0) {
					return FlagEffect.NONE;
				}
				long undefined = AF | (masked == 1 ? 0 : OF) | (logical && masked >= bits ? CF : 0);
				return new FlagEffect(0, STATUS, undefined);
			});
		}
		// ROL, ROR, RCL, RCR: a masked count of 0 changes no flag; otherwise CF is written, OF is defined only
		// for a masked count of 1, and SF ZF AF PF are never touched. RCL and RCR rotate through CF.
		for (String rotate : new String[] { "rol", "ror", "rcl", "rcr" }) {
			long read = rotate.startsWith("rc") ? CF : 0;
			TABLE.put(rotate, (bits, count) -> {
				long masked = masked(bits, count);
				return masked == 0 ? FlagEffect.reads(read) : new FlagEffect(read, CF | OF, masked == 1 ? 0 : OF);
			});
		}
	}

	private FlagEffects() {
	}

	private static void fixed(FlagEffect effect, String... mnemonics) {
		for (String mnemonic : mnemonics) {
			TABLE.put(mnemonic, (bits, count) -> effect);
		}
	}

	private static long masked(int bits, long count) {
		return count & (bits == 64 ? 0x3f : 0x1f);
	}

	static FlagEffect of(String mnemonic) {
		return of(mnemonic, 0, 0);
	}

	static FlagEffect of(String mnemonic, int bits, long count) {
		Rule rule = TABLE.get(mnemonic);
		if (rule == null) {
			throw new IllegalArgumentException("no flag effects recorded for " + mnemonic);
		}
		return rule.at(bits, count);
	}
}
