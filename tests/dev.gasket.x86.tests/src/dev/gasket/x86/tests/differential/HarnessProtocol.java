package dev.gasket.x86.tests.differential;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.gasket.x86.cpu.ExceptionVector;

/** The binary format harness.c reads and writes (described at the top of that file); little-endian throughout. */
final class HarnessProtocol {

	private static final String MAGIC = "GDH1";
	private static final int NO_VECTOR = -1;

	private HarnessProtocol() {
	}

	static HarnessLayout readLayout(DataInputStream in) throws IOException {
		String magic = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
		if (!MAGIC.equals(magic)) {
			throw new IOException("the harness did not answer with its header (got '" + magic + "')");
		}
		return new HarnessLayout(readLong(in), readInt(in), readLong(in), readInt(in), readLong(in));
	}

	static void writeRequest(DataOutputStream out, CaseInput input, HarnessLayout layout) throws IOException {
		if (input.code().length > layout.codeCapacity()) {
			throw new IllegalArgumentException(
					input.code().length + " code bytes exceed the harness's " + layout.codeCapacity());
		}
		if (input.data().length != layout.dataSize()) {
			throw new IllegalArgumentException(
					"data area must be " + layout.dataSize() + " bytes, got " + input.data().length);
		}
		out.writeInt(Integer.reverseBytes(input.code().length));
		for (long register : input.registers()) {
			out.writeLong(Long.reverseBytes(register));
		}
		out.writeLong(Long.reverseBytes(input.rflags()));
		out.write(input.code());
		out.write(input.data());
	}

	/** Reads the answer to {@code input}; the data area comes back as a list of changed bytes. */
	static Outcome readOutcome(DataInputStream in, CaseInput input) throws IOException {
		int vector = readInt(in);
		int errorCode = readInt(in);
		long faultAddress = readLong(in);
		long rip = readLong(in);
		long[] registers = new long[16];
		for (int i = 0; i < registers.length; i++) {
			registers[i] = readLong(in);
		}
		long rflags = readLong(in);
		byte[] data = Arrays.copyOf(input.data(), input.data().length);
		int changed = readInt(in);
		for (int i = 0; i < changed; i++) {
			int offset = readInt(in);
			data[offset] = in.readByte();
		}
		ExceptionVector exception = vector == NO_VECTOR ? null : ExceptionVector.of(vector);
		return new Outcome(exception, errorCode, faultAddress, rip, registers, rflags, data);
	}

	private static int readInt(DataInputStream in) throws IOException {
		return Integer.reverseBytes(in.readInt());
	}

	private static long readLong(DataInputStream in) throws IOException {
		return Long.reverseBytes(in.readLong());
	}
}
