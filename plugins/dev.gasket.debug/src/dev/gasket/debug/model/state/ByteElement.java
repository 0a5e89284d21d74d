package dev.gasket.debug.model.state;

import org.eclipse.debug.core.DebugException;

/** One byte of a data symbol shown as an array, e.g. {@code tr_gdt[3]}; written at its linear address. */
final class ByteElement extends StateVariable {

	private final DataSymbolVariable symbol;
	private final int index;

	ByteElement(DataSymbolVariable symbol, int index) {
		super(symbol.context, symbol.key() + "[" + index + "]", "[" + index + "]");
		this.symbol = symbol;
		this.index = index;
	}

	@Override
	String text(MachineSample sample) {
		return sample.readValue(symbol.address() + index, 1).stream().mapToObj(value -> Hex.of(value, 1)).findFirst()
				.orElse("unreadable");
	}

	@Override
	public String getReferenceTypeName() {
		return "uint8";
	}

	@Override
	public boolean supportsValueModification() {
		return true;
	}

	@Override
	void write(String expression) throws DebugException {
		long value = context.evaluate(expression);
		if (value < -0x80 || value > 0xff) {
			throw StateContext.failure(getName() + " is one byte; " + value + " does not fit", null);
		}
		try {
			LinearMemory.write(context.live().machine(), symbol.address() + index, new byte[] { (byte) value });
		} catch (IllegalArgumentException unmapped) {
			throw StateContext.failure(unmapped.getMessage(), unmapped);
		}
	}
}
