package dev.gasket.debug.ui.console;

import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.console.IConsole;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.console.IPatternMatchListenerDelegate;
import org.eclipse.ui.console.PatternMatchEvent;
import org.eclipse.ui.console.TextConsole;

/**
 * Turns the {@code FILE:LINE} references in a Gasket process console (build errors, stop reasons) into links that
 * open the file at the line. The pattern is the extension's; references to no file found stay plain text.
 */
public final class SourceLinkMatcher implements IPatternMatchListenerDelegate {

	private volatile TextConsole console;
	private volatile SourceResolver resolver;

	@Override
	public void connect(TextConsole connected) {
		IProcess process = connected instanceof IConsole processConsole ? processConsole.getProcess() : null;
		resolver = new SourceResolver(process == null ? null : process.getLaunch());
		console = connected;
	}

	@Override
	public void disconnect() {
		console = null;
	}

	@Override
	public void matchFound(PatternMatchEvent event) {
		TextConsole target = console;
		if (target == null) {
			return;
		}
		try {
			String text = target.getDocument().get(event.getOffset(), event.getLength());
			SourceReference.parse(text).ifPresent(reference -> resolver.resolve(reference.path()).ifPresent(source -> link(target,
					new SourceLink(source, reference.line()), event)));
		} catch (BadLocationException cleared) {
			// the console was cleared since the match
		}
	}

	private static void link(TextConsole target, SourceLink link, PatternMatchEvent event) {
		try {
			target.addHyperlink(link, event.getOffset(), event.getLength());
		} catch (BadLocationException cleared) {
			// the console was cleared since the match
		}
	}
}
