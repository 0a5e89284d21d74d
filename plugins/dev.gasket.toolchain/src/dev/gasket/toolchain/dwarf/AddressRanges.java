package dev.gasket.toolchain.dwarf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Half-open address ranges with a value each, looked up by address. Addresses compare unsigned (kernel addresses
 * have the top bit set). Ranges may overlap (sequences of discarded sections often all start at 0); then the range
 * that starts last wins.
 */
final class AddressRanges<T> {

	private record Range<T>(long start, long end, T value) {
	}

	private final List<Range<T>> ranges;
	/** {@code maximumEnd[i]} is the greatest end of ranges 0..i, so a lookup knows when to stop looking back. */
	private final long[] maximumEnd;

	private AddressRanges(List<Range<T>> ranges) {
		this.ranges = ranges;
		maximumEnd = new long[ranges.size()];
		long maximum = 0;
		for (int i = 0; i < ranges.size(); i++) {
			if (Long.compareUnsigned(ranges.get(i).end(), maximum) > 0) {
				maximum = ranges.get(i).end();
			}
			maximumEnd[i] = maximum;
		}
	}

	/** Collects ranges; empty ones are dropped. */
	static final class Builder<T> {

		private final List<Range<T>> ranges = new ArrayList<>();

		void add(long start, long end, T value) {
			if (Long.compareUnsigned(start, end) < 0) {
				ranges.add(new Range<>(start, end, value));
			}
		}

		AddressRanges<T> build() {
			// a stable sort keeps later sequences after earlier ones at the same start
			ranges.sort((a, b) -> Long.compareUnsigned(a.start(), b.start()));
			return new AddressRanges<>(List.copyOf(ranges));
		}
	}

	/** The value of the range containing {@code address}. */
	Optional<T> at(long address) {
		int low = 0;
		int high = ranges.size() - 1;
		int candidate = -1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (Long.compareUnsigned(ranges.get(middle).start(), address) <= 0) {
				candidate = middle;
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		for (int i = candidate; i >= 0 && Long.compareUnsigned(maximumEnd[i], address) > 0; i--) {
			if (Long.compareUnsigned(ranges.get(i).end(), address) > 0) {
				return Optional.of(ranges.get(i).value());
			}
		}
		return Optional.empty();
	}
}
