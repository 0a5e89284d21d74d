package dev.gasket.x86.mem;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How a linear address is translated, entry by entry, for a debugger's page-walk view.
 *
 * @param linear    the linear address walked (truncated to 32 bits in the 32-bit paging modes)
 * @param mode      the paging mode of the walk
 * @param steps     the entries read, from the top-level table down to the one that mapped the page or failed
 * @param physical  the translated physical address, empty if the walk fails
 * @param failure   why the walk fails, e.g. {@code "PDE not present"}
 * @param errorCode the #PF error code the failing access would raise
 */
public record PageWalk(long linear, PagingMode mode, List<Step> steps, OptionalLong physical, Optional<String> failure,
		OptionalInt errorCode) {

	public PageWalk {
		steps = List.copyOf(steps);
	}

	/**
	 * One paging-structure entry used by the walk.
	 *
	 * @param level        the SDM's entry name, e.g. {@code "PML4E"} or {@code "PDE (2 MiB)"} for a large page
	 * @param index        the entry's index in its table
	 * @param entryAddress the physical address of the entry
	 * @param entry        the entry's value
	 * @param flags        the set flags among P, RW, US, A, D, PS, G and NX that the entry's format has
	 */
	public record Step(String level, int index, long entryAddress, long entry, List<String> flags) {

		public Step {
			flags = List.copyOf(flags);
		}

		/** E.g. {@code PDE[3] @0x2018 = 0x0000000000003027  P RW US A}. */
		@Override
		public String toString() {
			return String.format("%s[%d] @0x%x = 0x%016x  %s", level, index, entryAddress, entry, String.join(" ", flags));
		}
	}

	/** Without paging the physical address is the linear one. */
	static PageWalk withoutPaging(long linear) {
		return new PageWalk(linear, PagingMode.NONE, List.of(), OptionalLong.of(linear), Optional.empty(),
				OptionalInt.empty());
	}

	public boolean faulted() {
		return failure.isPresent();
	}

	/** A multi-line account: the address and mode, one line per entry, then the outcome. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		String heading = mode == PagingMode.NONE ? "paging off" : mode.label() + " paging";
		text.append(String.format("%s, linear 0x%x%n", heading, linear));
		for (Step step : steps) {
			text.append("  ").append(step).append(System.lineSeparator());
		}
		if (failure.isPresent()) {
			int code = errorCode.orElseThrow();
			text.append(String.format("  -> #PF(0x%x) [%s]: %s", code, PageFaultErrorCode.describe(code), failure.get()));
		} else {
			text.append(String.format("  -> physical 0x%x", physical.orElseThrow()));
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return describe();
	}
}
