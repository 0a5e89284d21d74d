package dev.gasket.debug.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IStreamMonitor;

/**
 * One console stream of a Gasket process: keeps all text so a console that attaches late shows it from the start,
 * and tells listeners about each append.
 */
final class ConsoleStream implements IStreamMonitor {

	private final StringBuilder contents = new StringBuilder();
	private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();

	void appendLine(String line) {
		String text = line + System.lineSeparator();
		// Under the monitor's lock, on which the platform's console also reads the contents and adds its listener,
		// so each piece of text reaches it exactly once.
		synchronized (this) {
			contents.append(text);
			listeners.forEach(listener -> listener.streamAppended(text, this));
		}
	}

	@Override
	public void addListener(IStreamListener listener) {
		synchronized (this) {
			listeners.add(listener);
		}
	}

	@Override
	public void removeListener(IStreamListener listener) {
		listeners.remove(listener);
	}

	@Override
	public String getContents() {
		synchronized (this) {
			return contents.toString();
		}
	}
}
