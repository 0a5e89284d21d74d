package dev.gasket.x86.cpu;

/**
 * An IDT entry decoded (Intel SDM Vol. 3, 6.11 and 6.14.1): the handler's code selector and offset, the gate
 * type, DPL, P and, for the 16-byte gates of IA-32e mode, the interrupt stack table index.
 */
public record GateDescriptor(int selector, long offset, int type, int dpl, boolean present, int ist) {

	private static final int TASK_GATE = 5;

	/** Decodes an 8-byte gate of protected mode. */
	public static GateDescriptor of(long gate) {
		long offset = (gate & 0xffff) | ((gate >>> 48) & 0xffff) << 16;
		return new GateDescriptor((int) (gate >>> 16) & 0xffff, offset, typeOf(gate), dplOf(gate), presentOf(gate), 0);
	}

	/** Decodes a 16-byte IA-32e gate: the second quadword's low half holds offset bits 63:32. */
	public static GateDescriptor of64(long low, long high) {
		GateDescriptor legacy = of(low);
		return new GateDescriptor(legacy.selector, legacy.offset | (high & 0xffffffffL) << 32, legacy.type, legacy.dpl,
				legacy.present, (int) (low >>> 32) & 7);
	}

	private static int typeOf(long gate) {
		return (int) (gate >>> 40) & 0xf;
	}

	private static int dplOf(long gate) {
		return (int) (gate >>> 45) & 3;
	}

	private static boolean presentOf(long gate) {
		return (gate & (1L << 47)) != 0;
	}

	/** E.g. {@code "64-bit interrupt gate"}. */
	public String typeName(boolean ia32e) {
		return SystemDescriptorTypes.name(type, ia32e);
	}

	/** E.g. {@code "64-bit interrupt gate to 0x0008:0xffffffff81000000, DPL 0"}, or {@code "not present"}. */
	public String describe(boolean ia32e) {
		if (!present) {
			return "not present";
		}
		if (type == TASK_GATE && !ia32e) {
			return String.format("task gate to TSS 0x%04x, DPL %d", selector, dpl);
		}
		String text = String.format("%s to 0x%04x:0x%x, DPL %d", typeName(ia32e), selector, offset, dpl);
		return ist == 0 ? text : text + ", IST " + ist;
	}
}
