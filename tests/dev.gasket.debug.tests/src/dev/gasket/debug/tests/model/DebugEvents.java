package dev.gasket.debug.tests.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;

/** Records the platform's debug events and waits, with a bound, for one that matches. */
final class DebugEvents implements IDebugEventSetListener, AutoCloseable {

	private final List<DebugEvent> events = new ArrayList<>();
	private int consumed;

	DebugEvents() {
		DebugPlugin.getDefault().addDebugEventListener(this);
	}

	@Override
	public synchronized void handleDebugEvents(DebugEvent[] set) {
		events.addAll(List.of(set));
		notifyAll();
	}

	/** The first event after the last one awaited that matches; earlier non-matching events are skipped. */
	synchronized DebugEvent await(String what, Predicate<DebugEvent> match, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (int i = consumed; i < events.size(); i++) {
				if (match.test(events.get(i))) {
					consumed = i + 1;
					return events.get(i);
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("no " + what + " within " + timeout + "; events: " + events.subList(consumed, events.size()));
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

	static Predicate<DebugEvent> of(Object source, int kind) {
		return event -> event.getSource() == source && event.getKind() == kind;
	}

	static Predicate<DebugEvent> of(Object source, int kind, int detail) {
		return of(source, kind).and(event -> event.getDetail() == detail);
	}

	@Override
	public void close() {
		DebugPlugin.getDefault().removeDebugEventListener(this);
	}
}
