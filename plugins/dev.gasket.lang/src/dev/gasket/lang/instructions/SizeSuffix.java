package dev.gasket.lang.instructions;

import java.util.List;

/**
 * An operation size an instruction takes, and the AT&T suffix that spells it.
 *
 * @param letters     {@code l} in {@code addl}, {@code bl} in {@code movzbl}, {@code ll} in {@code fildll}
 * @param sizesInBits one size per letter slot; fewer than the instruction's slots when the registers give the
 *                    rest ({@code movzb %al, %eax})
 * @param spelled     false for sizes that only registers can give: GNU as refuses {@code rdrandl}
 */
public record SizeSuffix(String letters, List<Integer> sizesInBits, ModeValidity modes, boolean spelled) {

	public SizeSuffix {
		sizesInBits = List.copyOf(sizesInBits);
	}
}
