package dev.gasket.x86.tests.qemu;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stop reply ("Stop Reply Packets" in the GDB manual): {@code S}/{@code T} with a signal when the target
 * stopped, {@code W} with an exit status or {@code X} with a signal when it ended.
 *
 * @param kind   the leading letter
 * @param number the signal or exit status
 * @param info   the {@code name:value;} pairs of a {@code T} reply, e.g. {@code thread}
 */
public record StopReply(char kind, int number, Map<String, String> info) {

	/** SIGTRAP, which QEMU reports for single steps and breakpoints. */
	public static final int SIGTRAP = 5;

	static StopReply parse(String payload) {
		if (payload.length() < 3 || "STWX".indexOf(payload.charAt(0)) < 0) {
			throw new GdbRemoteException("expected a stop reply (S, T, W or X) but got '"
					+ GdbPackets.abbreviate(payload) + "'");
		}
		int number;
		try {
			number = Integer.parseInt(payload.substring(1, 3), 16);
		} catch (NumberFormatException e) {
			throw new GdbRemoteException("stop reply without a hex signal: '" + payload + "'", e);
		}
		Map<String, String> info = new LinkedHashMap<>();
		for (String pair : payload.substring(3).split(";")) {
			int colon = pair.indexOf(':');
			if (colon > 0) {
				info.put(pair.substring(0, colon), pair.substring(colon + 1));
			}
		}
		return new StopReply(payload.charAt(0), number, Map.copyOf(info));
	}

	/** Whether the target is still there and stopped (as opposed to exited or killed). */
	public boolean stopped() {
		return kind == 'S' || kind == 'T';
	}

	public boolean isTrap() {
		return stopped() && number == SIGTRAP;
	}
}
