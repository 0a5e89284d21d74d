package dev.gasket.x86.tests.differential;

import java.util.HashMap;
import java.util.Map;

/**
 * The flags each generated instruction reads and writes, and the ones it leaves architecturally undefined, per
 * the "Flags Affected" section of each instruction in the Intel SDM Vol. 2 (quoted in the comments). Undefined
 * flags are masked when host and emulator are compared; every other flag must match exactly. Mnemonics are
 * given without size suffix.
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
		// ADD/SUB/CMP/NEG/XADD/CMPXCHG/CMPS/SCAS: "The OF, SF, ZF, AF, CF, and PF flags are set according to the result."
		fixed(new FlagEffect(0, STATUS, 0), "add", "sub", "cmp", "neg", "xadd", "cmpxchg", "cmps", "scas");
		// ADC/SBB: as ADD/SUB, and the result depends on CF.
		fixed(new FlagEffect(CF, STATUS, 0), "adc", "sbb");
		// INC/DEC: "The CF flag is not affected. The OF, SF, ZF, AF, and PF flags are set according to the result."
		fixed(FlagEffect.writes(STATUS & ~CF), "inc", "dec");
		// AND/OR/XOR/TEST: "The OF and CF flags are cleared; the SF, ZF, and PF flags are set according to the
		// result. The state of the AF flag is undefined."
		fixed(new FlagEffect(0, STATUS, AF), "and", "or", "xor", "test");
		// BT/BTS/BTR/BTC: "The CF flag contains the value of the selected bit. The ZF flag is unaffected.
		// The OF, SF, AF, and PF flags are undefined."
		fixed(new FlagEffect(0, STATUS & ~ZF, OF | SF | AF | PF), "bt", "bts", "btr", "btc");
		// BSF/BSR: "The ZF flag is set to 1 if the source operand is 0 ... The CF, OF, SF, AF, and PF flags are
		// undefined." (The destination is undefined too for a zero source; SnippetBuilder tracks that.)
		fixed(new FlagEffect(0, STATUS, CF | OF | SF | AF | PF), "bsf", "bsr");
		// MUL and IMUL: "The OF and CF flags are set ... The SF, ZF, AF, and PF flags are undefined."
		fixed(new FlagEffect(0, STATUS, SF | ZF | AF | PF), "mul", "imul");
		// DIV/IDIV: "The CF, OF, SF, ZF, AF, and PF flags are undefined."
		fixed(new FlagEffect(0, STATUS, STATUS), "div", "idiv");
		fixed(FlagEffect.writes(CF), "clc", "stc");
		fixed(new FlagEffect(CF, CF, 0), "cmc");
		fixed(FlagEffect.writes(DF), "cld", "std");
		// LAHF loads SF, ZF, AF, PF and CF into AH; SAHF stores them from AH.
		fixed(FlagEffect.reads(SF | ZF | AF | PF | CF), "lahf");
		fixed(FlagEffect.writes(SF | ZF | AF | PF | CF), "sahf");
		// PUSHF stores all of RFLAGS in memory; POPF loads them.
		fixed(FlagEffect.reads(STATUS | DF), "pushf");
		fixed(FlagEffect.writes(STATUS | DF), "popf");
		fixed(FlagEffect.NONE, "mov", "movabs", "movzx", "movsx", "movsxd", "lea", "not", "xchg", "bswap", "push",
				"pop", "cbw", "cwde", "cdqe", "cwd", "cdq", "cqo", "xlat", "movs", "stos", "lods", "ud2");
		// SAL/SAR/SHL/SHR: "If the count is 0, the flags are not affected. ... The CF flag ... is undefined for SHL
		// and SHR instructions where the count is greater than or equal to the size (in bits) of the destination
		// operand. The OF flag is affected only for 1-bit shifts; otherwise, it is undefined. ... For a non-zero
		// count, the AF flag is undefined." The count is masked to 5 bits (6 with REX.W) first.
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
		// ROL/ROR/RCL/RCR: "If the masked count is 0, the flags are not affected. If the masked count is 1, then
		// the OF flag is affected, otherwise (masked count is greater than 1) the OF flag is undefined. The CF
		// flag is affected when the masked count is non-zero. The SF, ZF, AF, and PF flags are always unaffected."
		// RCL and RCR rotate CF in.
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
