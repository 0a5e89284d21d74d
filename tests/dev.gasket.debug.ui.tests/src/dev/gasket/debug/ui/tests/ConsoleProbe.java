package dev.gasket.debug.ui.tests;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.console.IHyperlink;
import org.eclipse.ui.console.TextConsole;

import dev.gasket.debug.ui.console.SourceLink;

/** The Console view's console of a process: its text and the links the pattern listeners put on it. */
final class ConsoleProbe {
	private final TextConsole console;

	private ConsoleProbe(TextConsole console) {
		this.console = console;
	}

	static ConsoleProbe of(IProcess process) {
		Ui.waitUntil("the process has a console", () -> DebugUITools.getConsole(process) != null);
		return new ConsoleProbe((TextConsole) DebugUITools.getConsole(process));
	}

	IDocument document() {
		return console.getDocument();
	}

	/** The source link on exactly {@code text} in a console line that starts with {@code lineStart}, once it is there. */
	SourceLink awaitLink(String lineStart, String text) {
		Ui.waitUntil("the console links '" + text + "' on a line starting '" + lineStart + "'; it shows:\n" + document().get(),
				() -> link(lineStart, text).isPresent());
		return link(lineStart, text).orElseThrow();
	}

	Optional<SourceLink> link(String lineStart, String text) {
		return Arrays.stream(console.getHyperlinks()).filter(SourceLink.class::isInstance).map(SourceLink.class::cast)
				.filter(link -> linkedText(link).equals(text) && lineOf(link).startsWith(lineStart)).findFirst();
	}

	String linkedText(IHyperlink link) {
		IRegion region = console.getRegion(link);
		try {
			return region == null ? "" : document().get(region.getOffset(), region.getLength());
		} catch (BadLocationException cleared) {
			return "";
		}
	}

	private String lineOf(IHyperlink link) {
		IRegion region = console.getRegion(link);
		try {
			IRegion line = document().getLineInformationOfOffset(region.getOffset());
			return document().get(line.getOffset(), line.getLength());
		} catch (BadLocationException | NullPointerException cleared) {
			return "";
		}
	}
}
