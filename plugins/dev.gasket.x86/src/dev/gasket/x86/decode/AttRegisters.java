package dev.gasket.x86.decode;

import dev.gasket.x86.cpu.CpuState;

/** AT&T names of the general registers, e.g. {@code %r8d}, {@code %spl}, {@code %ah}. */
final class AttRegisters {

	private static final String[] QWORD = {
		"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
	private static final String[] DWORD = {
		"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" };
	private static final String[] WORD = {
		"ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w" };
	private static final String[] BYTE = {
		"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
	private static final String[] HIGH_BYTE = { "ah", "ch", "dh", "bh" };

	private AttRegisters() {
	}

	/** {@code number} as {@link Instruction#register(int)} gives it, {@code size} in bytes. */
	static String name(int number, int size) {
		if (number >= CpuState.HIGH_BYTE) {
			return "%" + HIGH_BYTE[number - CpuState.HIGH_BYTE];
		}
		return "%" + switch (size) {
			case 1 -> BYTE[number];
			case 2 -> WORD[number];
			case 4 -> DWORD[number];
			default -> QWORD[number];
		};
	}
}
