package dev.gasket.x86.tests.differential;

import static dev.gasket.x86.tests.differential.FlagEffects.CF;
import static dev.gasket.x86.tests.differential.FlagEffects.OF;
import static dev.gasket.x86.tests.differential.FlagEffects.PF;
import static dev.gasket.x86.tests.differential.FlagEffects.SF;
import static dev.gasket.x86.tests.differential.FlagEffects.ZF;

/** The 16 condition codes of setcc and cmovcc, with the flags each tests (SDM Vol. 1, Table B-1). */
enum Condition {
	O(OF), NO(OF), B(CF), AE(CF), E(ZF), NE(ZF), BE(CF | ZF), A(CF | ZF), S(SF), NS(SF), P(PF), NP(PF), L(SF | OF),
	GE(SF | OF), LE(ZF | SF | OF), G(ZF | SF | OF);

	private final long flags;

	Condition(long flags) {
		this.flags = flags;
	}

	long flags() {
		return flags;
	}

	/** The suffix as written in mnemonics, e.g. {@code ae} in {@code setae}. */
	String suffix() {
		return name().toLowerCase();
	}
}
