package dev.gasket.x86.tests.differential;

/** An immediate operand, written in hex ({@code $0x..} or {@code $-0x..}). */
record Immediate(long value) implements Operand {

	@Override
	public String text() {
		return "$" + Hex.signed(value);
	}

	@Override
	public boolean needsRex() {
		return false;
	}
}
