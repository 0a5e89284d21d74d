package dev.gasket.x86.tests.qemu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Encoding rules of the GDB Remote Serial Protocol ("Overview" and "Binary Data" in the GDB manual): framing
 * as {@code $payload#cs}, the modulo-256 checksum, run-length expansion and the {@code '}'} escape.
 */
public final class GdbPackets {

	private static final byte ESCAPE = '}';
	private static final byte RUN_LENGTH = '*';
	private static final int ESCAPE_XOR = 0x20;
	/** A run-length count character encodes {@code count + 29} repeats of the previous character. */
	private static final int RUN_LENGTH_BIAS = 29;

	private GdbPackets() {
	}

	/** Sum of the payload bytes modulo 256, as sent after {@code #}. */
	public static int checksum(byte[] payload) {
		int sum = 0;
		for (byte b : payload) {
			sum += b & 0xff;
		}
		return sum & 0xff;
	}

	/** The bytes sent on the wire for {@code payload}: {@code $}, the escaped payload, {@code #}, checksum. */
	public static byte[] frame(String payload) {
		byte[] body = escape(payload.getBytes(StandardCharsets.ISO_8859_1));
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 4);
		out.write('$');
		out.writeBytes(body);
		out.write('#');
		out.writeBytes(String.format("%02x", checksum(body)).getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/** Escapes the bytes that would otherwise end the packet or be read as a run length. */
	public static byte[] escape(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
		for (byte b : data) {
			if (b == '$' || b == '#' || b == ESCAPE || b == RUN_LENGTH) {
				out.write(ESCAPE);
				out.write(b ^ ESCAPE_XOR);
			} else {
				out.write(b);
			}
		}
		return out.toByteArray();
	}

	/** Undoes {@link #escape}; used for binary replies such as {@code qXfer}. */
	public static byte[] unescape(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
		for (int i = 0; i < data.length; i++) {
			if (data[i] == ESCAPE) {
				if (++i == data.length) {
					throw new GdbRemoteException("packet ends inside an escape sequence");
				}
				out.write(data[i] ^ ESCAPE_XOR);
			} else {
				out.write(data[i]);
			}
		}
		return out.toByteArray();
	}

	/** Expands {@code X*n} runs (the previous character repeated {@code n - 29} more times). */
	public static byte[] expandRunLength(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
		int last = -1;
		for (int i = 0; i < data.length; i++) {
			// After '}' a '*' is the escaped byte 0x0a, not a run.
			if (data[i] != RUN_LENGTH || (i > 0 && data[i - 1] == ESCAPE)) {
				out.write(data[i]);
				last = data[i];
				continue;
			}
			if (last < 0 || i + 1 == data.length) {
				throw new GdbRemoteException("run-length marker without a character or count at offset " + i);
			}
			int repeats = (data[++i] & 0xff) - RUN_LENGTH_BIAS;
			if (repeats < 3) {
				throw new GdbRemoteException("invalid run-length count character '" + (char) data[i] + "'");
			}
			for (int r = 0; r < repeats; r++) {
				out.write(last);
			}
		}
		return out.toByteArray();
	}

	/** Lower-case hex of {@code text}'s ISO-8859-1 bytes, as {@code qRcmd} wants its command. */
	public static String hexOf(String text) {
		return HexFormat.of().formatHex(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Decodes pairs of hex digits, e.g. console output or memory contents. */
	public static byte[] bytesOfHex(String hex) {
		if (hex.length() % 2 != 0) {
			throw new GdbRemoteException("odd number of hex digits in reply: " + abbreviate(hex));
		}
		try {
			return HexFormat.of().parseHex(hex);
		} catch (IllegalArgumentException e) {
			throw new GdbRemoteException("not hex in reply: " + abbreviate(hex), e);
		}
	}

	/** The first characters of a long payload, for error messages. */
	public static String abbreviate(String payload) {
		return payload.length() <= 80 ? payload : payload.substring(0, 80) + "...(" + payload.length() + " chars)";
	}
}
