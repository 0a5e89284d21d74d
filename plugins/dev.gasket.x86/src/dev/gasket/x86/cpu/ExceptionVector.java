package dev.gasket.x86.cpu;

/** The architectural exceptions (Intel SDM Vol. 3, 6.3.1) with their mnemonics and vectors. */
public enum ExceptionVector {
	DE(0, "divide error", false),
	DB(1, "debug", false),
	NMI(2, "non-maskable interrupt", false),
	BP(3, "breakpoint", false),
	OF(4, "overflow", false),
	BR(5, "bound range exceeded", false),
	UD(6, "invalid opcode", false),
	NM(7, "device not available", false),
	DF(8, "double fault", true),
	TS(10, "invalid TSS", true),
	NP(11, "segment not present", true),
	SS(12, "stack-segment fault", true),
	GP(13, "general protection", true),
	PF(14, "page fault", true),
	MF(16, "x87 floating-point error", false),
	AC(17, "alignment check", true),
	MC(18, "machine check", false),
	XM(19, "SIMD floating-point exception", false);

	private final int vector;
	private final String description;
	private final boolean pushesErrorCode;

	ExceptionVector(int vector, String description, boolean pushesErrorCode) {
		this.vector = vector;
		this.description = description;
		this.pushesErrorCode = pushesErrorCode;
	}

	public int vector() {
		return vector;
	}

	/** The SDM's mnemonic, e.g. {@code #PF}. */
	public String mnemonic() {
		return NMI == this ? "NMI" : "#" + name();
	}

	public String description() {
		return description;
	}

	/** Whether delivery pushes an error code (in protected and long mode). */
	public boolean pushesErrorCode() {
		return pushesErrorCode;
	}

	/** Contributory exceptions turn a second contributory fault or a page fault into #DF (SDM Vol. 3, Table 6-5). */
	public boolean isContributory() {
		return this == DE || this == TS || this == NP || this == SS || this == GP;
	}

	public static ExceptionVector of(int vector) {
		for (ExceptionVector candidate : values()) {
			if (candidate.vector == vector) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("no architectural exception has vector " + vector);
	}
}
