package dev.gasket.x86.tests.qemu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal GDB Remote Serial Protocol client for one all-stop target over TCP, written for QEMU's gdbstub:
 * register layout from the XML target description, {@code g}, single step, continue, {@code Z0} breakpoints,
 * {@code m}, {@code qRcmd}, kill and detach.
 */
public final class GdbRemoteClient implements AutoCloseable {

	private static final int DEFAULT_PACKET_SIZE = 0x400;
	/** Room left in a reply for the framing and the {@code m}/{@code l} marker. */
	private static final int PACKET_OVERHEAD = 16;

	private final GdbConnection connection;
	private final Duration timeout;
	private final Map<String, String> features;
	private final int packetSize;
	private final List<String> vContActions;
	private final TargetDescription description;

	private GdbRemoteClient(GdbConnection connection, Duration timeout) {
		this.connection = connection;
		this.timeout = timeout;
		this.features = parseFeatures(request("qSupported:xmlRegisters=i386", "qSupported"));
		this.packetSize = features.containsKey("PacketSize")
				? Integer.parseInt(features.get("PacketSize"), 16) : DEFAULT_PACKET_SIZE;
		if ("+".equals(features.get("QStartNoAckMode")) && "OK".equals(request("QStartNoAckMode", "no-ack mode"))) {
			connection.stopAcknowledging();
		}
		String vCont = request("vCont?", "vCont actions");
		this.vContActions = vCont.startsWith("vCont;") ? List.of(vCont.substring(6).split(";")) : List.of();
		if (!"+".equals(features.get("qXfer:features:read"))) {
			throw new GdbRemoteException("stub offers no XML target description (qXfer:features:read); features: "
					+ features);
		}
		this.description = TargetDescription.parse("target.xml", this::readFeatureDocument);
	}

