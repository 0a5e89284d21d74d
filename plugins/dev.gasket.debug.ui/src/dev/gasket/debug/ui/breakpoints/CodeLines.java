package dev.gasket.debug.ui.breakpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.Program;

/**
 * Which source lines a line breakpoint can stop at: those that assemble to an instruction, read from the parsed file.
 * Blank and comment lines, labels, directives, data, constants, cpp lines and macro definitions have no code.
 */
public final class CodeLines {

	private CodeLines() {
	}

	/**
	 * Empty when 1-based {@code line} of the parsed file has code; otherwise why not, as a clause such as
	 * "it is only a comment" or "it holds data (.long), not code".
	 */
	public static Optional<String> whyNoCode(XtextResource resource, int line) {
		IParseResult parse = resource.getParseResult();
		if (parse == null || !(parse.getRootASTElement() instanceof Program program)) {
			return Optional.of("the file has not been parsed");
		}
		String text = parse.getRootNode().getText();
		String[] lines = text.split("\r?\n", -1);
		if (line < 1 || line > lines.length) {
			return Optional.of("the file has " + lines.length + " lines");
		}
		List<Line> statements = statementsOn(program, line);
		if (statements.isEmpty()) {
			return Optional.of(lines[line - 1].isBlank() ? "it is blank" : "it is only a comment");
		}
		StatementCode code = new StatementCode(resource);
		Optional<String> firstReason = Optional.empty();
		for (Line statement : statements) {
			Optional<String> reason = code.whyNoCode(statement);
			if (reason.isEmpty()) {
				return reason;
			}
			firstReason = firstReason.or(() -> reason);
		}
		return firstReason;
	}

	/** The statements written on {@code line}, including one continued from or onto it with a backslash. */
	private static List<Line> statementsOn(Program program, int line) {
		List<Line> found = new ArrayList<>();
		for (Line statement : program.getLines()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(statement);
			if (node != null && node.getStartLine() <= line && line <= node.getEndLine()) {
				found.add(statement);
			}
		}
		return found;
	}
}
