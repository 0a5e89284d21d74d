package dev.gasket.toolchain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gasket.toolchain.ToolDiagnostic.Severity;

/**
 * Turns the messages of GNU as and ld into {@link ToolDiagnostic}s. Both use
 * {@code file:line: text}, optionally preceded by the program name; ld also
 * prints an {@code in function `f':} line that only gives context for the next one.
 */
final class DiagnosticParser {

	private static final Pattern LOCATED = Pattern.compile("(.+?):(\\d+): (.*)");
	private static final Pattern SEVERITY = Pattern.compile("(?i)(fatal error|error|warning): (.*)");
	private static final Pattern FUNCTION_CONTEXT = Pattern.compile(".*: in function (.+):");
	private static final String AS_HEADER = "Assembler messages:";

	private final List<String> programPrefixes;

	/** @param program the executable as it was invoked, whose name the tool may put in front of its messages */
	DiagnosticParser(String program) {
		String fileName = Path.of(program).getFileName().toString();
		this.programPrefixes = List.of(program + ": ", fileName + ": ");
	}

	List<ToolDiagnostic> parse(List<String> outputLines) {
		List<ToolDiagnostic> diagnostics = new ArrayList<>();
		String function = null;
		for (String rawLine : outputLines) {
			String line = withoutProgramPrefix(rawLine.strip());
			if (line.isEmpty() || line.endsWith(AS_HEADER)) {
				continue;
			}
			Matcher context = FUNCTION_CONTEXT.matcher(line);
			if (context.matches()) {
				function = context.group(1);
				continue;
			}
			ToolDiagnostic diagnostic = diagnostic(line);
			if (function != null) {
				diagnostic = inFunction(diagnostic, function);
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

	private static ToolDiagnostic diagnostic(String line) {
		Optional<String> file = Optional.empty();
		OptionalInt lineNumber = OptionalInt.empty();
		String text = line;
		Matcher located = LOCATED.matcher(line);
		if (located.matches()) {
			file = Optional.of(located.group(1));
			lineNumber = OptionalInt.of(Integer.parseInt(located.group(2)));
			text = located.group(3);
		}
		Matcher severity = SEVERITY.matcher(text);
		if (severity.matches()) {
			Severity level = severity.group(1).equalsIgnoreCase("warning") ? Severity.WARNING : Severity.ERROR;
			return new ToolDiagnostic(file, lineNumber, level, severity.group(2));
		}
		// ld states errors such as "undefined reference" without an "error:" label.
		return new ToolDiagnostic(file, lineNumber, Severity.ERROR, text);
	}

	private static ToolDiagnostic inFunction(ToolDiagnostic diagnostic, String function) {
		return new ToolDiagnostic(diagnostic.file(), diagnostic.line(), diagnostic.severity(),
				diagnostic.message() + " (in function " + function + ")");
	}
}
