package dev.gasket.x86.cpu;

import java.util.HashMap;
import java.util.Map;

/**
 * What {@code cpuid} answers, leaf by leaf. The defaults claim only features the emulator implements;
 * LA57 (5-level paging) is a switch because the trampoline's behaviour depends on it.
 */
public final class CpuidTable {

	private static final long SUBLEAF_MATTERS = 7;
	private final Map<Long, int[]> leaves = new HashMap<>();

	/** A table with the emulator's own vendor string and feature bits, and CPUID.7.0:ECX.LA57 as given. */
	public static CpuidTable standard(boolean la57) {
		CpuidTable table = new CpuidTable();
		int[] vendor = vendor("GasketEmuCPU");
		table.set(0, 0, 7, vendor[0], vendor[2], vendor[1]);
		int pse = 1 << 3, tsc = 1 << 4, msr = 1 << 5, pae = 1 << 6, pge = 1 << 13, cmov = 1 << 15, pat = 1 << 16;
		table.set(1, 0, 0x000606a0, 0, 0, pse | tsc | msr | pae | pge | cmov | pat);
		table.set(7, 0, 0, 0, la57 ? 1 << 16 : 0, 0);
		table.set(0x80000000L, 0, 0x80000008, 0, 0, 0);
		table.set(0x80000001L, 0, 0, 0, 0, 1 << 20 | 1 << 29);
		table.set(0x80000008L, 0, (la57 ? 57 : 48) << 8 | 52, 0, 0, 0);
		return table;
	}

	private static int[] vendor(String twelveCharacters) {
		int[] words = new int[3];
		for (int i = 0; i < 12; i++) {
			words[i / 4] |= (twelveCharacters.charAt(i) & 0xff) << (8 * (i % 4));
		}
		return words;
	}

	/** Sets the answer for {@code leaf} (and {@code subleaf}, which only leaf 7 distinguishes). */
	public void set(long leaf, int subleaf, int eax, int ebx, int ecx, int edx) {
		leaves.put(key(leaf, subleaf), new int[] { eax, ebx, ecx, edx });
	}

	/** EAX, EBX, ECX, EDX for a leaf; unknown leaves answer zeros, as real CPUs do above their maximum. */
	public int[] query(long leaf, int subleaf) {
		int[] answer = leaves.get(key(leaf & 0xffffffffL, subleaf));
		return answer == null ? new int[4] : answer.clone();
	}

	public boolean la57() {
		return (query(7, 0)[2] & (1 << 16)) != 0;
	}

	private static long key(long leaf, int subleaf) {
		return leaf == SUBLEAF_MATTERS ? leaf << 32 | (subleaf & 0xffffffffL) : leaf << 32;
	}
}
