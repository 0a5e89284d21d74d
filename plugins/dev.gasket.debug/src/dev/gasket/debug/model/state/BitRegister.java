package dev.gasket.debug.model.state;

import org.eclipse.debug.core.model.IVariable;

/** A register with named bits (RFLAGS, CR0, CR4, EFER): its value lists the set bits, and each field is a child. */
final class BitRegister extends GeneralRegister {

	private final BitLayout layout;

	BitRegister(StateRegisterGroup group, String name, int bytes, BitLayout layout) {
		super(group, name, bytes);
		this.layout = layout;
	}

	@Override
	String text(MachineSample sample) {
		return layout.text().apply(value(sample));
	}

	@Override
	IVariable[] children() {
		return layout.fields().stream().map(field -> new BitField(this, field)).toArray(IVariable[]::new);
	}

	@Override
	boolean hasChildren() {
		return !layout.fields().isEmpty();
	}
}
