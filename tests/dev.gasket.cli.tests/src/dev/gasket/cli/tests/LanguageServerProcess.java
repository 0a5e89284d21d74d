package dev.gasket.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.gasket.cli.GasketCli;

/**
 * {@code gasket lsp} started as a separate process, spoken to over its stdin/stdout as an editor would: framed
 * JSON-RPC, requests answered by id, notifications collected, waits bounded.
 */
final class LanguageServerProcess implements AutoCloseable {
	private static final long TIMEOUT_SECONDS = 60;

	private final Process process;
	private final OutputStream toServer;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, BlockingQueue<JsonObject>> answers = new ConcurrentHashMap<>();
	private final BlockingQueue<JsonObject> notifications = new LinkedBlockingQueue<>();
	private final ByteArrayOutputStream standardError = new ByteArrayOutputStream();

	private LanguageServerProcess(Process process) {
		this.process = process;
		this.toServer = process.getOutputStream();
		Thread reader = new Thread(this::readMessages, "lsp-reader");
		reader.setDaemon(true);
		reader.start();
		Thread errors = new Thread(() -> copy(process.getErrorStream(), standardError), "lsp-stderr");
		errors.setDaemon(true);
		errors.start();
	}

	/** Starts the server with the classpath of the bundles this test runs with. */
	static LanguageServerProcess start(String... extraArguments) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", bundleClasspath(), GasketCli.class.getName(), "lsp"));
		command.addAll(List.of(extraArguments));
		return new LanguageServerProcess(new ProcessBuilder(command).start());
	}

	/** Bundle locations are {@code initial@reference:file:PATH}, PATH relative to the OSGi install area or absolute. */
	private static String bundleClasspath() {
		Path installArea = Path.of(java.net.URI.create(System.getProperty("osgi.install.area")));
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(LanguageServerProcess.class).getBundleContext().getBundles()) {
			String location = bundle.getLocation();
			int file = location.indexOf("file:");
			if (bundle.getBundleId() != 0 && file >= 0) {
				entries.add(installArea.resolve(location.substring(file + "file:".length())).normalize().toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	JsonObject initialize(Path workspace) {
		JsonObject params = object("processId", ProcessHandle.current().pid(), "capabilities",
				object("workspace", object("workspaceFolders", true), "textDocument", object("rename", object("prepareSupport", true),
						"documentSymbol", object("hierarchicalDocumentSymbolSupport", true))),
				"workspaceFolders", array(object("uri", uri(workspace), "name", workspace.getFileName().toString())));
		JsonObject result = request("initialize", params).getAsJsonObject();
		notify("initialized", new JsonObject());
		return result;
	}

	void open(Path file, String text) {
		notify("textDocument/didOpen", object("textDocument", object("uri", uri(file), "languageId", "gas", "version", 1, "text", text)));
	}

	void replaceText(Path file, int version, String text) {
		notify("textDocument/didChange", object("textDocument", object("uri", uri(file), "version", version), "contentChanges",
				array(object("text", text))));
	}

	static JsonObject at(Path file, int line, int character) {
		return object("textDocument", object("uri", uri(file)), "position", object("line", line, "character", character));
	}

	/** The result of a request; fails the test on a protocol error. */
	JsonElement request(String method, JsonObject params) {
		JsonObject answer = answer(method, params);
		if (answer.has("error")) {
			fail(method + " failed: " + answer.get("error"));
		}
		return answer.has("result") ? answer.get("result") : JsonNull.INSTANCE;
	}

	/** The error message of a request that must fail. */
	String requestError(String method, JsonObject params) {
		JsonObject answer = answer(method, params);
		assertTrue(answer.has("error"), () -> method + " should have failed but answered " + answer.get("result"));
		return answer.getAsJsonObject("error").get("message").getAsString();
	}

	private JsonObject answer(String method, JsonObject params) {
		int id = ids.incrementAndGet();
		BlockingQueue<JsonObject> answer = new LinkedBlockingQueue<>();
		answers.put(id, answer);
		JsonObject message = object("jsonrpc", "2.0", "id", id, "method", method);
		message.add("params", params);
		send(message);
		try {
			JsonObject received = answer.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (received == null) {
				fail("no answer to " + method + " within " + TIMEOUT_SECONDS + " s; server stderr:\n" + serverErrors());
			}
			return received;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	void notify(String method, JsonObject params) {
		JsonObject message = object("jsonrpc", "2.0", "method", method);
		message.add("params", params);
		send(message);
	}

	/** The next notification {@code method} whose params satisfy {@code wanted}, waiting a bounded time. */
	JsonObject awaitNotification(String method, java.util.function.Predicate<JsonObject> wanted) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		try {
			while (System.nanoTime() < deadline) {
				JsonObject next = notifications.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (next != null && next.get("method").getAsString().equals(method) && wanted.test(next.getAsJsonObject("params"))) {
					return next.getAsJsonObject("params");
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return fail("no " + method + " notification as expected within " + TIMEOUT_SECONDS + " s");
	}

	/** Shuts the server down the way clients do and returns its exit status. */
	int shutdown() throws InterruptedException {
		request("shutdown", null);
		notify("exit", null);
		assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server did not exit after `exit`");
		return process.exitValue();
	}

	String serverErrors() {
		synchronized (standardError) {
			return standardError.toString(StandardCharsets.UTF_8);
		}
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}

	private synchronized void send(JsonObject message) {
		byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
		try {
			toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			toServer.write(body);
			toServer.flush();
		} catch (IOException e) {
			throw new AssertionError("the server closed its input; stderr:\n" + serverErrors(), e);
		}
	}

	private void readMessages() {
		InputStream in = process.getInputStream();
		try {
			while (true) {
				int length = -1;
				String header;
				while (!(header = readHeaderLine(in)).isEmpty()) {
					if (header.toLowerCase().startsWith("content-length:")) {
						length = Integer.parseInt(header.substring("content-length:".length()).trim());
					}
				}
				JsonObject message = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
				if (message.has("id") && message.has("method")) {
					JsonObject reply = object("jsonrpc", "2.0");
					reply.add("id", message.get("id"));
					reply.add("result", JsonNull.INSTANCE);
					send(reply);
				} else if (message.has("id")) {
					answers.get(message.get("id").getAsInt()).add(message);
				} else {
					notifications.add(message);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the server exited: waits time out with its standard error attached
		}
	}

	private static String readHeaderLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new IOException("end of stream");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private static void copy(InputStream from, ByteArrayOutputStream to) {
		byte[] buffer = new byte[4096];
		try {
			for (int n; (n = from.read(buffer)) > 0;) {
				synchronized (to) {
					to.write(buffer, 0, n);
				}
			}
		} catch (IOException e) {
			// the process ended
		}
	}

	static String uri(Path path) {
		return path.toUri().toString().replaceFirst("^file:///", "file:///");
	}

	static JsonObject object(Object... keysAndValues) {
		JsonObject object = new JsonObject();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.add((String) keysAndValues[i], json(keysAndValues[i + 1]));
		}
		return object;
	}

	static JsonArray array(Object... values) {
		JsonArray array = new JsonArray();
		for (Object value : values) {
			array.add(json(value));
		}
		return array;
	}

	private static JsonElement json(Object value) {
		if (value instanceof JsonElement element) {
			return element;
		}
		JsonArray holder = new JsonArray();
		if (value instanceof Number number) {
			holder.add(number);
		} else if (value instanceof Boolean bool) {
			holder.add(bool);
		} else {
			holder.add(String.valueOf(value));
		}
		return holder.get(0);
	}

	static void assertExitedCleanly(int status) {
		assertEquals(0, status, "exit status of gasket lsp");
	}
}
