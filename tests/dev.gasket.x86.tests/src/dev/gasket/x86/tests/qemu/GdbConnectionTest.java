package dev.gasket.x86.tests.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Protocol error handling against a scripted stub, so no QEMU is needed. */
class GdbConnectionTest {

	private static final Duration SHORT = Duration.ofMillis(300);
	private static final String TARGET_XML = "<target><feature name=\"f\"><reg name=\"pc\" bitsize=\"32\"/>"
			+ "<reg name=\"flags\" bitsize=\"16\"/></feature></target>";

	private static List<String> minimalStub(String payload) {
		return switch (payload) {
		case "qSupported:xmlRegisters=i386" -> List.of("PacketSize=100;qXfer:features:read+");
		case "vCont?" -> List.of("");
		case "qXfer:features:read:target.xml:0,f0" -> List.of("l" + TARGET_XML);
		case "g" -> List.of("78563412cdab");
		case "m1000,4" -> List.of("E14");
		case "qRcmd,6869" -> List.of("O" + GdbPackets.hexOf("hello "), "O" + GdbPackets.hexOf("world"), "OK");
		default -> List.of();
		};
	}

	@Test
	void corruptedReplyIsNackedAndTheRetransmissionAccepted() throws IOException {
		try (FakeGdbStub stub = new FakeGdbStub(payload -> List.of("OK"), true);
				GdbConnection connection = GdbConnection.open("127.0.0.1", stub.port(), SHORT)) {
			connection.send("?", SHORT);
			assertEquals("OK", connection.receive(SHORT, "reply to ?"));
		}
	}

	@Test
	void corruptedReplyWithoutAcknowledgementsIsAnError() throws IOException {
		try (FakeGdbStub stub = new FakeGdbStub(payload -> List.of("OK"), true);
				GdbConnection connection = GdbConnection.open("127.0.0.1", stub.port(), SHORT)) {
			connection.send("?", SHORT);
			connection.stopAcknowledging();
			GdbRemoteException error = assertThrows(GdbRemoteException.class,
					() -> connection.receive(SHORT, "reply to ?"));
			assertTrue(error.getMessage().contains("bad checksum in reply to reply to ?"), error.getMessage());
		}
	}

	@Test
	void silenceTimesOutNamingWhatWasAwaited() throws IOException {
		try (FakeGdbStub stub = new FakeGdbStub(payload -> List.of(), false);
				GdbConnection connection = GdbConnection.open("127.0.0.1", stub.port(), SHORT)) {
			connection.send("s", SHORT);
			GdbTimeoutException error = assertThrows(GdbTimeoutException.class,
					() -> connection.receive(SHORT, "stop after single step"));
			assertEquals("timed out after 300 ms waiting for stop after single step", error.getMessage());
		}
	}

	@Test
	void clientReadsLayoutFromDescriptionAndDecodesLittleEndianRegisters() throws IOException {
		try (FakeGdbStub stub = new FakeGdbStub(GdbConnectionTest::minimalStub, false);
				GdbRemoteClient client = GdbRemoteClient.connect("127.0.0.1", stub.port(), SHORT)) {
			RegisterValues registers = client.readRegisters();
			assertEquals(0x12345678L, registers.get("pc"));
			assertEquals(0xabcdL, registers.get("flags"));
			assertEquals(List.of("pc", "flags"), List.copyOf(registers.names()));
		}
	}

	@Test
	void noAckModeIsUsedWhenOffered() throws IOException {
		try (FakeGdbStub stub = new FakeGdbStub(payload -> switch (payload) {
		case "qSupported:xmlRegisters=i386" -> List.of("PacketSize=100;qXfer:features:read+;QStartNoAckMode+");
		case "QStartNoAckMode" -> List.of("OK");
		default -> minimalStub(payload);
		}, false); GdbRemoteClient client = GdbRemoteClient.connect("127.0.0.1", stub.port(), SHORT)) {
			assertTrue(client.acknowledgementsDisabled());
			assertEquals(0x12345678L, client.readRegisters().get("pc"));
		}
	}

	@Test
	void errorRepliesNameTheRequest() throws IOException {
		try (FakeGdbStub stub = new FakeGdbStub(GdbConnectionTest::minimalStub, false);
				GdbRemoteClient client = GdbRemoteClient.connect("127.0.0.1", stub.port(), SHORT)) {
			GdbRemoteException error = assertThrows(GdbRemoteException.class, () -> client.readMemory(0x1000, 4));
			assertEquals("stub replied E14 to 'm1000,4'", error.getMessage());
		}
	}

	@Test
	void monitorOutputCollectsConsolePacketsUntilOk() throws IOException {
		try (FakeGdbStub stub = new FakeGdbStub(GdbConnectionTest::minimalStub, false);
				GdbRemoteClient client = GdbRemoteClient.connect("127.0.0.1", stub.port(), SHORT)) {
			assertEquals("hello world", client.monitor("hi"));
			assertTrue(stub.received().contains("qRcmd,6869"), stub.received().toString());
		}
	}
}
