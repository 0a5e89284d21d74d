package dev.gasket.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.engine.StartState;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.x86.cpu.CpuModel;

/** The options of {@code gasket run}, parsed; {@link #parse} throws {@link IllegalArgumentException} with the reason. */
record RunOptions(SessionSettings session, List<String> breakpoints, List<String> watches, long maxSteps, boolean trace,
		boolean stopOnModeChange) {

	static final long DEFAULT_MAX_STEPS = 10_000_000;

	static RunOptions parse(List<String> arguments) {
		List<Path> sources = new ArrayList<>();
		List<Path> includes = new ArrayList<>();
		Map<String, String> defines = new LinkedHashMap<>();
		Map<String, String> defsyms = new LinkedHashMap<>();
		List<String> breakpoints = new ArrayList<>();
		List<String> watches = new ArrayList<>();
		List<String> assignments = new ArrayList<>();
		Optional<String> entry = Optional.empty();
		Optional<Path> linkerScript = Optional.empty();
		long loadAddress = 0x1000;
		String toolPrefix = "";
		StartState start = StartState.REAL;
		CpuModel cpu = CpuModel.LEGACY;
		long maxSteps = DEFAULT_MAX_STEPS;
		long memory = SessionSettings.DEFAULT_MEMORY;
		boolean trace = false;
		boolean stopOnModeChange = false;
		for (int i = 0; i < arguments.size(); i++) {
			String option = arguments.get(i);
			if (!option.startsWith("-")) {
				sources.add(Path.of(option));
				continue;
			}
			if (option.equals("--trace")) {
				trace = true;
				continue;
			}
			if (option.equals("--stop-on-mode-change")) {
				stopOnModeChange = true;
				continue;
			}
			if (i + 1 >= arguments.size()) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			String value = arguments.get(++i);
			switch (option) {
				case "--entry" -> entry = Optional.of(value);
				case "--start" -> start = StartState.ofOption(value)
						.orElseThrow(() -> new IllegalArgumentException("--start takes real, protected32, long4 or long5, not " + value));
				case "--cpu" -> cpu = switch (value) {
					case "legacy" -> CpuModel.LEGACY;
					case "x86s" -> CpuModel.X86S;
					default -> throw new IllegalArgumentException("--cpu takes legacy or x86s, not " + value);
				};
				case "--break" -> breakpoints.add(value);
				case "--watch" -> watches.add(value);
				case "--set" -> assignments.add(value);
				case "--max-steps" -> maxSteps = positive(option, value);
				case "-I" -> includes.add(Path.of(value));
				case "-D" -> define(defines, value);
				case "--defsym" -> define(defsyms, value);
				case "--linker-script" -> linkerScript = Optional.of(Path.of(value));
				case "--load-address" -> loadAddress = number(option, value);
				case "--memory" -> memory = positive(option, value) << 20;
				case "--tool-prefix" -> toolPrefix = value;
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("no source files given");
		}
		BuildSettings build = new BuildSettings(List.copyOf(sources), List.copyOf(includes), defines, defsyms, linkerScript,
				loadAddress, entry, toolPrefix);
		SessionSettings session = new SessionSettings(build, entry, start, cpu, List.copyOf(assignments), memory);
		return new RunOptions(session, List.copyOf(breakpoints), List.copyOf(watches), maxSteps, trace, stopOnModeChange);
	}

	private static void define(Map<String, String> definitions, String value) {
		int equals = value.indexOf('=');
		if (equals == 0) {
			throw new IllegalArgumentException("expected NAME or NAME=VALUE, not " + value);
		}
		if (equals < 0) {
			definitions.put(value, "1");
		} else {
			definitions.put(value.substring(0, equals), value.substring(equals + 1));
		}
	}

	private static long positive(String option, String value) {
		long number = number(option, value);
		if (number <= 0) {
			throw new IllegalArgumentException(option + " must be positive, not " + value);
		}
		return number;
	}

	private static long number(String option, String value) {
		try {
			return Long.decode(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " takes a number, not " + value);
		}
	}
}
