package dev.gasket.toolchain.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.gasket.toolchain.GnuTool;

/**
 * How a source becomes an object, chosen by its extension as gcc does: {@code .S} and {@code .sx} are preprocessed,
 * {@code .s} not.
 */
enum SourceKind {
	/** Run through the C preprocessor by gcc, which hands the result to as. */
	PREPROCESSED(GnuTool.GCC),
	/** Given to as directly. */
	PLAIN(GnuTool.AS);

	private final GnuTool tool;

	SourceKind(GnuTool tool) {
		this.tool = tool;
	}

	static Optional<SourceKind> of(Path source) {
		String name = source.getFileName().toString();
		if (name.endsWith(".S") || name.endsWith(".sx")) {
			return Optional.of(PREPROCESSED);
		}
		return name.endsWith(".s") ? Optional.of(PLAIN) : Optional.empty();
	}

	GnuTool tool() {
		return tool;
	}

	/**
	 * The command line that assembles {@code source} into {@code object} with DWARF 5 line information. For
	 * {@code .S} the preprocessor's line markers make as (and so the line table and its messages) refer to
	 * the original source lines, not to the preprocessed text.
	 *
	 * @param program  the located gcc or as
	 * @param includes the directories for {@code -I}, in search order
	 * @param defines  the macros for {@code -D}; not used by as, which has no preprocessor
	 */
	List<String> command(Path program, Path source, Path object, List<Path> includes, Map<String, String> defines) {
		List<String> command = new ArrayList<>();
		command.add(program.toString());
		if (this == PREPROCESSED) {
			// -m64 makes a 64-bit object in which .code16/.code32 still switch the instruction encoding.
			command.addAll(List.of("-c", "-m64", "-x", "assembler-with-cpp", "-gdwarf-5",
					"-fno-diagnostics-show-caret", "-fdiagnostics-color=never"));
		} else {
			command.addAll(List.of("--64", "--gdwarf-5"));
		}
		includes.forEach(directory -> command.add("-I" + directory));
		if (this == PREPROCESSED) {
			defines.forEach((name, value) -> command.add(value.isEmpty() ? "-D" + name : "-D" + name + "=" + value));
		}
		command.addAll(List.of("-o", object.toString(), source.toString()));
		return command;
	}
}
