package dev.gasket.lang.ui.editor;

import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;

/**
 * Toggles {@code # } line comments on the lines of a selection. {@code #} is the one comment character x86 GAS
 * accepts anywhere in both {@code .s} and {@code .S}: {@code ;} separates statements on x86, {@code //} comments only
 * at the start of a line (and {@code /} is division with {@code --divide}), and cpp passes a {@code # text} line of a
 * {@code .S} file through to the assembler. A {@code #define}/{@code #include}-like line counts as code, not as a comment,
 * so a block of cpp directives gets commented rather than broken.
 */
final class LineComments {
	private static final String PREFIX = "# ";
	private static final Pattern DIRECTIVE = Pattern.compile(
			"#\\s*(define|undef|include|include_next|if|ifdef|ifndef|elif|else|endif|error|warning|pragma|line)\\b.*");

	private LineComments() {
	}

	/** Comments the selected lines, or uncomments them when every non-blank one is commented; one replace, so one undo. */
	static ITextSelection toggle(IDocument document, ITextSelection selection) throws BadLocationException {
		int first = document.getLineOfOffset(selection.getOffset());
		int last = document.getLineOfOffset(selection.getOffset() + selection.getLength());
		if (last > first && document.getLineOffset(last) == selection.getOffset() + selection.getLength()) {
			last--; // a selection of whole lines ends at the start of the next one
		}
		int start = document.getLineOffset(first);
		IRegion lastLine = document.getLineInformation(last);
		String block = document.get(start, lastLine.getOffset() + lastLine.getLength() - start);
		String[] lines = block.split("(?<=\n)", -1);
		boolean uncomment = block.lines().anyMatch(line -> !line.isBlank()) && block.lines().allMatch(line -> line.isBlank() || isComment(line));
		StringBuilder result = new StringBuilder();
		for (String line : lines) {
			if (line.isBlank()) {
				result.append(line);
			} else if (uncomment) {
				result.append(line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line.substring(1));
			} else {
				result.append(PREFIX).append(line);
			}
		}
		document.replace(start, block.length(), result.toString());
		return new TextSelection(document, start, result.length());
	}

	private static boolean isComment(String line) {
		return line.startsWith("#") && !DIRECTIVE.matcher(line).matches();
	}
}
