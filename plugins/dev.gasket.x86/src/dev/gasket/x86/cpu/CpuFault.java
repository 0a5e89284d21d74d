package dev.gasket.x86.cpu;

/**
 * An exception the emulated CPU raises while executing an instruction, e.g. #GP(0) or #PF.
 * It travels as a Java exception only inside the emulator, which delivers it through the IDT;
 * it never escapes to the emulator's caller.
 */
public final class CpuFault extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ExceptionVector vector;
	private final int errorCode;
	private final long faultingAddress;

	private CpuFault(ExceptionVector vector, int errorCode, long faultingAddress, String detail) {
		super(detail, null, false, false);
		this.vector = vector;
		this.errorCode = errorCode;
		this.faultingAddress = faultingAddress;
	}

	/** A fault with error code 0 (or none, for vectors that push none). */
	public static CpuFault of(ExceptionVector vector, String detail) {
		return new CpuFault(vector, 0, 0, detail);
	}

	public static CpuFault withErrorCode(ExceptionVector vector, int errorCode, String detail) {
		return new CpuFault(vector, errorCode, 0, detail);
	}

	/** A page fault: {@code linearAddress} goes to CR2, {@code errorCode} as in SDM Vol. 3, 4.7. */
	public static CpuFault pageFault(long linearAddress, int errorCode, String detail) {
		return new CpuFault(ExceptionVector.PF, errorCode, linearAddress, detail);
	}

	public ExceptionVector vector() {
		return vector;
	}

	public int errorCode() {
		return errorCode;
	}

	/** For #PF, the linear address that faulted (the value loaded into CR2). */
	public long faultingAddress() {
		return faultingAddress;
	}

	/** E.g. {@code #GP(0x10): segment not present} for reports and the debugger. */
	@Override
	public String getMessage() {
		String code = vector.pushesErrorCode() ? "(0x" + Integer.toHexString(errorCode) + ")" : "";
		String detail = super.getMessage();
		return vector.mnemonic() + code + (detail == null || detail.isEmpty() ? "" : ": " + detail);
	}
}
