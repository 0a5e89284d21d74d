package dev.gasket.x86.exec;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.decode.Decoder;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.mem.Access;
import dev.gasket.x86.mem.Mmu;
import dev.gasket.x86.mem.PhysicalMemory;

/**
 * Decoded instructions by physical address, so a loop is decoded once. An entry is valid while its page's
 * write count ({@link PhysicalMemory#version}) is unchanged, which keeps self-modifying code correct.
 * Instructions that cross a page boundary are decoded every time.
 */
final class DecodeCache {

	private static final int SLOTS = 1 << 12;

	private final CpuState cpu;
	private final Mmu mmu;
	private final PhysicalMemory memory;
	private final Decoder decoder = new Decoder();
	private final Instruction[] instructions = new Instruction[SLOTS];
	private final long[] physical = new long[SLOTS];
	private final int[] versions = new int[SLOTS];
	private final int[] bitness = new int[SLOTS];
	private final Instruction uncached = new Instruction();

	DecodeCache(CpuState cpu, Mmu mmu) {
		this.cpu = cpu;
		this.mmu = mmu;
		this.memory = mmu.memory();
		java.util.Arrays.fill(physical, -1);
		for (int i = 0; i < SLOTS; i++) {
			instructions[i] = new Instruction();
		}
	}

	Instruction fetch() {
		Segment cs = cpu.segment(SegmentRegister.CS);
		CpuMode mode = cpu.mode();
		int bits = mode == CpuMode.LONG_64 ? 64 : cs.isDefaultBig() ? 32 : 16;
		long rip = cpu.rip();
		long linear;
		if (mode == CpuMode.LONG_64) {
			linear = rip;
		} else {
			if (rip > cs.limit()) {
				throw CpuFault.withErrorCode(ExceptionVector.GP, 0, String.format("instruction pointer 0x%x is beyond the CS limit", rip));
			}
			linear = (cs.base() + rip) & 0xffffffffL;
		}
		boolean user = cpu.cpl() == 3;
		long address = mmu.translate(linear, Access.EXECUTE, user);
		int slot = (int) (address ^ (address >>> 12)) & (SLOTS - 1);
		if (physical[slot] == address && bitness[slot] == bits && versions[slot] == memory.version(address)) {
			return instructions[slot];
		}
		return decode(linear, address, slot, bits, user);
	}

	private Instruction decode(long linear, long address, int slot, int bits, boolean user) {
		if (address >= memory.size()) {
			decoder.decode(uncached, at -> (int) mmu.read(at, 1, Access.EXECUTE, user), linear, bits);
			return uncached;
		}
		int version = memory.version(address);
		physical[slot] = -1;
		Instruction insn = instructions[slot];
		decoder.decode(insn, at -> (int) mmu.read(at, 1, Access.EXECUTE, user), linear, bits);
		if (((linear & 0xfff) + insn.length()) <= 0x1000) {
			physical[slot] = address;
			versions[slot] = version;
			bitness[slot] = bits;
		}
		return insn;
	}
}
