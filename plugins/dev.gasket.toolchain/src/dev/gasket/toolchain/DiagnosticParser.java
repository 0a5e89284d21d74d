package dev.gasket.toolchain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gasket.toolchain.ToolDiagnostic.Severity;

/**
 * Turns the messages of GNU as, ld and gcc (with its preprocessor) into
 * {@link ToolDiagnostic}s. All use {@code file:line: text}, optionally preceded
 * by the program name; gcc adds a column, ld sometimes a {@code (section+offset)}.
 * Lines that only give context for the next message (ld's {@code in function `f':},
 * gcc's include chain) or for the previous one (notes) are folded into that message. GNU as opens its messages
 * with a {@code file: Assembler messages:} line, so whatever follows it (in gcc's output: after the preprocessor's
 * messages) is marked as coming from as.
 */
final class DiagnosticParser {

	private static final Pattern LOCATED = Pattern.compile("(.+?):(\\d+)(?::\\d+)?(?::\\([^)]*\\))?: (.*)");
	/** An unlocated message that starts with a program (cc1) or pseudo-file (&lt;command-line&gt;) instead of a file. */
	private static final Pattern ORIGIN = Pattern.compile("(?:[A-Za-z][\\w+-]*|<[\\w -]+>): (.*)");
	private static final Pattern SEVERITY = Pattern.compile("(?i)(fatal error|error|warning|note|info): (.*)");
	private static final Pattern FUNCTION_CONTEXT = Pattern.compile(".*: in function (.+):");
	private static final Pattern INCLUDE_CONTEXT = Pattern.compile("(?:In file included )?from .+:\\d+(?::\\d+)?[:,]");
	private static final String AS_HEADER = "Assembler messages:";
	private static final String GCC_GAVE_UP = "compilation terminated.";

	private final List<String> programPrefixes;

	/** @param program the executable as it was invoked, whose name the tool may put in front of its messages */
	DiagnosticParser(String program) {
		String fileName = Path.of(program).getFileName().toString();
		this.programPrefixes = List.of(program + ": ", fileName + ": ");
	}

	List<ToolDiagnostic> parse(List<String> outputLines) {
		List<ToolDiagnostic> diagnostics = new ArrayList<>();
		String function = null;
		boolean assemblerSpeaks = false;
		for (String rawLine : outputLines) {
			String line = withoutProgramPrefix(rawLine.strip());
			if (line.endsWith(AS_HEADER)) {
				assemblerSpeaks = true;
				continue;
			}
			if (line.isEmpty() || line.equals(GCC_GAVE_UP)
					|| INCLUDE_CONTEXT.matcher(line).matches()) {
				continue;
			}
			Matcher context = FUNCTION_CONTEXT.matcher(line);
			if (context.matches()) {
				function = context.group(1);
				continue;
			}
			Message message = message(line);
			if (message.isNote() && !diagnostics.isEmpty()) {
				int last = diagnostics.size() - 1;
				diagnostics.set(last, withSuffix(diagnostics.get(last), message.asNote()));
				continue;
			}
			ToolDiagnostic diagnostic = message.diagnostic(assemblerSpeaks);
			if (function != null) {
				diagnostic = withSuffix(diagnostic, " (in function " + function + ")");
				function = null;
			}
			diagnostics.add(diagnostic);
		}
		return List.copyOf(diagnostics);
	}

	private String withoutProgramPrefix(String line) {
		for (String prefix : programPrefixes) {
			if (line.startsWith(prefix)) {
				return line.substring(prefix.length());
			}
		}
		return line;
	}

	private static Message message(String line) {
		Optional<String> file = Optional.empty();
		OptionalInt lineNumber = OptionalInt.empty();
		String text = line;
		Matcher located = LOCATED.matcher(line);
		Matcher origin = ORIGIN.matcher(line);
		if (located.matches()) {
			file = Optional.of(located.group(1));
			lineNumber = OptionalInt.of(Integer.parseInt(located.group(2)));
			text = located.group(3).strip();
		} else if (origin.matches() && SEVERITY.matcher(origin.group(1)).matches()) {
			text = origin.group(1);
		}
		Matcher severity = SEVERITY.matcher(text);
		if (severity.matches()) {
			return new Message(file, lineNumber, severity.group(1).toLowerCase(Locale.ROOT), severity.group(2));
		}
		// ld states errors such as "undefined reference" without an "error:" label.
		return new Message(file, lineNumber, "error", text);
	}

	private static ToolDiagnostic withSuffix(ToolDiagnostic diagnostic, String suffix) {
		return new ToolDiagnostic(diagnostic.file(), diagnostic.line(), diagnostic.severity(),
				diagnostic.message() + suffix, diagnostic.fromAssembler());
	}

	/** One message line split up; {@code level} is the tool's lower-cased label. */
	private record Message(Optional<String> file, OptionalInt line, String level, String text) {

		boolean isNote() {
			return level.equals("note") || level.equals("info");
		}

		/** The note as it reads after the message it explains, with its own location if it has one. */
		String asNote() {
			String where = file.map(name -> " at " + name + (line.isPresent() ? ":" + line.getAsInt() : "")).orElse("");
			return " (" + text + where + ")";
		}

		ToolDiagnostic diagnostic(boolean fromAssembler) {
			// A note with nothing before it to explain still informs, but is no error.
			Severity severity = level.equals("warning") || isNote() ? Severity.WARNING : Severity.ERROR;
			return new ToolDiagnostic(file, line, severity, text, fromAssembler);
		}
	}
}
