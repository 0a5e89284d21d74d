package dev.gasket.cli;

import java.util.Random;

/**
 * Generated assembly for the benchmark: boot-code-like sections of data, locked RIP-relative accesses, local and
 * numeric labels, macros and mode switches, all accepted by {@code as --64} so both sides do the same work.
 */
final class SyntheticSources {
	private static final String[] REGISTERS = { "%rax", "%rbx", "%rcx", "%rdx", "%rsi", "%rdi", "%r8", "%r9" };
	private static final String[] WIDE_MNEMONICS = { "movq", "addq", "subq", "xorq", "andq", "orq", "cmpq", "testq" };

	private SyntheticSources() {
	}

	/** About {@code lines} lines; {@code unit} keeps the symbols of different files apart. */
	static String generate(int lines, int unit, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(lines * 24);
		text.append(".macro SAVE_PAIR first, second\n\tpushq \\first\n\tpushq \\second\n.endm\n");
		int written = 4;
		for (int block = 0; written < lines; block++) {
			String name = "u" + unit + "_b" + block;
			text.append("\t.data\n\t.balign 8\n").append(name).append("_flags: .long 0\n").append(name).append("_base: .quad 0\n");
			text.append("\t.text\n\t.code64\n\t.globl ").append(name).append("\n\t.type ").append(name).append(", @function\n");
			text.append(name).append(":\n");
			written += 10;
			for (int i = 0; i < 20 && written < lines; i++, written++) {
				text.append(instruction(random, name));
			}
			text.append("1:\tlock btsl $0, ").append(name).append("_flags(%rip)\n\tjc 1b\n");
			text.append("\tSAVE_PAIR %rbx, %r12\n.L").append(name).append("_done:\n\tret\n\t.size ").append(name).append(", .-").append(name).append('\n');
			written += 6;
		}
		return text.toString();
	}

	private static String instruction(Random random, String block) {
		String register = REGISTERS[random.nextInt(REGISTERS.length)];
		String other = REGISTERS[random.nextInt(REGISTERS.length)];
		return switch (random.nextInt(6)) {
			case 0 -> "\t" + WIDE_MNEMONICS[random.nextInt(WIDE_MNEMONICS.length)] + " " + register + ", " + other + "\n";
			case 1 -> "\tmovq " + block + "_base(%rip), " + register + "\n";
			case 2 -> "\tleaq 0x" + Integer.toHexString(random.nextInt(4096)) + "(" + register + "," + other + ",8), " + register + "\n";
			case 3 -> "\tmovl $0x" + Integer.toHexString(random.nextInt()) + ", %eax\n";
			case 4 -> "\tjnz .L" + block + "_done\n";
			default -> "\tshlq $" + (1 + random.nextInt(63)) + ", " + register + "\n";
		};
	}
}
