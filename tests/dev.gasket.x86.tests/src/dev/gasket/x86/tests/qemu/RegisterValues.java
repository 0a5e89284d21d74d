package dev.gasket.x86.tests.qemu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Register contents as read from a stub: name to little-endian bytes, in register-number order. */
public final class RegisterValues {

	private final Map<String, byte[]> values;

	RegisterValues(Map<String, byte[]> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	public Set<String> names() {
		return values.keySet();
	}

	/** The raw little-endian bytes of {@code name}. */
	public byte[] bytes(String name) {
		return require(name).clone();
	}

	/** The value of a register of at most 64 bits, zero-extended. */
	public long get(String name) {
		byte[] bytes = require(name);
		if (bytes.length > Long.BYTES) {
			throw new GdbRemoteException("register " + name + " has " + bytes.length * 8 + " bits; use bytes()");
		}
		long value = 0;
		for (int i = bytes.length - 1; i >= 0; i--) {
			value = value << 8 | (bytes[i] & 0xff);
		}
		return value;
	}

	/** Every register of at most 64 bits with its value, in register-number order. */
	public Map<String, Long> scalars() {
		Map<String, Long> scalars = new LinkedHashMap<>();
		values.forEach((name, bytes) -> {
			if (bytes.length <= Long.BYTES) {
				scalars.put(name, get(name));
			}
		});
		return scalars;
	}

	private byte[] require(String name) {
		byte[] bytes = values.get(name);
		if (bytes == null) {
			throw new GdbRemoteException("no register named '" + name + "'; the stub provided " + values.keySet());
		}
		return bytes;
	}
}
