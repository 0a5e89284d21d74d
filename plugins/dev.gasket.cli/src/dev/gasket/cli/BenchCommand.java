package dev.gasket.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import dev.gasket.debug.engine.BuildFailedException;
import dev.gasket.lang.ide.navigation.SymbolNavigator;
import dev.gasket.lang.ide.server.GasmLanguageServer;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.WorkDirectories;

/**
 * {@code gasket bench [--lines N] [--files N] [--rounds N]}: parse + link + validate generated sources (one large file,
 * and a folder of small ones) and, in the same run, assemble the same files with GNU {@code as --64}; prints lines
 * per second and the ratio of the two times, so results compare across machines.
 */
final class BenchCommand {
	private static final int WARM_UP_ROUNDS = 3;

	private final PrintStream out;
	private final PrintStream err;

	BenchCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> arguments) {
		if (!arguments.isEmpty() && (arguments.get(0).equals("--emulator") || arguments.get(0).equals("--debugger"))) {
			return runEmulatorOrDebugger(arguments.get(0), arguments.subList(1, arguments.size()));
		}
		int lines = 20_000;
		int files = 200;
		int rounds = 5;
		for (int i = 0; i < arguments.size(); i++) {
			String option = arguments.get(i);
			Optional<Integer> value = i + 1 < arguments.size() ? parsePositive(arguments.get(i + 1)) : Optional.empty();
			if (!List.of("--lines", "--files", "--rounds").contains(option) || value.isEmpty()) {
				err.println("gasket bench: unexpected " + option + " (usage: gasket bench [--lines N] [--files N] [--rounds N])");
				return GasketCli.USAGE_ERROR;
			}
			i++;
			switch (option) {
				case "--lines" -> lines = value.get();
				case "--files" -> files = value.get();
				default -> rounds = value.get();
			}
		}
		try {
			Path workspace = Files.createTempDirectory("gasket-bench");
			try {
				return measure(workspace, lines, files, rounds);
			} finally {
				WorkDirectories.delete(workspace);
			}
		} catch (IOException e) {
			err.println("gasket bench: " + e.getMessage());
			return GasketCli.USAGE_ERROR;
		}
	}

	private int runEmulatorOrDebugger(String which, List<String> arguments) {
		int rounds = 3;
		if (!arguments.isEmpty()) {
			Optional<Integer> value = arguments.size() == 2 && arguments.get(0).equals("--rounds") ? parsePositive(arguments.get(1)) : Optional.empty();
			if (value.isEmpty()) {
				err.println("gasket bench: unexpected " + String.join(" ", arguments) + " (usage: gasket bench " + which + " [--rounds N])");
				return GasketCli.USAGE_ERROR;
			}
			rounds = value.get();
		}
		try {
			Path workspace = Files.createTempDirectory("gasket-bench");
			try {
				return which.equals("--emulator") ? new EmulatorBench(out, err).run(workspace, rounds)
						: new DebuggerBench(out).run(workspace, rounds);
			} finally {
				WorkDirectories.delete(workspace);
			}
		} catch (IOException | ToolchainException | BuildFailedException e) {
			err.println("gasket bench: " + e.getMessage());
			return GasketCli.USAGE_ERROR;
		}
	}

	private int measure(Path workspace, int lines, int fileCount, int rounds) throws IOException {
		Path large = Files.writeString(workspace.resolve("large.s"), SyntheticSources.generate(lines, 0, 1));
		Path folder = Files.createDirectories(workspace.resolve("folder"));
		List<Path> small = new ArrayList<>();
		for (int unit = 1; unit <= fileCount; unit++) {
			small.add(Files.writeString(folder.resolve("unit" + unit + ".s"), SyntheticSources.generate(Math.max(40, lines / fileCount), unit, unit)));
		}
		Injector injector = GasketCli.language();
		Optional<String> assembler = findOnPath("as");
		out.printf("%-28s %8s %11s %13s %9s %10s%n", "input", "lines", "gasket ms", "gasket l/s", "as ms", "gasket/as");
		double folderMillis = 0;
		for (List<Path> input : List.of(List.of(large), small)) {
			long lineCount = 0;
			for (Path file : input) {
				lineCount += Files.readAllLines(file).size();
			}
			long errors = errorsIn(injector, input);
			if (errors > 0) {
				err.println("gasket bench: the generated input has " + errors + " errors; the numbers would measure error recovery");
				return GasketCli.PROBLEMS;
			}
			double gasketMillis = medianMillis(rounds, () -> errorsIn(injector, input));
			if (input == small) {
				folderMillis = gasketMillis;
			}
			String label = input.size() == 1 ? "one file" : "a folder of " + input.size() + " files";
			String asMillis = "-";
			String ratio = "-";
			if (assembler.isPresent()) {
				double millis = medianMillis(Math.max(1, rounds / 2), () -> assemble(assembler.get(), input));
				asMillis = String.format("%.1f", millis);
				ratio = String.format("%.2f", gasketMillis / millis);
			}
			out.printf("%-28s %8d %11.1f %13.0f %9s %10s%n", label, lineCount,
					gasketMillis, lineCount / (gasketMillis / 1000), asMillis, ratio);
		}
		if (assembler.isEmpty()) {
			out.println("GNU as not found on PATH: install binutils (apt-get install binutils) for the reference timings");
		}
		measureNavigation(injector, large, rounds);
		measureLanguageServer(workspace, folder, small.size(), folderMillis, large, rounds);
		out.printf("median of %d rounds after %d warm-up rounds; Java %s, %d processors%n", rounds, WARM_UP_ROUNDS,
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		return GasketCli.OK;
	}

	/** Latency of the navigation queries an editor sends, on the large file once it is loaded and linked. */
	private void measureNavigation(Injector injector, Path large, int rounds) throws IOException {
		String text = Files.readString(large);
		int use = text.indexOf("_base(%rip)");
		if (use < 0) {
			return;
		}
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).getResource(URI.createFileURI(large.toString()), true);
		SymbolNavigator navigator = injector.getInstance(SymbolNavigator.class);
		int offset = use - 1;
		EObject symbol = navigator.symbolAt(resource, offset).orElseThrow();
		double definition = medianMillis(rounds, () -> navigator.definitions(resource, offset).size());
		double references = medianMillis(rounds, () -> navigator.references(symbol, List.of(resource)).size());
		out.printf("nav on the %d-line file: definition %.3f ms, references %.3f ms%n", text.lines().count(), definition, references);
	}

	/**
	 * The language server on the same inputs: initialize and index the folder (against {@code lintMillis}, the time of
	 * {@code gasket lint} on it from the table), then definition and references on the large file through the server.
	 */
	private void measureLanguageServer(Path workspace, Path folder, int fileCount, double lintMillis, Path large, int rounds)
			throws IOException {
		double index = medianMillis(rounds, () -> (long) LanguageServerBench.initializeAndIndexMillis(folder));
		out.printf("lsp initialize+index of %d files: %.1f ms (gasket lint of the same files %.1f ms, ratio %.2f)%n", fileCount, index,
				lintMillis, index / lintMillis);
		GasmLanguageServer server = LanguageServerBench.indexed(workspace);
		org.eclipse.lsp4j.Position suffix = LanguageServerBench.positionOf(large, "_base(%rip)");
		org.eclipse.lsp4j.Position use = new org.eclipse.lsp4j.Position(suffix.getLine(), suffix.getCharacter() - 1);
		double definition = medianMillis(rounds, () -> LanguageServerBench.definitions(server, large, use));
		double references = medianMillis(rounds, () -> LanguageServerBench.references(server, large, use));
		out.printf("lsp on the %d-line file: definition %.3f ms, references %.3f ms%n", Files.readAllLines(large).size(), definition, references);
		server.shutdown();
	}

	/** Parses, links and validates {@code files} in a fresh resource set, as {@code gasket lint} does. */
	private static long errorsIn(Injector injector, List<Path> files) {
		try {
			return LintCommand.issuesOf(injector, files).stream().flatMap(List::stream)
					.filter(issue -> issue.getSeverity() == Severity.ERROR).count();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long assemble(String assembler, List<Path> files) {
		for (Path file : files) {
			try {
				Process process = new ProcessBuilder(assembler, "--64", "-o", "/dev/null", file.toString()).redirectErrorStream(true)
						.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				if (process.waitFor() != 0) {
					throw new IllegalStateException("as rejected the generated " + file);
				}
			} catch (IOException e) {
				throw new IllegalStateException("cannot run " + assembler + ": " + e.getMessage(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
		}
		return files.size();
	}

	private interface Workload {
		long run();
	}

	private static double medianMillis(int rounds, Workload workload) {
		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			workload.run();
		}
		double[] millis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			workload.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[rounds / 2];
	}

	private static Optional<Integer> parsePositive(String text) {
		try {
			int value = Integer.parseInt(text);
			return value > 0 ? Optional.of(value) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static Optional<String> findOnPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Arrays.stream(path.split(File.pathSeparator)).map(directory -> Path.of(directory, program))
				.filter(Files::isExecutable).map(Path::toString).findFirst();
	}

}
