package dev.gasket.lang.instructions;

/** In which of the {@link CodeMode}s an instruction, form or size suffix may be used. */
public enum ModeValidity {
	ANY, NOT_64_BIT, ONLY_64_BIT;

	public boolean allows(CodeMode mode) {
		return switch (this) {
			case ANY -> true;
			case NOT_64_BIT -> mode != CodeMode.BITS_64;
			case ONLY_64_BIT -> mode == CodeMode.BITS_64;
		};
	}
}
