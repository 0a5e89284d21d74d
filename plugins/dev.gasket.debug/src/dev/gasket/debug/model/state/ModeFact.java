package dev.gasket.debug.model.state;

import java.util.function.Function;

/** A read-only fact about the processor's state, e.g. its mode, CPL or paging mode, in the Mode group. */
final class ModeFact extends StateRegister {

	private final Function<MachineSample, String> fact;

	ModeFact(StateRegisterGroup group, String name, Function<MachineSample, String> fact) {
		super(group, name);
		this.fact = fact;
	}

	@Override
	String text(MachineSample sample) {
		return fact.apply(sample);
	}

	@Override
	public String getReferenceTypeName() {
		return "state";
	}
}
