package dev.gasket.x86.tests.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the snippets of a batch with one run of GNU as: each instruction gets a label
 * {@code s<snippet>_<instruction>} (and one after the last), whose values nm reports; the bytes come from
 * objcopy's raw dump of .text, which must need no relocation.
 */
final class BatchAssembler {

	private static final Pattern SYMBOL = Pattern.compile("^([0-9a-f]+) \\S s(\\d+)_(\\d+)$");
	private static final Pattern ERROR = Pattern.compile("^[^:]*:(\\d+): (Error|Warning): (.*)$");

	private final Path directory;

	BatchAssembler(Path directory) {
		this.directory = directory;
	}

	List<AssembledSnippet> assemble(List<Snippet> snippets) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		StringBuilder source = new StringBuilder("\t.text\n");
		List<String> origins = new ArrayList<>(List.of(""));
		for (int s = 0; s < snippets.size(); s++) {
			List<String> instructions = snippets.get(s).instructions();
			for (int i = 0; i <= instructions.size(); i++) {
				source.append("s").append(s).append('_').append(i).append(":\n");
				origins.add("");
				if (i == 0) {
					source.append("0:\n");
					origins.add("");
				}
				if (i < instructions.size()) {
					source.append('\t').append(instructions.get(i)).append('\n');
					origins.add("snippet " + s + " instruction " + i + ":\n" + snippets.get(s).source());
				}
			}
		}
		Path sourceFile = Files.writeString(directory.resolve("batch.s"), source);
		Path object = directory.resolve("batch.o");
		Path log = directory.resolve("as.log");
		int exit = Tools.run(List.of("as", "--64", "-o", object.toString(), sourceFile.toString()), null, null, log, 120);
		List<String> complaints = diagnostics(log, origins);
		if (exit != 0 || !complaints.isEmpty()) {
			throw new IOException("GNU as rejected generated code (exit " + exit + "):\n" + String.join("\n", complaints));
		}
		requireNoRelocations(object);
		Map<Integer, int[]> offsets = offsets(object, snippets);
		byte[] text = rawText(object);
		List<AssembledSnippet> assembled = new ArrayList<>(snippets.size());
		for (int s = 0; s < snippets.size(); s++) {
			int[] snippetOffsets = offsets.get(s);
			int start = snippetOffsets[0];
			int[] relative = Arrays.stream(snippetOffsets).map(offset -> offset - start).toArray();
			byte[] code = Arrays.copyOfRange(text, start, snippetOffsets[snippetOffsets.length - 1]);
			assembled.add(new AssembledSnippet(snippets.get(s), code, relative));
		}
		return assembled;
	}

	private static List<String> diagnostics(Path log, List<String> origins) throws IOException {
		List<String> complaints = new ArrayList<>();
		for (String line : Files.readAllLines(log)) {
			Matcher matcher = ERROR.matcher(line);
			if (matcher.matches()) {
				int number = Integer.parseInt(matcher.group(1));
				String origin = number - 1 < origins.size() ? origins.get(number - 1) : "";
				complaints.add(matcher.group(2) + ": " + matcher.group(3) + " in " + origin);
			} else if (!line.isBlank() && !line.contains("Assembler messages")) {
				complaints.add(line);
			}
		}
		return complaints;
	}

	private Map<Integer, int[]> offsets(Path object, List<Snippet> snippets) throws IOException, InterruptedException {
		Path symbols = directory.resolve("batch.nm");
		Path log = directory.resolve("nm.log");
		if (Tools.run(List.of("nm", object.toString()), null, symbols, log, 60) != 0) {
			throw new IOException("nm failed: " + Files.readString(log));
		}
		Map<Integer, int[]> offsets = new HashMap<>();
		for (String line : Files.readAllLines(symbols)) {
			Matcher matcher = SYMBOL.matcher(line);
			if (matcher.matches()) {
				int snippet = Integer.parseInt(matcher.group(2));
				int instruction = Integer.parseInt(matcher.group(3));
				offsets.computeIfAbsent(snippet, s -> new int[snippets.get(s).instructions().size() + 1])[instruction] =
						Integer.parseInt(matcher.group(1), 16);
			}
		}
		if (offsets.size() != snippets.size()) {
			throw new IOException("nm listed labels for " + offsets.size() + " of " + snippets.size() + " snippets");
		}
		return offsets;
	}

	/** A relocation would leave bytes in .text that only a linker completes: the code must be final as assembled. */
	private void requireNoRelocations(Path object) throws IOException, InterruptedException {
		Path relocations = directory.resolve("batch.relocations");
		Path log = directory.resolve("objdump.log");
		if (Tools.run(List.of("objdump", "-r", object.toString()), null, relocations, log, 60) != 0) {
			throw new IOException("objdump failed: " + Files.readString(log));
		}
		List<String> entries = Files.readAllLines(relocations).stream().filter(line -> line.contains("R_X86_64")).toList();
		if (!entries.isEmpty()) {
			throw new IOException("generated code needs relocations, e.g. " + entries.get(0));
		}
	}

	private byte[] rawText(Path object) throws IOException, InterruptedException {
		Path raw = directory.resolve("batch.bin");
		Path log = directory.resolve("objcopy.log");
		int exit = Tools.run(List.of("objcopy", "-O", "binary", "-j", ".text", object.toString(), raw.toString()), null,
				null, log, 60);
		if (exit != 0) {
			throw new IOException("objcopy failed: " + Files.readString(log));
		}
		return Files.readAllBytes(raw);
	}
}
