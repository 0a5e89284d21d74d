package dev.gasket.cli;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commands of {@code gasket}, with their synopsis and summary for {@code gasket --help}.
 */
public enum Subcommand {
	IDE("ide", "", "start the Gasket IDE on the example project (handled by the ./gasket launcher script)"),
	LINT("lint", "[--format text|json] [-I DIR]... [--severity info|warning|error] PATH...",
			"check GAS x86 sources (files, or folders of .s/.S/.sx) and print file:line:col diagnostics"),
	BENCH("bench", "[--lines N] [--files N] [--rounds N] | --emulator [--rounds N] | --debugger [--rounds N]",
			"time parse+link+validate against GNU as on the same files; --emulator: x86 emulator MIPS against qemu-x86_64;"
					+ " --debugger: launch to first stop and single-step round trip"),
	NAV("nav", "def|refs|hover FILE:LINE:COL | symbols FILE [--root DIR] [-I DIR]...",
			"definitions, references, hover text and outline of symbols (lines and columns from 1, a tab is one column)"),
	LSP("lsp", "[--stdio]", "serve the Language Server Protocol (3.17) over stdin/stdout for VS Code, Neovim, Emacs, Helix…"),
	RUN("run", "FILE... [--entry SYM] [--start real|protected32|long4|long5] [--cpu legacy|x86s] [--break 'FILE:LINE|SYM [if COND]']..."
			+ " [--watch SYM]... [--set SYM=VALUE|%reg=VALUE]... [--max-steps N] [--trace] [--stop-on-mode-change] [-I DIR]... [-D NAME=VALUE]..."
			+ " [--defsym NAME=VALUE]... [--linker-script FILE | --load-address ADDR] [--memory MIB] [--tool-prefix PREFIX]",
			"build with GNU binutils and run in the x86 emulator, printing each stop with registers and the debug console");

	private final String name;
	private final String arguments;
	private final String summary;

	Subcommand(String name, String arguments, String summary) {
		this.name = name;
		this.arguments = arguments;
		this.summary = summary;
	}

	public String commandName() {
		return name;
	}

	public String synopsis() {
		return arguments.isEmpty() ? name : name + " " + arguments;
	}

	public String summary() {
		return summary;
	}

	public static Optional<Subcommand> named(String name) {
		return Arrays.stream(values()).filter(command -> command.name.equals(name)).findFirst();
	}
}
