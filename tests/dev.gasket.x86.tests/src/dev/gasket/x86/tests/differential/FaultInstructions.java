package dev.gasket.x86.tests.differential;

/** Rare instructions that fault: ud2 (#UD) and a load from a non-canonical address (#GP). */
final class FaultInstructions implements InstructionFamily {

	@Override
	public void emit(SnippetBuilder builder) {
		if (builder.random().nextBoolean()) {
			builder.emit(FlagEffects.of("ud2"), "ud2");
			return;
		}
		// Through RSP or RBP the fault would be #SS rather than #GP.
		int number = builder.random().nextInt(16);
		Infeasible.unless(number != Register.RSP && number != Register.RBP);
		// Bit 63 set and bit 47 clear: not canonical.
		long nonCanonical = 0x8000_0000_0000_0000L | builder.random().nextLong() >>> 20;
		builder.registers().choose(number, nonCanonical);
		Register base = builder.use(Register.of(number, 64), true, false);
		Memory source = new Memory("(" + base.text() + ")", base.needsRex(), nonCanonical);
		builder.emit(FlagEffects.of("mov"), "movq", source, builder.writable(64));
	}
}
