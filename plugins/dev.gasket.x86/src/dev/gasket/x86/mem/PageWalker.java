package dev.gasket.x86.mem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Walks the paging structures of one {@link PagingFormat} and checks an access against the combined rights (Intel SDM
 * Vol. 3, 4.6). The outcome of the last walk stays in reusable arrays so that a TLB miss allocates nothing; A/D bits
 * are only written by {@link #commit}, so a walk alone never changes memory.
 */
final class PageWalker {

	private static final int MAX_LEVELS = 5;

	private final PhysicalBus bus;
	private PagingFormat format;
	private boolean writeProtect;
	private boolean reportsFetches;

	private int depth;
	private final PageLevel[] stepLevels = new PageLevel[MAX_LEVELS];
	private final String[] stepNames = new String[MAX_LEVELS];
	private final int[] stepIndexes = new int[MAX_LEVELS];
	private final long[] entryAddresses = new long[MAX_LEVELS];
	private final long[] entries = new long[MAX_LEVELS];
	private boolean endsInLeaf;
	private boolean largePage;
	private long physical;
	/** The first entry of the walk that denies writes, user access or fetches, or null. */
	private String readOnlyAt;
	private String supervisorAt;
	private String noExecuteAt;
	private String failure;
	private int errorCode;

	PageWalker(PhysicalBus bus) {
		this.bus = bus;
	}

	/**
	 * @param reportsFetches whether the error code's I/D bit is reported (CR4.PAE and EFER.NXE both set)
	 */
	void configure(PagingFormat format, boolean writeProtect, boolean reportsFetches) {
		this.format = format;
		this.writeProtect = writeProtect;
		this.reportsFetches = reportsFetches;
	}

	/** Walks the tables for {@code linear} and checks the access; returns false if it would raise #PF. */
	boolean walk(long linear, Access access, boolean user) {
		depth = 0;
		endsInLeaf = false;
		largePage = false;
		readOnlyAt = supervisorAt = noExecuteAt = failure = null;
		PageLevel[] path = format.levels;
		long table = format.root;
		for (int i = 0;; i++) {
			PageLevel level = path[i];
			int index = level.index(linear);
			long address = table + (long) index * format.entrySize;
			long entry = bus.read(address, format.entrySize);
			boolean large = level.mapsLargePages() && (entry & PageEntry.PAGE_SIZE) != 0;
			record(level, large ? level.largeName() : level.name(), index, address, entry);
			if ((entry & PageEntry.PRESENT) == 0) {
				return fail(level.name() + " not present", 0, access, user);
			}
			long reserved = entry & (large ? level.largeReserved() : level.reserved());
			if (reserved != 0) {
				return fail(String.format("reserved bits 0x%x set in %s", reserved, stepNames[i]),
						PageFaultErrorCode.PROTECTION | PageFaultErrorCode.RESERVED_BIT, access, user);
			}
			if (level.hasAccessRights()) {
				restrictRights(entry, stepNames[i]);
			}
			if (large || i == path.length - 1) {
				endsInLeaf = true;
				largePage = large;
				physical = format.frame(level, entry, large) | (linear & (level.coverage() - 1));
				return checkRights(access, user);
			}
			table = entry & format.frameMask;
		}
	}

	private void record(PageLevel level, String name, int index, long address, long entry) {
		stepLevels[depth] = level;
		stepNames[depth] = name;
		stepIndexes[depth] = index;
		entryAddresses[depth] = address;
		entries[depth] = entry;
		depth++;
	}

	private void restrictRights(long entry, String name) {
		if ((entry & PageEntry.WRITABLE) == 0 && readOnlyAt == null) {
			readOnlyAt = name;
		}
		if ((entry & PageEntry.USER) == 0 && supervisorAt == null) {
			supervisorAt = name;
		}
		// Bit 63 is only reached here with NXE=1; otherwise it is reserved and has already faulted.
		if ((entry & PageEntry.NO_EXECUTE) != 0 && noExecuteAt == null) {
			noExecuteAt = name;
		}
	}

	private boolean checkRights(Access access, boolean user) {
		if (user && supervisorAt != null) {
			return fail("user access to supervisor page (U/S=0 in " + supervisorAt + ")",
					PageFaultErrorCode.PROTECTION, access, user);
		}
		if (access == Access.WRITE && readOnlyAt != null && (user || writeProtect)) {
			return fail("write to read-only page (R/W=0 in " + readOnlyAt + ")",
					PageFaultErrorCode.PROTECTION, access, user);
		}
		if (access == Access.EXECUTE && noExecuteAt != null) {
			return fail("instruction fetch from no-execute page (XD=1 in " + noExecuteAt + ")",
					PageFaultErrorCode.PROTECTION, access, user);
		}
		return true;
	}

	private boolean fail(String reason, int causeBits, Access access, boolean user) {
		failure = reason;
		errorCode = causeBits
				| (access == Access.WRITE ? PageFaultErrorCode.WRITE : 0)
				| (user ? PageFaultErrorCode.USER : 0)
				| (access == Access.EXECUTE && reportsFetches ? PageFaultErrorCode.FETCH : 0);
		return false;
	}

	/** After a successful walk: sets A in every entry used and, for a write, D in the leaf (SDM 4.8). */
	void commit(boolean write) {
		for (int i = 0; i < depth; i++) {
			if (!stepLevels[i].hasAccessRights()) {
				continue;
			}
			long wanted = PageEntry.ACCESSED | (write && i == depth - 1 ? PageEntry.DIRTY : 0);
			if ((entries[i] & wanted) != wanted) {
				entries[i] |= wanted;
				// A and D live in the low byte; writing only it leaves the rest of the entry untouched.
				bus.write(entryAddresses[i], 1, entries[i]);
			}
		}
	}

	long physical() {
		return physical;
	}

	boolean largePage() {
		return largePage;
	}

	boolean dirty() {
		return (entries[depth - 1] & PageEntry.DIRTY) != 0;
	}

	boolean allowsRead(boolean user) {
		return !user || supervisorAt == null;
	}

	boolean allowsWrite(boolean user) {
		return allowsRead(user) && (readOnlyAt == null || !user && !writeProtect);
	}

	boolean allowsExecute(boolean user) {
		return allowsRead(user) && noExecuteAt == null;
	}

	String failure() {
		return failure;
	}

	int errorCode() {
		return errorCode;
	}

	/** The last walk as the debugger sees it. */
	PageWalk toPageWalk(long linear) {
		List<PageWalk.Step> steps = new ArrayList<>(depth);
		for (int i = 0; i < depth; i++) {
			steps.add(new PageWalk.Step(stepNames[i], stepIndexes[i], entryAddresses[i], entries[i], flagNames(i)));
		}
		boolean failed = failure != null;
		return new PageWalk(linear, format.mode, steps,
				failed ? OptionalLong.empty() : OptionalLong.of(physical),
				Optional.ofNullable(failure),
				failed ? OptionalInt.of(errorCode) : OptionalInt.empty());
	}

	/** The named flags of step {@code i} that exist in its entry format and are set. */
	private List<String> flagNames(int i) {
		PageLevel level = stepLevels[i];
		long entry = entries[i];
		boolean rights = level.hasAccessRights();
		boolean leaf = endsInLeaf && i == depth - 1;
		boolean lastLevel = level == format.levels[format.levels.length - 1];
		List<String> names = new ArrayList<>();
		addIf(names, "P", true, entry, PageEntry.PRESENT);
		addIf(names, "RW", rights, entry, PageEntry.WRITABLE);
		addIf(names, "US", rights, entry, PageEntry.USER);
		addIf(names, "A", rights, entry, PageEntry.ACCESSED);
		addIf(names, "D", rights && leaf, entry, PageEntry.DIRTY);
		addIf(names, "PS", rights && !lastLevel, entry, PageEntry.PAGE_SIZE);
		addIf(names, "G", rights && leaf, entry, PageEntry.GLOBAL);
		addIf(names, "NX", rights && format.entrySize == 8, entry, PageEntry.NO_EXECUTE);
		return names;
	}

	private static void addIf(List<String> names, String name, boolean exists, long entry, long mask) {
		if (exists && (entry & mask) != 0) {
			names.add(name);
		}
	}
}
