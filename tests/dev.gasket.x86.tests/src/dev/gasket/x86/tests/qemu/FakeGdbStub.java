package dev.gasket.x86.tests.qemu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A scripted GDB stub on a loopback port for testing the client's protocol handling: acknowledges every packet
 * and answers with the packets {@code replies} gives for it (none: stay silent). With {@code corruptFirstReply}
 * the first packet goes out with a wrong checksum and is resent correctly when the client sends {@code -}.
 */
final class FakeGdbStub implements AutoCloseable {

	private final ServerSocket server;
	private final Thread thread;
	private final List<String> received = new CopyOnWriteArrayList<>();

	FakeGdbStub(Function<String, List<String>> replies, boolean corruptFirstReply) throws IOException {
		server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		thread = new Thread(() -> serve(replies, corruptFirstReply), "fake-gdb-stub");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** Payloads received so far, in order. */
	List<String> received() {
		return received;
	}

	private void serve(Function<String, List<String>> replies, boolean corruptFirstReply) {
		try (Socket socket = server.accept()) {
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			byte[] lastFrame = null;
			boolean corrupt = corruptFirstReply;
			int b;
			while ((b = in.read()) >= 0) {
				if (b == '-' && lastFrame != null) {
					out.write(lastFrame);
				} else if (b == '$') {
					String payload = readPayload(in);
					received.add(payload);
					out.write('+');
					for (String reply : replies.apply(payload)) {
						lastFrame = GdbPackets.frame(reply);
						out.write(corrupt ? corrupted(lastFrame) : lastFrame);
						corrupt = false;
					}
				}
				out.flush();
			}
		} catch (IOException closed) {
			// The test closed the stub or the client went away: nothing left to serve.
		}
	}

	private static String readPayload(InputStream in) throws IOException {
		ByteArrayOutputStream payload = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != '#' && b >= 0) {
			payload.write(b);
		}
		in.read();
		in.read();
		return payload.toString(StandardCharsets.ISO_8859_1);
	}

	private static byte[] corrupted(byte[] frame) {
		byte[] copy = frame.clone();
		copy[copy.length - 1] = (byte) (copy[copy.length - 1] == '0' ? '1' : '0');
		return copy;
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
