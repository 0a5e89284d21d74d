package dev.gasket.x86.tests.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GNU as source assembled with {@code as --64}, linked by {@code ld} at a fixed address through
 * {@code flat_image.ld} and turned into raw bytes with {@code objcopy -O binary}; symbols come from {@code nm}.
 */
public final class FlatImage {

	private static final Duration TOOL_LIMIT = Duration.ofSeconds(30);

	private final Path elf;
	private final long loadAddress;
	private final byte[] bytes;
	private final Map<String, Long> symbols;

	private FlatImage(Path elf, long loadAddress, byte[] bytes, Map<String, Long> symbols) {
		this.elf = elf;
		this.loadAddress = loadAddress;
		this.bytes = bytes;
		this.symbols = symbols;
	}

	/**
	 * Builds {@code source} into {@code directory}.
	 *
	 * @param loadAddress where the first byte goes (the {@code -Ttext} address)
	 * @param entry       the entry symbol, recorded in the ELF header
	 * @param asOptions   extra assembler options, e.g. {@code --defsym NAME=VALUE}
	 */
	public static FlatImage build(Path source, Path directory, long loadAddress, String entry, String... asOptions)
			throws IOException {
		String base = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		Path object = directory.resolve(base + ".o");
		Path elf = directory.resolve(base + ".elf");
		Path binary = directory.resolve(base + ".bin");
		List<String> assemble = new ArrayList<>(List.of("as", "--64"));
		assemble.addAll(List.of(asOptions));
		assemble.addAll(List.of("-o", object.toString(), source.toString()));
		ExternalTool.run(directory, TOOL_LIMIT, assemble);
		ExternalTool.run(directory, TOOL_LIMIT, List.of("ld", "-m", "elf_x86_64", "-nostdlib", "-static",
				"-T", QemuResources.file("flat_image.ld").toString(), "-Ttext=0x" + Long.toHexString(loadAddress),
				"-e", entry, "--fatal-warnings", "-o", elf.toString(), object.toString()));
		ExternalTool.run(directory, TOOL_LIMIT, List.of("objcopy", "-O", "binary", elf.toString(), binary.toString()));
		Map<String, Long> symbols = readSymbols(directory, elf);
		if (!symbols.containsKey(entry)) {
			throw new IOException("entry symbol " + entry + " is not defined in " + source);
		}
		return new FlatImage(elf, loadAddress, Files.readAllBytes(binary), symbols);
	}

	/** The linked ELF file, for tools that want symbols or debug information. */
	public Path elf() {
		return elf;
	}

	/** Physical (and identity-mapped virtual) address of {@code bytes()[0]}. */
	public long loadAddress() {
		return loadAddress;
	}

	public byte[] bytes() {
		return bytes.clone();
	}

	public int size() {
		return bytes.length;
	}

	/** The value of a symbol (an address, or the value of an absolute {@code .set}). */
	public long symbol(String name) {
		Long value = symbols.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no symbol " + name + " in " + elf + "; known: " + symbols.keySet());
		}
		return value;
	}

	/** The image bytes from the address of {@code symbol} on, {@code length} of them. */
	public byte[] bytesAt(String symbol, int length) {
		long offset = symbol(symbol) - loadAddress;
		if (offset < 0 || offset + length > bytes.length) {
			throw new IllegalArgumentException(symbol + " + " + length + " lies outside the image");
		}
		byte[] slice = new byte[length];
		System.arraycopy(bytes, (int) offset, slice, 0, length);
		return slice;
	}

	public Map<String, Long> symbols() {
		return symbols;
	}

	private static Map<String, Long> readSymbols(Path directory, Path elf) throws IOException {
		Map<String, Long> symbols = new LinkedHashMap<>();
		for (String line : ExternalTool.run(directory, TOOL_LIMIT, List.of("nm", elf.toString())).split("\n")) {
			String[] fields = line.trim().split("\\s+");
			// Undefined symbols have no value column.
			if (fields.length == 3) {
				symbols.put(fields[2], Long.parseUnsignedLong(fields[0], 16));
			}
		}
		return Map.copyOf(symbols);
	}
}
