package dev.gasket.x86.tests.qemu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class GdbPacketsTest {

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void checksumIsTheByteSumModulo256() {
		assertEquals(('O' + 'K') & 0xff, GdbPackets.checksum(ascii("OK")));
		assertEquals(0, GdbPackets.checksum(new byte[0]));
		assertEquals((0xff + 0x02) & 0xff, GdbPackets.checksum(new byte[] { (byte) 0xff, 0x02 }));
	}

	@Test
	void frameWrapsPayloadWithTwoDigitLowerCaseChecksum() {
		String frame = new String(GdbPackets.frame("g"), StandardCharsets.ISO_8859_1);
		assertEquals("$g#" + String.format("%02x", (int) 'g'), frame);
	}

	@Test
	void frameEscapesCharactersThatWouldEndThePacket() {
		String frame = new String(GdbPackets.frame("a#b"), StandardCharsets.ISO_8859_1);
		assertTrue(frame.startsWith("$a}" + (char) ('#' ^ 0x20) + "b#"), frame);
	}

	@Test
	void escapeRoundTripsEveryByte() {
		byte[] all = new byte[256];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) i;
		}
		byte[] escaped = GdbPackets.escape(all);
		for (byte b : escaped) {
			assertTrue(b != '$' && b != '#' && b != '*', "unescaped special byte " + b);
		}
		assertArrayEquals(all, GdbPackets.unescape(escaped));
	}

	@Test
	void runLengthRepeatsThePreviousCharacterCountMinus29Times() {
		// The GDB manual's example: "0* " is four zeros (' ' is 32, so three repeats).
		assertArrayEquals(ascii("0000"), GdbPackets.expandRunLength(ascii("0* ")));
		assertArrayEquals(ascii("ab" + "c".repeat(1 + ('%' - 29)) + "d"),
				GdbPackets.expandRunLength(ascii("abc*%d")));
	}

	@Test
	void starAfterEscapeIsAnEscapedByteNotARun() {
		byte[] escapedNewline = { 'x', '}', '*' };
		assertArrayEquals(escapedNewline, GdbPackets.expandRunLength(escapedNewline));
		assertArrayEquals(ascii("x\n"), GdbPackets.unescape(escapedNewline));
	}

	@Test
	void malformedRunsAndHexAreRejected() {
		assertThrows(GdbRemoteException.class, () -> GdbPackets.expandRunLength(ascii("*!")));
		assertThrows(GdbRemoteException.class, () -> GdbPackets.expandRunLength(ascii("0*")));
		assertThrows(GdbRemoteException.class, () -> GdbPackets.unescape(ascii("ab}")));
		GdbRemoteException odd = assertThrows(GdbRemoteException.class, () -> GdbPackets.bytesOfHex("abc"));
		assertTrue(odd.getMessage().contains("odd"), odd.getMessage());
		assertThrows(GdbRemoteException.class, () -> GdbPackets.bytesOfHex("zz"));
	}

	@Test
	void hexOfEncodesMonitorCommands() {
		assertEquals("696e666f", GdbPackets.hexOf("info"));
		assertArrayEquals(ascii("info"), GdbPackets.bytesOfHex(GdbPackets.hexOf("info")));
	}
}
