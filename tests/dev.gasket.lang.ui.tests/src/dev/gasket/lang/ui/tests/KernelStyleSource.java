package dev.gasket.lang.ui.tests;

/**
 * Generated assembly in the style of the Linux x86 entry code, for the editor benchmark: functions between
 * {@code SYM_CODE_START}/{@code SYM_CODE_END}, {@code .L} and numeric local labels, a {@code .macro} and its uses, and
 * data between {@code SYM_DATA_START}/{@code SYM_DATA_END}; each function calls the one before it, so every block holds
 * resolved cross references. It includes the example project's {@code linkage.h}.
 */
final class KernelStyleSource {
	/** What one {@link #block} adds. */
	static final int LINES_PER_BLOCK = 28;
	private static final String PROLOGUE = """
			#include "linkage.h"
			/* generated for the editor benchmark */
			.macro SAVE_REGS
			\tpushq\t%rbx
			\tpushq\t%r12
			.endm
			\t.text
			\t.code64
			""";

	private KernelStyleSource() {
	}

	/** About {@code lines} lines (at least the prologue's). */
	static String generate(int lines) {
		StringBuilder text = new StringBuilder(lines * 20).append(PROLOGUE);
		int blocks = Math.max(1, (lines - 8) / LINES_PER_BLOCK);
		for (int n = 0; n < blocks; n++) {
			block(text, n);
		}
		return text.toString();
	}

	/** The name of the function block {@code n} calls, as it stands in that block's {@code call}. */
	static String callee(int n) {
		return "do_work_" + Math.max(0, n - 1);
	}

	private static void block(StringBuilder text, int n) {
		String name = "do_work_" + n;
		text.append("/* ").append(name).append(": walks its table */\n")
				.append("SYM_CODE_START(").append(name).append(")\n")
				.append("\tpushq\t%rbp\n")
				.append("\tmovq\t%rsp, %rbp\n")
				.append("\tmovq\twork_table_").append(n).append("(%rip), %rax\n")
				.append("\ttestq\t%rax, %rax\n")
				.append("\tjz\t.L").append(name).append("_out\n")
				.append("1:\tdecq\t%rax\n")
				.append("\tjnz\t1b\n")
				.append("\tSAVE_REGS\n")
				.append("\tcall\t").append(callee(n)).append('\n')
				.append("\tmovl\t$0x").append(Integer.toHexString(16 + n % 4096)).append(", %ecx\n")
				.append("\tleaq\t8(%rax,%rcx,4), %rdx\n")
				.append("\tpopq\t%r12\n")
				.append("\tpopq\t%rbx\n")
				.append(".L").append(name).append("_out:\n")
				.append("\tpopq\t%rbp\n")
				.append("\tret\n")
				.append("SYM_CODE_END(").append(name).append(")\n")
				.append('\n')
				.append("\t.data\n")
				.append("SYM_DATA_START(work_table_").append(n).append(")\n")
				.append("\t.quad\t0\n")
				.append("\t.long\t").append(n).append('\n')
				.append("SYM_DATA_END(work_table_").append(n).append(")\n")
				.append("\t.text\n")
				.append('\n')
				.append('\n');
	}
}
