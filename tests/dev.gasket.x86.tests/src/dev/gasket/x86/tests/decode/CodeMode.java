package dev.gasket.x86.tests.decode;

import java.util.ArrayList;
import java.util.List;

/** A code size, with the assembly file that covers it and the binutils options that build and list it. */
enum CodeMode {
	BITS_16(16, "code16.s", "--32", "i8086"),
	BITS_32(32, "code32.s", "--32", "i386"),
	/**
	 * Intel 64 semantics, as the decoder implements them: near branches ignore an operand-size prefix
	 * (objdump's default, AMD64, would honour it) and far pointers may be 64-bit.
	 */
	BITS_64(64, "code64.s", "--64", "i386:x86-64", "-M", "intel64");

	final int bitness;
	final String source;
	/** {@code as} option; 16-bit code is {@code .code16} in a 32-bit object. */
	final String asOption;
	/** {@code objdump} options that select the machine. */
	final List<String> machine;

	CodeMode(int bitness, String source, String asOption, String machine, String... options) {
		this.bitness = bitness;
		this.source = source;
		this.asOption = asOption;
		List<String> all = new ArrayList<>(List.of("-m", machine));
		all.addAll(List.of(options));
		this.machine = List.copyOf(all);
	}
}
