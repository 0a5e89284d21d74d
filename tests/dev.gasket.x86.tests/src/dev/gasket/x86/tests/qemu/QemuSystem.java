package dev.gasket.x86.tests.qemu;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code qemu-system-x86_64} process, frozen before the first instruction ({@code -S}) with its gdbstub on a
 * free loopback port and a connected {@link GdbRemoteClient}. Closing kills the process.
 */
public final class QemuSystem implements AutoCloseable {

	public static final String EXECUTABLE = "qemu-system-x86_64";
	private static final Duration START_LIMIT = Duration.ofSeconds(10);
	private static final Duration REPLY_LIMIT = Duration.ofSeconds(5);
	/** Another process may take the port between probing and QEMU binding it; then QEMU is retried. */
	private static final int PORT_ATTEMPTS = 3;

	private final Process process;
	private final Path log;
	private final List<String> commandLine;
	private final int gdbPort;
	private final GdbRemoteClient gdb;

	private QemuSystem(Process process, Path log, List<String> commandLine, int gdbPort, GdbRemoteClient gdb) {
		this.process = process;
		this.log = log;
		this.commandLine = commandLine;
		this.gdbPort = gdbPort;
		this.gdb = gdb;
	}

	public static boolean isInstalled() {
		return ExternalTool.find(EXECUTABLE).isPresent();
	}

	/** Skips the calling test, with a message saying what to install, when QEMU is not on {@code PATH}. */
	public static void assumeInstalled() {
		ToolAssumptions.assumeOnPath(EXECUTABLE, "qemu-system-x86");
	}

	/** Starts QEMU with {@code boot}'s images (files written to {@code directory}) and connects to it. */
	public static QemuSystem start(RealModeBoot boot, Path directory) throws IOException {
		List<String> imageArguments = boot.qemuArguments(directory);
		IOException lastFailure = null;
		for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
			int port = freePort();
			List<String> command = new ArrayList<>(List.of(EXECUTABLE, "-nodefaults", "-no-user-config",
					"-display", "none", "-no-reboot", "-machine", "pc", "-accel", "tcg", "-cpu", "qemu64",
					"-m", (RealModeBoot.RAM_BYTES >> 20) + "M", "-S", "-gdb", "tcp:127.0.0.1:" + port));
			command.addAll(imageArguments);
			Path log = directory.resolve("qemu-" + port + ".log");
			Process process = new ProcessBuilder(command).directory(directory.toFile())
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			try {
				return new QemuSystem(process, log, List.copyOf(command), port, connect(process, port, log));
			} catch (IOException | RuntimeException e) {
				kill(process);
				if (!(e instanceof IOException io) || !readLog(log).contains("Failed to")) {
					throw e;
				}
				lastFailure = io;
			}
		}
		throw lastFailure;
	}

	public GdbRemoteClient gdb() {
		return gdb;
	}

	public int gdbPort() {
		return gdbPort;
	}

	public List<String> commandLine() {
		return commandLine;
	}

	/** Whether the QEMU process is still running. */
	public boolean isAlive() {
		return process.isAlive();
	}

	/** Waits up to {@code limit} for the process to end by itself; returns whether it did. */
	public boolean awaitExit(Duration limit) throws InterruptedException {
		return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** What QEMU printed so far (errors, warnings). */
	public String output() {
		return readLog(log);
	}

	@Override
	public void close() throws IOException {
		try {
			gdb.close();
		} finally {
			kill(process);
		}
	}

	private static GdbRemoteClient connect(Process process, int port, Path log) throws IOException {
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (true) {
			if (!process.isAlive()) {
				throw new IOException(EXECUTABLE + " exited with " + process.exitValue() + " before its gdbstub "
						+ "accepted a connection:\n" + readLog(log));
			}
			try {
				return GdbRemoteClient.connect("127.0.0.1", port, REPLY_LIMIT);
			} catch (ConnectException notListeningYet) {
				if (System.nanoTime() > deadline) {
					throw new IOException("gdbstub of " + EXECUTABLE + " did not listen on port " + port + " within "
							+ START_LIMIT.toSeconds() + " s:\n" + readLog(log), notListeningYet);
				}
				sleep(Duration.ofMillis(20));
			}
		}
	}

	private static void kill(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(2, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			return probe.getLocalPort();
		}
	}

	private static String readLog(Path log) {
		try {
			return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		} catch (IOException e) {
			return "(log " + log + " unreadable: " + e.getMessage() + ")";
		}
	}

	private static void sleep(Duration duration) throws IOException {
		try {
			Thread.sleep(duration.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for " + EXECUTABLE, e);
		}
	}
}
