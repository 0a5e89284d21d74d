package dev.gasket.debug.model.state;

import org.eclipse.debug.core.DebugException;

/** One named field of a {@link BitRegister}, e.g. CR4.LA57 or RFLAGS.IOPL; setting it rewrites the register. */
final class BitField extends StateVariable {

	private final GeneralRegister register;
	private final BitLayout.Field field;

	BitField(GeneralRegister register, BitLayout.Field field) {
		super(register.context, register.key() + "/" + field.name(), field.name());
		this.register = register;
		this.field = field;
	}

	@Override
	String text(MachineSample sample) {
		return Long.toString((register.value(sample) >>> field.shift()) & field.mask());
	}

	@Override
	public String getReferenceTypeName() {
		return field.width() == 1 ? "bit " + field.shift() : "bits " + field.shift() + "-" + (field.shift() + field.width() - 1);
	}

	@Override
	public boolean supportsValueModification() {
		return register.supportsValueModification();
	}

	@Override
	void write(String expression) throws DebugException {
		long value = context.evaluate(expression);
		if (Long.compareUnsigned(value, field.mask()) > 0) {
			throw StateContext.failure(getName() + " takes 0 to " + field.mask() + ", not " + value, null);
		}
		long old = register.value(context.live());
		long updated = (old & ~(field.mask() << field.shift())) | value << field.shift();
		context.assign("%" + register.getName() + "=" + Hex.of(updated));
	}
}
