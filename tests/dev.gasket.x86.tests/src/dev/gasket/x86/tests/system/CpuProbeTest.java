package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuidTable;

/** {@code cpu_probe16.S}: the real-mode CPU checks boot code makes before it tries long mode. */
class CpuProbeTest {

	@Test
	void realModeCodeFindsCpuidItsVendorAndLongMode(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("cpu_probe16.S", directory, "real_mode_entry");
		program.runToHalt();
		assertEquals(vendor(program.machine().cpuid()) + " ac id lm\n", program.console());
	}

	@Test
	void resetLeavesTheProcessorSignatureInEdx(@TempDir Path directory) throws IOException {
		SystemProgram program = SystemProgram.bootFromReset("cpu_probe16.S", directory, "real_mode_entry");
		program.runToHalt();
		assertEquals(program.dword("cpuid_signature"), program.dword("reset_edx"), "EDX after reset = CPUID.01H:EAX");
		assertEquals(program.machine().cpuid().query(1, 0)[0], (int) program.dword("cpuid_signature"));
	}

	/** The vendor string is EBX, EDX, ECX of leaf 0, little-endian. */
	private static String vendor(CpuidTable cpuid) {
		int[] leaf0 = cpuid.query(0, 0);
		ByteBuffer bytes = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		bytes.putInt(leaf0[1]).putInt(leaf0[3]).putInt(leaf0[2]);
		return new String(bytes.array(), StandardCharsets.US_ASCII);
	}
}
