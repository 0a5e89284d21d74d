package dev.gasket.x86.tests.qemu;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One TCP connection to a GDB stub: sends and receives framed packets, verifies checksums and handles the
 * {@code +}/{@code -} acknowledgements until {@link #stopAcknowledging()}.
 */
final class GdbConnection implements AutoCloseable {

	private static final int MAX_RETRANSMISSIONS = 3;
	private static final byte INTERRUPT = 0x03;

	private final Socket socket;
	private final InputStream in;
	private final OutputStream out;
	private boolean acknowledging = true;

	private GdbConnection(Socket socket) throws IOException {
		this.socket = socket;
		this.in = new BufferedInputStream(socket.getInputStream());
		this.out = socket.getOutputStream();
	}

	static GdbConnection open(String host, int port, Duration timeout) throws IOException {
		Socket socket = new Socket();
		try {
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			return new GdbConnection(socket);
		} catch (IOException e) {
			socket.close();
			throw e;
		}
	}

	/** After a successful {@code QStartNoAckMode} neither side sends or expects acknowledgements. */
	void stopAcknowledging() {
		acknowledging = false;
	}

	boolean isAcknowledging() {
		return acknowledging;
	}

	/** Sends {@code payload} and, in acknowledged mode, waits for the stub's {@code +}. */
	void send(String payload, Duration timeout) {
		byte[] frame = GdbPackets.frame(payload);
		for (int attempt = 0; attempt <= MAX_RETRANSMISSIONS; attempt++) {
			write(frame);
			if (!acknowledging) {
				return;
			}
			int ack = readByte(timeout, "acknowledgement of '" + GdbPackets.abbreviate(payload) + "'");
			if (ack == '+') {
				return;
			}
			if (ack != '-') {
				throw new GdbRemoteException("expected '+' or '-' after sending '" + GdbPackets.abbreviate(payload)
						+ "' but received byte 0x" + Integer.toHexString(ack));
			}
		}
		throw new GdbRemoteException("stub rejected '" + GdbPackets.abbreviate(payload) + "' "
				+ (MAX_RETRANSMISSIONS + 1) + " times");
	}

	/** Sends the out-of-band interrupt byte that stops a running target. */
	void interrupt() {
		write(new byte[] { INTERRUPT });
	}

	/**
	 * Reads the next packet and returns its payload with runs expanded (escapes are left for binary replies).
	 *
	 * @param awaited what the caller waits for, named in timeout and error messages
	 */
	String receive(Duration timeout, String awaited) {
		for (int attempt = 0;; attempt++) {
			byte[] body = readFrameBody(timeout, awaited);
			int sent = Integer.parseInt(checksumDigits(timeout, awaited), 16);
			int computed = GdbPackets.checksum(body);
			String payload = new String(body, StandardCharsets.ISO_8859_1);
			if (sent == computed) {
				if (acknowledging) {
					write(new byte[] { '+' });
				}
				return new String(GdbPackets.expandRunLength(body), StandardCharsets.ISO_8859_1);
			}
			String problem = String.format("bad checksum in reply to %s: packet says %02x, payload sums to %02x: %s",
					awaited, sent, computed, GdbPackets.abbreviate(payload));
			if (!acknowledging || attempt == MAX_RETRANSMISSIONS) {
				throw new GdbRemoteException(problem);
			}
			write(new byte[] { '-' });
		}
	}

	private byte[] readFrameBody(Duration timeout, String awaited) {
		int b;
		// Skips stray acknowledgements; '%' starts an asynchronous notification, which is read and dropped.
		while ((b = readByte(timeout, awaited)) != '$') {
			if (b == '%') {
				readUntilHash(timeout, awaited);
				checksumDigits(timeout, awaited);
			}
		}
		return readUntilHash(timeout, awaited);
	}

	private byte[] readUntilHash(Duration timeout, String awaited) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int b;
		while ((b = readByte(timeout, awaited)) != '#') {
			body.write(b);
		}
		return body.toByteArray();
	}

	private String checksumDigits(Duration timeout, String awaited) {
		String digits = "" + (char) readByte(timeout, awaited) + (char) readByte(timeout, awaited);
		if (!digits.matches("[0-9a-fA-F]{2}")) {
			throw new GdbRemoteException("malformed checksum '" + digits + "' in reply to " + awaited);
		}
		return digits;
	}

	private int readByte(Duration timeout, String awaited) {
		try {
			socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
			int b = in.read();
			if (b < 0) {
				throw new GdbRemoteException("GDB stub closed the connection while waiting for " + awaited);
			}
			return b;
		} catch (SocketTimeoutException e) {
			throw new GdbTimeoutException("timed out after " + timeout.toMillis() + " ms waiting for " + awaited, e);
		} catch (IOException e) {
			throw new GdbRemoteException("reading from GDB stub failed while waiting for " + awaited, e);
		}
	}

	private void write(byte[] bytes) {
		try {
			out.write(bytes);
			out.flush();
		} catch (IOException e) {
			throw new GdbRemoteException("writing to GDB stub failed", e);
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
