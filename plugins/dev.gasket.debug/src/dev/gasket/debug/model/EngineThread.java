package dev.gasket.debug.model;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one thread that calls the engine's session, which is not thread-safe: the debug model queues every session
 * call here, so callers (UI threads among them) never block on a running program. A long task such as a resume
 * runs the tasks queued meanwhile through {@link #runQueued()}, e.g. a breakpoint added while the program runs.
 */
final class EngineThread {

	private static final Runnable STOP = () -> {
	};

	private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
	private final Thread thread;

	EngineThread(String name) {
		thread = new Thread(this::loop, name);
		thread.setDaemon(true);
		thread.start();
	}

	/** Runs {@code call} on the engine thread; the future completes with its result or exception. */
	<T> CompletableFuture<T> submit(Callable<T> call) {
		CompletableFuture<T> result = new CompletableFuture<>();
		tasks.add(() -> {
			try {
				result.complete(call.call());
			} catch (Exception | Error e) {
				result.completeExceptionally(e);
			}
		});
		return result;
	}

	CompletableFuture<Void> execute(Runnable task) {
		return submit(() -> {
			task.run();
			return null;
		});
	}

	boolean isCurrent() {
		return Thread.currentThread() == thread;
	}

	/** From inside a task on the engine thread: runs what was queued since it started. */
	void runQueued() {
		for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
			if (task == STOP) {
				// left for the loop, which ends when the current task returns
				tasks.add(STOP);
				return;
			}
			task.run();
		}
	}

	/**
	 * Lets the thread end after the tasks already queued; waits up to {@code millis} for it (not when called on the
	 * engine thread itself, which ends after the current task).
	 */
	boolean stop(long millis) throws InterruptedException {
		tasks.add(STOP);
		if (isCurrent()) {
			return true;
		}
		thread.join(millis);
		return !thread.isAlive();
	}

	private void loop() {
		try {
			for (Runnable task = tasks.take(); task != STOP; task = tasks.take()) {
				task.run();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
