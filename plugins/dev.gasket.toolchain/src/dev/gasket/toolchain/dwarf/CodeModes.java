package dev.gasket.toolchain.dwarf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Which code size ({@code .code16}/{@code .code32}/{@code .code64}) each address was assembled for. DWARF does not
 * record it, so it is recovered from the sources the line table names: the code of a row at line L of file F has
 * the size set by the last such directive in F before L (one on line L itself counts if no instruction precedes it
 * on that line). If F has no directive before L, the row inherits the size of the previous row of its sequence —
 * the code just before it in memory, e.g. the file that {@code #include}d F — and a sequence starting like that
 * is 64-bit, as GNU as assumes for x86-64. cpp line markers are already resolved by the line table, so rows point
 * at the original {@code .S} lines. Rows of files that cannot be read have no size.
 */
public final class CodeModes {

	private final AddressRanges<CodeSize> sizes;

	private CodeModes(AddressRanges<CodeSize> sizes) {
		this.sizes = sizes;
	}

	/** Address ranges → code size, from the {@code .codeNN} directives of the sources {@code table} names. */
	public static CodeModes of(LineTable table) {
		Map<Path, Optional<NavigableMap<Integer, CodeSize>>> directivesByFile = new HashMap<>();
		AddressRanges.Builder<CodeSize> sizes = new AddressRanges.Builder<>();
		for (List<LineRow> sequence : table.sequences()) {
			CodeSize previous = CodeSize.BITS_64;
			for (int i = 0; i + 1 < sequence.size(); i++) {
				SourceLocation location = sequence.get(i).location();
				Optional<NavigableMap<Integer, CodeSize>> directives = directivesByFile
						.computeIfAbsent(location.file(), CodeModes::directives);
				if (directives.isPresent()) {
					Map.Entry<Integer, CodeSize> inEffect = directives.get().floorEntry(location.line());
					CodeSize size = inEffect == null ? previous : inEffect.getValue();
					sizes.add(sequence.get(i).address(), sequence.get(i + 1).address(), size);
					previous = size;
				}
			}
		}
		return new CodeModes(sizes.build());
	}

	/** The code size at {@code address}; empty if no row with a readable source covers it. */
	public Optional<CodeSize> at(long address) {
		return sizes.at(address);
	}

	private static Optional<NavigableMap<Integer, CodeSize>> directives(Path file) {
		try {
			// ISO-8859-1 maps every byte, so no source is unreadable because of its encoding
			return Optional.of(CodeDirectives.scan(Files.readString(file, StandardCharsets.ISO_8859_1)));
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
