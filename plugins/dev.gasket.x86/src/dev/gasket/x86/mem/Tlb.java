package dev.gasket.x86.mem;

import java.util.Arrays;

/**
 * A direct-mapped TLB of 4 KiB linear pages, one half for supervisor and one for user accesses. A slot answers an
 * access kind only if that kind is allowed, so a hit needs no rights check; writes hit only once the leaf entry's
 * dirty bit is known to be set, so the first write through a clean entry walks again to set D. Large pages are
 * cached per 4 KiB piece.
 */
final class Tlb {

	static final long MISS = -1;
	private static final int SLOTS_PER_HALF = 512;
	private static final int INDEX_MASK = SLOTS_PER_HALF - 1;

	/** Per access kind (by ordinal), the linear page number each slot answers, or {@link #MISS}. */
	private final long[][] tags = new long[Access.values().length][2 * SLOTS_PER_HALF];
	private final long[] frames = new long[2 * SLOTS_PER_HALF];
	/** Whether a cached page came from a large page, which INVLPG must invalidate as a whole. */
	private boolean holdsLargePages;

	Tlb() {
		flush();
	}

	/** The physical base of {@code page}'s frame if cached for this access, else {@link #MISS}. */
	long frame(long page, Access access, boolean user) {
		int slot = slot(page, user);
		return tags[access.ordinal()][slot] == page ? frames[slot] : MISS;
	}

	void fill(long page, boolean user, long frame, boolean readable, boolean writable, boolean executable,
			boolean fromLargePage) {
		int slot = slot(page, user);
		frames[slot] = frame;
		tags[Access.READ.ordinal()][slot] = readable ? page : MISS;
		tags[Access.WRITE.ordinal()][slot] = writable ? page : MISS;
		tags[Access.EXECUTE.ordinal()][slot] = executable ? page : MISS;
		holdsLargePages |= fromLargePage;
	}

	/** Drops {@code page} for both privileges; everything if a large page might cover it. */
	void invalidate(long page) {
		if (holdsLargePages) {
			flush();
			return;
		}
		clear(slot(page, false));
		clear(slot(page, true));
	}

	private void clear(int slot) {
		for (long[] kind : tags) {
			kind[slot] = MISS;
		}
	}

	void flush() {
		for (long[] kind : tags) {
			Arrays.fill(kind, MISS);
		}
		holdsLargePages = false;
	}

	/** Folds higher page-number bits in, so that pages a multiple of 2 MiB apart (a copy's source and destination) don't collide. */
	private static int slot(long page, boolean user) {
		return ((int) (page ^ (page >>> 9) ^ (page >>> 18)) & INDEX_MASK) | (user ? SLOTS_PER_HALF : 0);
	}
}
