package dev.gasket.x86.tests.differential;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Assembles and runs snippets on the host, a batch at a time; the harness is built once per test JVM. */
final class HostRunner {

	private static NativeHarness harness;

	private final BatchAssembler assembler;

	/** @param directory where the batches' assembly files go */
	HostRunner(Path directory) {
		this.assembler = new BatchAssembler(directory);
	}

	/** The harness, built into target/differential on first use. */
	static synchronized NativeHarness harness() throws IOException, InterruptedException {
		if (harness == null) {
			harness = NativeHarness.build(Path.of("target", "differential"));
		}
		return harness;
	}

	static HarnessLayout layout() throws IOException, InterruptedException {
		return harness().layout();
	}

	/** Generated cases {@code first} .. {@code first + count - 1}. */
	List<HostCase> generated(SnippetGenerator generator, long first, int count)
			throws IOException, InterruptedException {
		List<Snippet> snippets = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			snippets.add(generator.generate(first + i));
		}
		return run(first, snippets);
	}

	/** Runs snippets, numbering them from {@code first}. */
	List<HostCase> run(long first, List<Snippet> snippets) throws IOException, InterruptedException {
		List<AssembledSnippet> assembled = assembler.assemble(snippets);
		List<Outcome> outcomes = harness().run(assembled.stream().map(AssembledSnippet::input).toList());
		List<HostCase> cases = new ArrayList<>(snippets.size());
		for (int i = 0; i < assembled.size(); i++) {
			cases.add(new HostCase(first + i, assembled.get(i), outcomes.get(i)));
		}
		return cases;
	}
}
