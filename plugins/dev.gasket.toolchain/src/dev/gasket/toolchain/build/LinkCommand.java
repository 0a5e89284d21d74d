package dev.gasket.toolchain.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ld command line that links a program's objects into a static x86-64 ELF executable. */
final class LinkCommand {

	private LinkCommand() {
	}

	/**
	 * @param script    the user's linker script or the generated one
	 * @param generated whether {@code script} is the generated one, whose single segment is deliberately
	 *                  writable and executable and whose default entry is the load address
	 */
	static List<String> of(Path ld, BuildSettings settings, Path script, boolean generated, List<Path> objects,
			Path executable) {
		List<String> command = new ArrayList<>(List.of(ld.toString(), "-m", "elf_x86_64", "-nostdlib", "-static",
				"-T", script.toString()));
		if (generated) {
			command.add("--no-warn-rwx-segments");
		}
		settings.defsyms().forEach((name, value) -> command.addAll(List.of("--defsym", name + "=" + value)));
		Optional<String> entry = settings.entry();
		if (entry.isEmpty() && generated) {
			// ld takes a number given to -e as an address when no symbol has that name, so it does not warn.
			entry = Optional.of("0x" + Long.toHexString(settings.loadAddress()));
		}
		entry.ifPresent(symbolOrAddress -> command.addAll(List.of("-e", symbolOrAddress)));
		command.addAll(List.of("-o", executable.toString()));
		objects.forEach(object -> command.add(object.toString()));
		return command;
	}
}
