package dev.gasket.debug.model.state;

import org.eclipse.debug.core.DebugException;

import dev.gasket.debug.engine.RegisterNames;

/**
 * A register read and written by its AT&T name through the engine ({@link RegisterNames}), shown in hex with as
 * many digits as the name's width ({@code rax} 16, {@code eax} 8).
 */
class GeneralRegister extends StateRegister {

	private final int bytes;

	GeneralRegister(StateRegisterGroup group, String name, int bytes) {
		super(group, name);
		this.bytes = bytes;
	}

	long value(MachineSample sample) {
		return RegisterNames.read(sample.cpu(), getName())
				.orElseThrow(() -> new IllegalStateException("the engine has no register " + getName()));
	}

	int bytes() {
		return bytes;
	}

	@Override
	String text(MachineSample sample) {
		return Hex.of(value(sample), bytes);
	}

	@Override
	public String getReferenceTypeName() {
		return "uint" + 8 * bytes;
	}

	@Override
	public boolean supportsValueModification() {
		return true;
	}

	@Override
	void write(String expression) throws DebugException {
		context.assign("%" + getName() + "=" + expression);
	}
}
