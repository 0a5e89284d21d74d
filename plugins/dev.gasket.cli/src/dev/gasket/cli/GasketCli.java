package dev.gasket.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.google.inject.Injector;

import dev.gasket.lang.ide.GasmIdeSetup;

/**
 * Entry point of the {@code gasket} command line.
 */
public final class GasketCli {
	static final int OK = 0;
	static final int PROBLEMS = 1;
	static final int USAGE_ERROR = 2;

	private static Injector language;

	private GasketCli() {
	}

	/**
	 * The language's services with the editor-neutral ones (navigation, highlighting, the language server), created
	 * once per process: Xtext registers validators and resource factories
	 * globally, so a second injector would share the first one's validator.
	 */
	static synchronized Injector language() {
		if (language == null) {
			language = new GasmIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return language;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			out.print(Usage.text(List.of(Subcommand.values())));
			return args.length == 0 ? USAGE_ERROR : OK;
		}
		Optional<Subcommand> command = Subcommand.named(args[0]);
		if (command.isEmpty()) {
			err.println("gasket: unknown command '" + args[0] + "' (see gasket --help)");
			return USAGE_ERROR;
		}
		List<String> arguments = Arrays.asList(args).subList(1, args.length);
		return switch (command.get()) {
			case LINT -> new LintCommand(out, err).run(arguments);
			case BENCH -> new BenchCommand(out, err).run(arguments);
			case IDE -> {
				err.println("gasket ide: start the IDE with the ./gasket launcher script, which builds and launches the product");
				yield USAGE_ERROR;
			}
			case NAV -> new NavCommand(out, err).run(arguments);
			case LSP -> new LspCommand(System.in, out, err).run(arguments);
			case RUN -> new RunCommand(out, err).run(arguments);
		};
	}
}
