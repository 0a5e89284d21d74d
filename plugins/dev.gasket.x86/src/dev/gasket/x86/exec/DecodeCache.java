package dev.gasket.x86.exec;

import java.util.HashMap;
import java.util.Map;

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
 * Decoded instructions per physical code page, indexed by page offset, so a loop is decoded once and a fetch
 * from the page last executed is a few array reads. A page's instructions are dropped when its write count
 * ({@link PhysicalMemory#version}) changes, which keeps self-modifying code correct; the linear-to-physical
 * shortcut for the current page holds while the MMU's {@link Mmu#generation()} is unchanged. Instructions that
 * cross a page boundary are decoded every time.
 */
final class DecodeCache {

	private static final int PAGE_SIZE = PhysicalMemory.PAGE_SIZE;
	private static final int MAX_PAGES = 1024;
	private static final long LA57 = 1L << 12;
	private static final Instruction[] NO_BLOCK = new Instruction[0];
	private static final int MAX_BLOCK = 64;

	private final CpuState cpu;
	private final Mmu mmu;
	private final PhysicalMemory memory;
	private final Decoder decoder = new Decoder();
	private final Map<Long, CodePage> pages = new HashMap<>();
	private final Instruction uncached = new Instruction();
	private CodePage current;
	private long currentLinearPage = -1;
	private long currentGeneration;
	private int currentBits;
	private boolean currentUser;
	private long currentCsBase;
	/** The linear address {@link #blockFollowing()} found no block at after checking the page; -1 when none. */
	private long checkedWithoutBlock = -1;

	/** The instructions decoded in one physical page for one code size (16, 32 or 64 bits). */
	private static final class CodePage {
		final long physicalPage;
		final int bits;
		Instruction[] slots = new Instruction[PAGE_SIZE];
		/** Straight-line blocks by start offset, built on first use; {@link #NO_BLOCK} where none is worth it. */
		Instruction[][] blocks;
		int version;

		CodePage(long physicalPage, int bits, int version) {
			this.physicalPage = physicalPage;
			this.bits = bits;
			this.version = version;
		}
	}

	DecodeCache(CpuState cpu, Mmu mmu) {
		this.cpu = cpu;
		this.mmu = mmu;
		this.memory = mmu.memory();
	}

	Instruction fetch() {
		checkedWithoutBlock = -1;
		Segment cs = cpu.segment(SegmentRegister.CS);
		CpuMode mode = cpu.mode();
		int bits = mode == CpuMode.LONG_64 ? 64 : cs.isDefaultBig() ? 32 : 16;
		long rip = cpu.rip();
		long linear;
		if (mode == CpuMode.LONG_64) {
			linear = rip;
			int unusedBits = (cpu.cr4() & LA57) != 0 ? 7 : 16;
			if ((rip << unusedBits >> unusedBits) != rip) {
				throw CpuFault.withErrorCode(ExceptionVector.GP, 0, String.format("instruction pointer 0x%x is not canonical", rip));
			}
		} else {
			if (rip > cs.limit()) {
				throw CpuFault.withErrorCode(ExceptionVector.GP, 0, String.format("instruction pointer 0x%x is beyond the CS limit", rip));
			}
			linear = (cs.base() + rip) & 0xffffffffL;
		}
		boolean user = cpu.cpl() == 3;
		if (bits == currentBits && user == currentUser && onCurrentPage(linear)) {
			Instruction insn = current.slots[(int) linear & (PAGE_SIZE - 1)];
			if (insn != null) {
				return insn;
			}
		}
		return fetchSlow(linear, bits, user);
	}

	/** CS base + RIP (RIP in 64-bit mode) for the current page's mode, valid while {@link #fetchFollowing()} is. */
	long linearRip() {
		return currentBits == 64 ? cpu.rip() : (currentCsBase + cpu.rip()) & 0xffffffffL;
	}

	/** Whether {@code linear} lies on the current code page and that page's mapping and contents are unchanged. */
	private boolean onCurrentPage(long linear) {
		CodePage page = current;
		return page != null && linear >>> 12 == currentLinearPage && mmu.generation() == currentGeneration
				&& page.version == memory.version(page.physicalPage << 12);
	}

	/**
	 * The instruction at RIP right after one that was not a system instruction, so neither mode, CS nor CPL changed:
	 * only the page's mapping and contents need checking again.
	 */
	Instruction fetchFollowing() {
		long linear = linearRip();
		boolean checked = linear == checkedWithoutBlock;
		checkedWithoutBlock = -1;
		if (checked || onCurrentPage(linear)) {
			Instruction insn = current.slots[(int) linear & (PAGE_SIZE - 1)];
			if (insn != null) {
				return insn;
			}
		}
		return fetch();
	}

	private Instruction fetchSlow(long linear, int bits, boolean user) {
		long generation = mmu.generation();
		long address = mmu.translate(linear, Access.EXECUTE, user);
		if (address >= memory.size() || (linear & (PAGE_SIZE - 1)) > PAGE_SIZE - Instruction.MAX_LENGTH && crossesPage(linear, bits, user)) {
			return uncached;
		}
		CodePage page = page(address >>> 12, bits);
		current = page;
		currentLinearPage = linear >>> 12;
		currentBits = bits;
		currentUser = user;
		currentCsBase = cpu.segment(SegmentRegister.CS).base();
		currentGeneration = mmu.generation() == generation ? generation : -1;
		int offset = (int) address & (PAGE_SIZE - 1);
		Instruction insn = page.slots[offset];
		if (insn == null) {
			insn = new Instruction();
			decoder.decode(insn, at -> (int) mmu.read(at, 1, Access.EXECUTE, user), linear, bits);
			page.slots[offset] = insn;
		}
		return insn;
	}

	/**
	 * The straight-line block at RIP on the current page (see {@link Interpreter}): two or more fast-route
	 * instructions, the last possibly a relative jump; null where there is none. Checked like {@link #fetchFollowing()}.
	 */
	Instruction[] blockFollowing() {
		long linear = linearRip();
		if (!onCurrentPage(linear)) {
			return null;
		}
		CodePage page = current;
		if (page.blocks == null) {
			page.blocks = new Instruction[PAGE_SIZE][];
		}
		int offset = (int) linear & (PAGE_SIZE - 1);
		Instruction[] block = page.blocks[offset];
		if (block == null) {
			block = buildBlock(page, linear);
			page.blocks[offset] = block;
		}
		if (block == NO_BLOCK) {
			checkedWithoutBlock = linear;
			return null;
		}
		return block;
	}

	private Instruction[] buildBlock(CodePage page, long linear) {
		java.util.List<Instruction> block = new java.util.ArrayList<>();
		long at = linear;
		while (block.size() < MAX_BLOCK && (at & (PAGE_SIZE - 1)) <= PAGE_SIZE - Instruction.MAX_LENGTH) {
			Instruction insn = page.slots[(int) at & (PAGE_SIZE - 1)];
			if (insn == null) {
				insn = new Instruction();
				try {
					decoder.decode(insn, address -> (int) mmu.read(address, 1, Access.EXECUTE, currentUser), at, page.bits);
				} catch (CpuFault undecodable) {
					break;
				}
				page.slots[(int) at & (PAGE_SIZE - 1)] = insn;
			}
			if (insn.route() == FastPath.UNROUTED) {
				insn.setRoute(FastPath.route(insn));
			}
			if (!FastPath.isFast(insn.route())) {
				break;
			}
			block.add(insn);
			if (FastPath.isBranch(insn.route())) {
				break;
			}
			at += insn.length();
		}
		return block.size() < 2 ? NO_BLOCK : block.toArray(Instruction[]::new);
	}

	/** Decodes into the uncached instance; true if the instruction runs into the next page. */
	private boolean crossesPage(long linear, int bits, boolean user) {
		decoder.decode(uncached, at -> (int) mmu.read(at, 1, Access.EXECUTE, user), linear, bits);
		return (linear & (PAGE_SIZE - 1)) + uncached.length() > PAGE_SIZE;
	}

	private CodePage page(long physicalPage, int bits) {
		long key = physicalPage << 2 | bits >> 5;
		int version = memory.version(physicalPage << 12);
		CodePage page = pages.get(key);
		if (page == null) {
			if (pages.size() >= MAX_PAGES) {
				pages.clear();
			}
			page = new CodePage(physicalPage, bits, version);
			pages.put(key, page);
		} else if (page.version != version) {
			page.slots = new Instruction[PAGE_SIZE];
			page.blocks = null;
			page.version = version;
		}
		return page;
	}
}
