package dev.gasket.debug.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.toolchain.elf.SymbolKind;

/**
 * {@code examples/trampoline} built as its header says: gcc for cpp and as, then a flat ld link with {@code .text}
 * at {@link #TEXT_ADDRESS}, read back as ELF for loading and for its symbols.
 */
final class TrampolineExample {

	static final long TEXT_ADDRESS = 0x1000;

	private static final Path SOURCE = Path.of("../../examples/trampoline/trampoline_64.S");
	private static final long TOOL_TIMEOUT_SECONDS = 60;

	private final ElfImage image;

	private TrampolineExample(ElfImage image) {
		this.image = image;
	}

	static TrampolineExample build(Path directory) throws IOException, InterruptedException {
		Path source = SOURCE.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source)) {
			throw new IllegalStateException("example " + source
					+ " not found; tests must run with the dev.gasket.debug.tests module directory as working directory");
		}
		Path object = directory.resolve("trampoline_64.o");
		Path executable = directory.resolve("trampoline_64.elf");
		run("gcc", "gcc", "-c", "-g", "-o", object.toString(), source.toString());
		// -N: one segment, code then data; without it ld also loads the ELF header at address 0.
		run("binutils", "ld", "-m", "elf_x86_64", "-nostdlib", "-static", "-N", "-Ttext=0x" + Long.toHexString(TEXT_ADDRESS),
				"-e", "trampoline_start", "-o", executable.toString(), object.toString());
		return new TrampolineExample(ElfImage.read(executable));
	}

	ElfImage image() {
		return image;
	}

	long address(String symbol) {
		return image.symbol(symbol).orElseThrow(() -> new IllegalArgumentException("the example defines no symbol " + symbol)).value();
	}

	/** The function ({@code SYM_CODE_START … SYM_CODE_END}) whose bytes include {@code address}. */
	Optional<String> functionAt(long address) {
		return image.symbols().stream()
				.filter(symbol -> symbol.kind() == SymbolKind.FUNC && symbol.value() <= address && address < symbol.value() + symbol.size())
				.map(ElfSymbol::name)
				.findFirst();
	}

	private static void run(String debianPackage, String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException notFound) {
			throw new IOException("cannot run " + command[0] + "; install the Debian package '" + debianPackage + "'", notFound);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(command[0] + " did not finish within " + TOOL_TIMEOUT_SECONDS + " s");
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", List.of(command)) + " failed (exit " + process.exitValue() + "):\n" + output);
		}
	}
}
