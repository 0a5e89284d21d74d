package dev.gasket.x86.mem;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuFault;

/**
 * Linear-to-physical translation with the paging modes of Intel SDM Vol. 3, chapter 4, in front of a
 * {@link PhysicalMemory}.
 * <p>
 * Simplifications, all invisible to correctly written software: PAE PDPTEs are read from memory at each walk instead
 * of being loaded at MOV to CR3 (so a PDPTE with reserved bits raises #PF with RSVD at use, not #GP at the CR3 load);
 * PCIDs, protection keys, SMEP and SMAP are not modelled; every flush also drops global pages; the linear address is
 * not checked for canonical form (the CPU raises #GP/#SS before asking). Physical addresses beyond the memory read as
 * all ones and ignore writes; a paging-structure entry read from there is therefore all ones, which sets reserved bits
 * and raises #PF with RSVD in most formats, and otherwise maps a page beyond memory.
 * <p>
 * MAXPHYADDR is {@value #DEFAULT_MAX_PHYSICAL_ADDRESS_BITS} unless given; entry bits from MAXPHYADDR up to bit 51 are
 * reserved.
 * <p>
 * Not thread-safe: one CPU thread drives it. {@link #walk} has its own scratch state and only reads memory, so a
 * debugger may call it while the CPU is stopped without disturbing the CPU's next translation.
 */
public final class Mmu {

	public static final int DEFAULT_MAX_PHYSICAL_ADDRESS_BITS = 52;

	private static final int PAGE_SIZE = 4096;
	private static final int OFFSET_MASK = PAGE_SIZE - 1;
	private static final long LOW_32_BITS = 0xFFFF_FFFFL;
	private static final long CR0_PAGING_BITS = ControlRegister.CR0.mask("PG") | ControlRegister.CR0.mask("WP");
	private static final long CR4_PAGING_BITS = ControlRegister.CR4.mask("PSE") | ControlRegister.CR4.mask("PAE")
			| ControlRegister.CR4.mask("PGE") | ControlRegister.CR4.mask("LA57");
	private static final long EFER_PAGING_BITS = ControlRegister.EFER.mask("LME") | ControlRegister.EFER.mask("NXE");

	private final PhysicalMemory memory;
	private final PhysicalBus bus;
	private final int maxPhysicalAddressBits;
	private final PageWalker walker;
	/** Separate scratch state, so a debugger's walk cannot disturb a translation in progress. */
	private final PageWalker debugWalker;
	private final Tlb tlb = new Tlb();
	private long cr0;
	private long cr3;
	private long cr4;
	private long efer;
	private PagingMode mode = PagingMode.NONE;
	/** Counts mapping changes (TLB flushes and invalidations); caches keyed by linear address compare it. */
	private long generation;
	private long linearMask = LOW_32_BITS;

	public Mmu(PhysicalMemory memory) {
		this(memory, DEFAULT_MAX_PHYSICAL_ADDRESS_BITS);
	}

	/**
	 * @param maxPhysicalAddressBits MAXPHYADDR, 32 to 52, as CPUID leaf 0x80000008 would report it
	 */
	public Mmu(PhysicalMemory memory, int maxPhysicalAddressBits) {
		if (maxPhysicalAddressBits < 32 || maxPhysicalAddressBits > 52) {
			throw new IllegalArgumentException("MAXPHYADDR must be 32 to 52 bits, not " + maxPhysicalAddressBits);
		}
		this.memory = memory;
		this.bus = new PhysicalBus(memory);
		this.maxPhysicalAddressBits = maxPhysicalAddressBits;
		this.walker = new PageWalker(bus);
		this.debugWalker = new PageWalker(bus);
	}

	public PhysicalMemory memory() {
		return memory;
	}

	public int maxPhysicalAddressBits() {
		return maxPhysicalAddressBits;
	}

	/**
	 * Called by the CPU whenever CR0, CR3, CR4 or EFER change; flushes the TLB when the change requires it (SDM
	 * 4.10.4): a new CR3, or a change of CR0.PG/WP, CR4.PSE/PAE/PGE/LA57 or EFER.LME/NXE. A call that changes nothing is
	 * taken as a MOV to CR3 with its current value and flushes too, as that instruction must.
	 */
	public void setControl(long cr0, long cr3, long cr4, long efer) {
		boolean pagingBitsChanged = ((cr0 ^ this.cr0) & CR0_PAGING_BITS) != 0
				|| ((cr4 ^ this.cr4) & CR4_PAGING_BITS) != 0
				|| ((efer ^ this.efer) & EFER_PAGING_BITS) != 0;
		boolean onlyCr3Written = cr0 == this.cr0 && cr4 == this.cr4 && efer == this.efer;
		if (pagingBitsChanged || cr3 != this.cr3 || onlyCr3Written) {
			tlb.flush();
			generation++;
		}
		this.cr0 = cr0;
		this.cr3 = cr3;
		this.cr4 = cr4;
		this.efer = efer;
		mode = PagingMode.of(cr0, cr4, efer);
		// Upper bits of IA-32e addresses stay: they are canonical, and CR2 reports them.
		linearMask = mode.linearAddressBits() == 32 ? LOW_32_BITS : -1L;
		if (mode != PagingMode.NONE) {
			boolean nxe = (efer & ControlRegister.EFER.mask("NXE")) != 0;
			boolean pse = (cr4 & ControlRegister.CR4.mask("PSE")) != 0;
			PagingFormat format = PagingFormat.of(mode, cr3, pse, nxe, maxPhysicalAddressBits);
			boolean writeProtect = (cr0 & ControlRegister.CR0.mask("WP")) != 0;
			boolean reportsFetches = nxe && mode != PagingMode.BITS_32;
			walker.configure(format, writeProtect, reportsFetches);
			debugWalker.configure(format, writeProtect, reportsFetches);
		}
	}

