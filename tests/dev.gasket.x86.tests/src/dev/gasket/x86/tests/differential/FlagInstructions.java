package dev.gasket.x86.tests.differential;

/** clc, stc, cmc, cld, std, lahf, sahf. */
final class FlagInstructions implements InstructionFamily {

	private static final String[] SIMPLE = { "clc", "stc", "cmc", "cld", "std" };

	@Override
	public void emit(SnippetBuilder builder) {
		int choice = builder.random().nextInt(SIMPLE.length + 2);
		if (choice < SIMPLE.length) {
			builder.emit(FlagEffects.of(SIMPLE[choice]), SIMPLE[choice]);
		} else if (choice == SIMPLE.length) {
			builder.use(new Register(Register.RAX, 8, true), false, true);
			builder.emit(FlagEffects.of("lahf"), "lahf");
		} else {
			builder.use(new Register(Register.RAX, 8, true), true, false);
			builder.emit(FlagEffects.of("sahf"), "sahf");
		}
	}
}
