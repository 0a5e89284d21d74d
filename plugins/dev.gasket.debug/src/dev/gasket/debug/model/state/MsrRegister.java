package dev.gasket.debug.model.state;

/** A model-specific register shown read-only, as {@code rdmsr} would return it. */
final class MsrRegister extends StateRegister {

	private final ModelSpecificRegister msr;

	MsrRegister(StateRegisterGroup group, ModelSpecificRegister msr) {
		super(group, msr.registerName());
		this.msr = msr;
	}

	@Override
	String text(MachineSample sample) {
		return sample.msr(msr.number()).stream().mapToObj(value -> Hex.of(value, 8)).findFirst().orElse("not implemented");
	}

	@Override
	public String getReferenceTypeName() {
		return String.format("MSR 0x%x", msr.number());
	}
}