	public PagingMode mode() {
		return mode;
	}

	/**
	 * Linear -> physical for one byte's page; sets accessed/dirty bits; throws CpuFault #PF (CR2 value = linear) with
	 * the SDM error code. Without paging the linear address is truncated to 32 bits.
	 */
	public long translate(long linear, Access access, boolean user) {
		if (mode == PagingMode.NONE) {
			return linear & LOW_32_BITS;
		}
		long address = linear & linearMask;
		long page = address >>> 12;
		long frame = tlb.frame(page, access, user);
		if (frame != Tlb.MISS) {
			return frame | (address & OFFSET_MASK);
		}
		return translateByWalk(address, page, access, user);
	}

	private long translateByWalk(long address, long page, Access access, boolean user) {
		if (!walker.walk(address, access, user)) {
			// A page fault invalidates the TLB entries for the faulting address (SDM 4.10.4.1).
			tlb.invalidate(page);
			generation++;
			throw CpuFault.pageFault(address, walker.errorCode(),
					String.format("%s at 0x%x", walker.failure(), address));
		}
		walker.commit(access == Access.WRITE);
		long physical = walker.physical();
		tlb.fill(page, user, physical & ~OFFSET_MASK, walker.allowsRead(user),
				walker.allowsWrite(user) && walker.dirty(), walker.allowsExecute(user), walker.largePage());
		return physical;
	}

	/**
	 * Multi-byte little-endian read of 1, 2, 4 or 8 bytes at a linear address, zero-extended. Across a page boundary
	 * both pages are translated (the first one first) before anything is read; a fault on the second page reports the
	 * start of that page.
	 *
	 * @param access {@link Access#READ} or {@link Access#EXECUTE}
	 */
	public long read(long linear, int size, Access access, boolean user) {
		requireSize(size);
		if (access == Access.WRITE) {
			throw new IllegalArgumentException("read() takes READ or EXECUTE access; writes go through write()");
		}
		int offset = (int) linear & OFFSET_MASK;
		if (offset + size <= PAGE_SIZE) {
			return bus.read(translate(linear, access, user), size);
		}
		int firstPart = PAGE_SIZE - offset;
		long first = translate(linear, access, user);
		long second = translate(linear + firstPart, access, user);
		return bus.readBytes(first, firstPart) | bus.readBytes(second, size - firstPart) << (8 * firstPart);
	}

	/**
	 * Multi-byte little-endian write of the low 1, 2, 4 or 8 bytes of {@code value}. Across a page boundary both pages
	 * are translated (and may fault) before anything is written. When the second page faults, the first page's A/D
	 * bits may already be set, as the SDM allows.
	 */
	public void write(long linear, int size, long value, boolean user) {
		requireSize(size);
		int offset = (int) linear & OFFSET_MASK;
		if (offset + size <= PAGE_SIZE) {
			bus.write(translate(linear, Access.WRITE, user), size, value);
			return;
		}
		int firstPart = PAGE_SIZE - offset;
		long first = translate(linear, Access.WRITE, user);
		long second = translate(linear + firstPart, Access.WRITE, user);
		bus.writeBytes(first, firstPart, value);
		bus.writeBytes(second, size - firstPart, value >>> (8 * firstPart));
	}

	/**
	 * The page walk for a linear address without side effects (no A/D updates, no TLB fill) for a debugger's page-walk
	 * view. It fails only where every access would (not present, reserved bits); the error code is that of a
	 * supervisor read.
	 */
	public PageWalk walk(long linear) {
		return walk(linear, Access.READ, false);
	}

	/** Like {@link #walk(long)}, and also checks the rights of the given access as {@link #translate} would. */
	public PageWalk walk(long linear, Access access, boolean user) {
		long address = linear & linearMask;
		if (mode == PagingMode.NONE) {
			return PageWalk.withoutPaging(address);
		}
		debugWalker.walk(address, access, user);
		return debugWalker.toPageWalk(address);
	}

	/** INVLPG: drops the cached translation of the page holding {@code linear} (all of the TLB if large pages are cached). */
	public void invalidate(long linear) {
		tlb.invalidate((linear & linearMask) >>> 12);
		generation++;
	}

	/** Drops every cached translation, global pages included. */
	public void flush() {
		tlb.flush();
		generation++;
	}

	/** Changes whenever a translation may have changed: linear-address caches are valid while it is equal. */
	public long generation() {
		return generation;
	}

	private static void requireSize(int size) {
		if (size != 1 && size != 2 && size != 4 && size != 8) {
			throw new IllegalArgumentException("access size must be 1, 2, 4 or 8 bytes, not " + size);
		}
	}
}
