package dev.gasket.x86.tests.differential;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The C harness (resources/differential/harness.c) that runs code snippets on the host CPU: compiled with
 * gcc into the test's target directory when the source is newer than the executable, then run once per
 * batch with the requests in a file on stdin and the answers in a file on stdout.
 */
final class NativeHarness {

	/** Relative to the test bundle, which is the working directory under tycho-surefire. */
	static final Path SOURCE = Path.of("resources", "differential", "harness.c");
	private static final long TIMEOUT_SECONDS = 300;

	private final Path executable;
	private final Path directory;
	private final HarnessLayout layout;
	private int batches;

	private NativeHarness(Path executable, Path directory, HarnessLayout layout) {
		this.executable = executable;
		this.directory = directory;
		this.layout = layout;
	}

	/** Builds the harness in {@code directory} if needed and asks it for its memory layout. */
	static NativeHarness build(Path directory) throws IOException, InterruptedException {
		if (!Files.isRegularFile(SOURCE)) {
			throw new IOException("harness source " + SOURCE.toAbsolutePath()
					+ " not found; run the test with the dev.gasket.x86.tests bundle as working directory");
		}
		Files.createDirectories(directory);
		Path executable = directory.resolve("harness");
		if (!Files.isExecutable(executable)
				|| Files.getLastModifiedTime(SOURCE).compareTo(Files.getLastModifiedTime(executable)) > 0) {
			Path log = directory.resolve("gcc.log");
			int exit = Tools.run(List.of("gcc", "-O2", "-Wall", "-Werror", "-o", executable.toString(),
					SOURCE.toString()), null, null, log, 120);
			if (exit != 0) {
				throw new IOException("gcc failed to build the harness:\n" + Files.readString(log));
			}
		}
		Path empty = Files.write(directory.resolve("empty.in"), new byte[0]);
		Path header = directory.resolve("header.out");
		Path log = directory.resolve("header.log");
		int exit = Tools.run(List.of(executable.toString()), empty, header, log, 60);
		if (exit != 0) {
			throw new IOException("the harness failed to start (exit " + exit + "):\n" + Files.readString(log));
		}
		try (DataInputStream in = new DataInputStream(Files.newInputStream(header))) {
			return new NativeHarness(executable, directory, HarnessProtocol.readLayout(in));
		}
	}

	HarnessLayout layout() {
		return layout;
	}

	/** Runs {@code cases} in one harness process; the answers come in the same order. */
	List<Outcome> run(List<CaseInput> cases) throws IOException, InterruptedException {
		int batch = batches++;
		Path requests = directory.resolve("batch" + batch + ".in");
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(requests)))) {
			for (CaseInput input : cases) {
				HarnessProtocol.writeRequest(out, input, layout);
			}
		}
		Path answers = directory.resolve("batch" + batch + ".out");
		Path log = directory.resolve("batch" + batch + ".log");
		int exit = Tools.run(List.of(executable.toString()), requests, answers, log, TIMEOUT_SECONDS);
		List<Outcome> outcomes = new ArrayList<>(cases.size());
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(answers)))) {
			HarnessProtocol.readLayout(in);
			for (CaseInput input : cases) {
				outcomes.add(HarnessProtocol.readOutcome(in, input));
			}
		} catch (EOFException truncated) {
			throw new IOException("the harness (exit " + exit + ") stopped after answering " + outcomes.size()
					+ " of " + cases.size() + " cases in " + requests + ":\n" + Files.readString(log), truncated);
		}
		if (exit != 0) {
			throw new IOException("the harness failed (exit " + exit + "):\n" + Files.readString(log));
		}
		Files.delete(requests);
		Files.delete(answers);
		Files.delete(log);
		return outcomes;
	}
}