	/**
	 * Connects and performs the handshake: {@code qSupported}, no-ack mode when offered, {@code vCont?} and the
	 * target description.
	 *
	 * @param timeout how long any single reply may take
	 */
	public static GdbRemoteClient connect(String host, int port, Duration timeout) throws IOException {
		GdbConnection connection = GdbConnection.open(host, port, timeout);
		try {
			return new GdbRemoteClient(connection, timeout);
		} catch (RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	/** The {@code qSupported} reply: {@code name=value}, or {@code "+"}/{@code "-"} for flags. */
	public Map<String, String> supportedFeatures() {
		return features;
	}

	/** Whether {@code QStartNoAckMode} was accepted. */
	public boolean acknowledgementsDisabled() {
		return !connection.isAcknowledging();
	}

	public TargetDescription targetDescription() {
		return description;
	}

	/** The reason the target is stopped ({@code ?}). */
	public StopReply stopReason() {
		return StopReply.parse(request("?", "stop reason"));
	}

	/** Reads every register: the {@code g} block, then {@code p} for registers beyond it. */
	public RegisterValues readRegisters() {
		String hex = checked(request("g", "register block"), "g");
		Map<String, byte[]> values = new LinkedHashMap<>();
		int offset = 0;
		for (RegisterInfo register : description.registers()) {
			int digits = register.byteSize() * 2;
			String text = offset + digits <= hex.length() ? hex.substring(offset, offset + digits)
					: checked(request("p" + Integer.toHexString(register.number()), "register " + register.name()),
							"p" + register.name());
			offset += digits;
			// "xx" marks a register the stub cannot supply.
			if (!text.startsWith("xx")) {
				values.put(register.name(), GdbPackets.bytesOfHex(text));
			}
		}
		return new RegisterValues(values);
	}

	/** Executes one instruction (QEMU: one iteration of a {@code rep} string instruction). */
	public StopReply step() {
		connection.send(vContActions.contains("s") ? "vCont;s" : "s", timeout);
		return awaitStop(timeout, "stop after single step");
	}

	/** Resumes until the target stops; interrupts it and fails if that takes longer than {@code limit}. */
	public StopReply continueUntilStop(Duration limit) {
		connection.send(vContActions.contains("c") ? "vCont;c" : "c", timeout);
		try {
			return awaitStop(limit, "stop after continue");
		} catch (GdbTimeoutException timedOut) {
			connection.interrupt();
			StopReply interrupted = awaitStop(timeout, "stop after interrupt");
			throw new GdbRemoteException("target did not stop within " + limit.toMillis() + " ms; interrupted ("
					+ interrupted + ")", timedOut);
		}
	}

	/** Sets a software breakpoint ({@code Z0}) at a virtual address. */
	public void insertBreakpoint(long address) {
		expectOk(String.format("Z0,%x,1", address), "breakpoint insertion");
	}

	public void removeBreakpoint(long address) {
		expectOk(String.format("z0,%x,1", address), "breakpoint removal");
	}

	/** Reads memory at a virtual address (QEMU translates through the guest's current paging). */
	public byte[] readMemory(long address, int length) {
		ByteArrayOutputStream memory = new ByteArrayOutputStream(length);
		int chunk = (packetSize - PACKET_OVERHEAD) / 2;
		for (int done = 0; done < length; done += chunk) {
			int size = Math.min(chunk, length - done);
			String command = String.format("m%x,%x", address + done, size);
			byte[] bytes = GdbPackets.bytesOfHex(checked(request(command, "memory at " + command), command));
			if (bytes.length != size) {
				throw new GdbRemoteException(command + " returned " + bytes.length + " bytes instead of " + size);
			}
			memory.writeBytes(bytes);
		}
		return memory.toByteArray();
	}

	/** Runs a monitor command ({@code qRcmd}, e.g. {@code "info registers"}) and returns its console output. */
	public String monitor(String command) {
		String awaited = "output of monitor command '" + command + "'";
		connection.send("qRcmd," + GdbPackets.hexOf(command), timeout);
		StringBuilder output = new StringBuilder();
		while (true) {
			String reply = connection.receive(timeout, awaited);
			if (reply.equals("OK")) {
				return output.toString();
			}
			if (reply.isEmpty()) {
				throw new GdbRemoteException("stub does not support qRcmd (monitor '" + command + "')");
			}
			String hex = reply.startsWith("O") ? reply.substring(1) : checked(reply, "qRcmd " + command);
			output.append(new String(GdbPackets.bytesOfHex(hex), StandardCharsets.ISO_8859_1));
		}
	}

	/** Ends the target ({@code k}); QEMU exits without replying. */
	public void kill() {
		connection.send("k", timeout);
	}

	/** Leaves the target running and ends the session ({@code D}). */
	public void detach() {
		expectOk("D", "detach");
	}

	@Override
	public void close() throws IOException {
		connection.close();
	}

	private StopReply awaitStop(Duration limit, String awaited) {
		while (true) {
			String reply = connection.receive(limit, awaited);
			// 'O' packets carry target console output while running; "OK" never answers a resume.
			if (!reply.startsWith("O") || reply.equals("OK")) {
				return StopReply.parse(checked(reply, awaited));
			}
		}
	}

	private String readFeatureDocument(String annex) {
		ByteArrayOutputStream document = new ByteArrayOutputStream();
		int chunk = packetSize - PACKET_OVERHEAD;
		while (true) {
			String command = String.format("qXfer:features:read:%s:%x,%x", annex, document.size(), chunk);
			String reply = checked(request(command, "target description " + annex), command);
			if (reply.isEmpty() || (reply.charAt(0) != 'm' && reply.charAt(0) != 'l')) {
				throw new GdbRemoteException("unexpected reply to " + command + ": '" + GdbPackets.abbreviate(reply)
						+ "'");
			}
			document.writeBytes(GdbPackets.unescape(reply.substring(1).getBytes(StandardCharsets.ISO_8859_1)));
			if (reply.charAt(0) == 'l') {
				return document.toString(StandardCharsets.UTF_8);
			}
		}
	}

	private String request(String payload, String awaited) {
		connection.send(payload, timeout);
		return connection.receive(timeout, awaited);
	}

	private void expectOk(String payload, String what) {
		String reply = checked(request(payload, what), payload);
		if (!reply.equals("OK")) {
			throw new GdbRemoteException(what + " ('" + payload + "') was not accepted: reply '"
					+ (reply.isEmpty() ? "<empty: unsupported>" : reply) + "'");
		}
	}

	/** Turns {@code Enn} error replies into exceptions naming the request. */
	private static String checked(String reply, String request) {
		if (reply.matches("E[0-9a-fA-F]{2}") || reply.startsWith("E.")) {
			throw new GdbRemoteException("stub replied " + reply + " to '" + request + "'");
		}
		return reply;
	}

	private static Map<String, String> parseFeatures(String reply) {
		Map<String, String> features = new LinkedHashMap<>();
		Arrays.stream(reply.split(";")).filter(entry -> !entry.isEmpty()).forEach(entry -> {
			int equals = entry.indexOf('=');
			if (equals > 0) {
				features.put(entry.substring(0, equals), entry.substring(equals + 1));
			} else if (entry.endsWith("+") || entry.endsWith("-")) {
				features.put(entry.substring(0, entry.length() - 1), entry.substring(entry.length() - 1));
			} else {
				features.put(entry, "+");
			}
		});
		return Map.copyOf(features);
	}
}
