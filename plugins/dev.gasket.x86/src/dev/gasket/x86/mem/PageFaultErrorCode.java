package dev.gasket.x86.mem;

import java.util.ArrayList;
import java.util.List;

/** The bits of the page-fault error code (Intel SDM Vol. 3, 4.7) that this MMU produces. */
public final class PageFaultErrorCode {

	/** Set for a protection or reserved-bit violation, clear for a not-present page. */
	public static final int PROTECTION = 1 << 0;
	public static final int WRITE = 1 << 1;
	public static final int USER = 1 << 2;
	public static final int RESERVED_BIT = 1 << 3;
	/** Instruction fetch; reported only when EFER.NXE and CR4.PAE are both set. */
	public static final int FETCH = 1 << 4;

	private PageFaultErrorCode() {
	}

	/** E.g. {@code "protection, write, user"} or {@code "not present, read, supervisor"}. */
	public static String describe(int errorCode) {
		List<String> parts = new ArrayList<>();
		parts.add((errorCode & PROTECTION) != 0 ? "protection" : "not present");
		if ((errorCode & RESERVED_BIT) != 0) {
			parts.add("reserved bit");
		}
		if ((errorCode & FETCH) != 0) {
			parts.add("fetch");
		} else {
			parts.add((errorCode & WRITE) != 0 ? "write" : "read");
		}
		parts.add((errorCode & USER) != 0 ? "user" : "supervisor");
		return String.join(", ", parts);
	}
}
