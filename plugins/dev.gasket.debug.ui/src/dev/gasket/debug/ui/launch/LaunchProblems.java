package dev.gasket.debug.ui.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.launch.LaunchSettings;

/**
 * What the launch dialog reports about a configuration, each tab for its own attributes: what {@link LaunchSettings}
 * finds wrong (missing files, malformed values, missing binutils), and what only the sources can tell — an entry or
 * an initial value naming a symbol the program does not define.
 */
public final class LaunchProblems {
	private static final List<String> MACHINE_ATTRIBUTES = List.of(LaunchAttributes.START_STATE, LaunchAttributes.CPU_MODEL,
			LaunchAttributes.MEMORY_MIB, LaunchAttributes.ASSIGNMENTS);

	private LaunchProblems() {
	}

	/** The Program tab's problem: its attributes read with the Machine tab's left at their defaults. */
	public static Optional<String> ofProgram(ILaunchConfiguration config) {
		try {
			ILaunchConfigurationWorkingCopy programOnly = config.getWorkingCopy();
			MACHINE_ATTRIBUTES.forEach(programOnly::removeAttribute);
			return Optional.of(LaunchSettings.read(programOnly)).flatMap(LaunchProblems::unknownEntry);
		} catch (CoreException e) {
			return Optional.of(sentence(e.getStatus().getMessage()));
		}
	}

	/** The Machine tab's problem, once the program itself is right (else the Program tab speaks). */
	public static Optional<String> ofMachine(ILaunchConfiguration config) {
		if (ofProgram(config).isPresent()) {
			return Optional.empty();
		}
		try {
			return unknownAssignedSymbol(LaunchSettings.read(config).session());
		} catch (CoreException e) {
			return Optional.of(sentence(e.getStatus().getMessage()));
		}
	}

	private static Optional<String> unknownEntry(LaunchSettings settings) {
		SessionSettings session = settings.session();
		Optional<String> entry = session.entry();
		if (entry.isEmpty() || session.build().defsyms().containsKey(entry.get())) {
			return Optional.empty();
		}
		ProgramSymbols symbols = symbols(session);
		if (symbols.code(entry.get()).isPresent()) {
			return Optional.empty();
		}
		if (symbols.defined().contains(entry.get())) {
			return Optional.of("Entry symbol '" + entry.get() + "' is not code; choose one of " + names(symbols));
		}
		return Optional.of("Entry symbol '" + entry.get() + "' is not defined in the sources"
				+ (symbols.code().isEmpty() ? "" : "; choose one of " + names(symbols)));
	}

	/** {@code SYMBOL=VALUE} needs a symbol of the program; registers ({@code %reg=}) the engine checks at launch. */
	private static Optional<String> unknownAssignedSymbol(SessionSettings session) {
		Set<String> defined = symbols(session).defined();
		for (String assignment : session.assignments()) {
			String target = assignment.substring(0, assignment.indexOf('=')).strip();
			if (!target.startsWith("%") && !defined.contains(target) && !session.build().defsyms().containsKey(target)) {
				return Optional.of("Initial value '" + assignment + "': the sources define no symbol " + target);
			}
		}
		return Optional.empty();
	}

	private static ProgramSymbols symbols(SessionSettings session) {
		List<Path> sources = session.build().sources();
		return SourceSymbols.of(sources);
	}

	private static String names(ProgramSymbols symbols) {
		List<String> names = symbols.code().stream().map(CodeSymbol::name).toList();
		int shown = Math.min(names.size(), 6);
		return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", ..." : "");
	}

	/** The engine words its messages for a log line; the dialog shows sentences. */
	private static String sentence(String message) {
		return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}
}
