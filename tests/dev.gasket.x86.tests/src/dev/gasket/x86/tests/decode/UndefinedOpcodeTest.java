package dev.gasket.x86.tests.decode;

import static dev.gasket.x86.tests.decode.CodeMode.BITS_16;
import static dev.gasket.x86.tests.decode.CodeMode.BITS_32;
import static dev.gasket.x86.tests.decode.CodeMode.BITS_64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.decode.ByteSource;
import dev.gasket.x86.decode.Decoder;
import dev.gasket.x86.decode.Instruction;

/**
 * Bytes the decoder must refuse: what objdump calls {@code (bad)}, encodings the CPU rejects though objdump
 * prints them, and instructions the opcode table leaves out raise #UD; a 16th byte raises #GP(0).
 */
class UndefinedOpcodeTest {

	private static final String BAD = "(bad)";
	/** Nops after each case: whatever objdump made of a case, it is back in step at the next one. */
	private static final int PADDING = 16;
	private static final int NOP = 0x90;

	/** {@code objdumpSays}: how objdump's text for the bytes begins (spaces collapsed). */
	private record Case(CodeMode mode, String hex, String objdumpSays) {
	}

	private static final List<Case> CASES = List.of(
			// Rows marked i64 in the table, and holes objdump knows as holes.
			new Case(BITS_64, "06", BAD), new Case(BITS_64, "07", BAD), new Case(BITS_64, "0e", BAD),
			new Case(BITS_64, "16", BAD), new Case(BITS_64, "17", BAD), new Case(BITS_64, "1e", BAD),
			new Case(BITS_64, "1f", BAD), new Case(BITS_64, "27", BAD), new Case(BITS_64, "60", BAD),
			new Case(BITS_64, "61", BAD), new Case(BITS_64, "9a 00 00 00 00 10 00", BAD), new Case(BITS_64, "ce", BAD),
			new Case(BITS_64, "d4", BAD), new Case(BITS_64, "d6", BAD), new Case(BITS_64, "ea 00 00 00 00 10 00", BAD),
			new Case(BITS_64, "82 c0 00", BAD),
			// Group members and forms that do not exist.
			new Case(BITS_64, "8d c0", BAD), new Case(BITS_64, "ff ff", BAD), new Case(BITS_64, "fe d0", BAD),
			new Case(BITS_64, "c6 c8 00", BAD), new Case(BITS_64, "c7 c8 00 00 00 00", BAD), new Case(BITS_64, "0f 00 f0", BAD),
			new Case(BITS_64, "0f 0a", BAD), new Case(BITS_64, "0f 04", BAD),
			new Case(BITS_32, "d6", BAD), new Case(BITS_32, "8d c0", BAD), new Case(BITS_32, "ff ff", BAD),
			new Case(BITS_32, "fe f8", BAD), new Case(BITS_32, "c6 c8 00", BAD), new Case(BITS_32, "0f 00 f8", BAD),
			new Case(BITS_32, "0f 0a", BAD),
			new Case(BITS_16, "d6", BAD), new Case(BITS_16, "8d c0", BAD), new Case(BITS_16, "ff ff", BAD),
			new Case(BITS_16, "0f 04", BAD), new Case(BITS_16, "62 c0", BAD), new Case(BITS_16, "c4 c0", BAD),
			// objdump prints these, but the CPU raises #UD for them.
			new Case(BITS_64, "0f 20 c8", "mov %cr1,%rax"), new Case(BITS_64, "8e c8", "mov %eax,%cs"),
			new Case(BITS_32, "8e c8", "mov %eax,%cs"), new Case(BITS_32, "0f 01 f8", "swapgs"),
			new Case(BITS_16, "0f 01 f8", "swapgs"),
			// Real instructions the opcode table leaves out.
			new Case(BITS_64, "0f 05", "syscall"), new Case(BITS_64, "f1", "int1"), new Case(BITS_64, "6c", "insb"),
			new Case(BITS_64, "6e", "outsb"), new Case(BITS_64, "d8 c0", "fadd"), new Case(BITS_64, "0f 10 c0", "movups"),
			new Case(BITS_64, "0f 01 f9", "rdtscp"), new Case(BITS_64, "0f c7 08", "cmpxchg8b"),
			new Case(BITS_64, "0f ae 38", "clflush"),
			new Case(BITS_32, "63 c0", "arpl"), new Case(BITS_32, "27", "daa"), new Case(BITS_32, "d4 0a", "aam"),
			new Case(BITS_32, "0f 34", "sysenter"), new Case(BITS_32, "9b", "fwait"),
			new Case(BITS_16, "6d", "insw"));

	@TempDir
	static Path work;

	@TestFactory
	Stream<DynamicTest> undefinedBytesRaiseInvalidOpcode() throws IOException, InterruptedException {
		Map<CodeMode, byte[]> code = new HashMap<>();
		Map<Case, Integer> offsets = new HashMap<>();
		Map<Case, String> objdumpTexts = new HashMap<>();
		for (CodeMode mode : CodeMode.values()) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			List<Case> cases = CASES.stream().filter(c -> c.mode() == mode).toList();
			for (Case c : cases) {
				offsets.put(c, bytes.size());
				bytes.writeBytes(bytes(c.hex()));
				for (int i = 0; i < PADDING; i++) {
					bytes.write(NOP);
				}
			}
			code.put(mode, bytes.toByteArray());
			Path binary = work.resolve(mode.source + ".bin");
			Files.write(binary, bytes.toByteArray());
			Map<Long, String> textAt = new HashMap<>();
			for (ObjdumpLine line : Binutils.disassemble(mode, binary, work)) {
				textAt.put(line.address(), line.text().replaceAll(" +", " "));
			}
			cases.forEach(c -> objdumpTexts.put(c, textAt.get((long) offsets.get(c))));
		}
		List<DynamicTest> tests = new ArrayList<>();
		for (Case c : CASES) {
			tests.add(dynamicTest(c.mode().bitness + "-bit " + c.hex() + ": " + c.objdumpSays(), () -> {
				String objdump = objdumpTexts.get(c);
				assertTrue(objdump != null && objdump.startsWith(c.objdumpSays()),
						"objdump reads " + c.hex() + " as '" + objdump + "', expected '" + c.objdumpSays() + "'");
				assertFault(ExceptionVector.UD, c.mode(), code.get(c.mode()), offsets.get(c));
			}));
		}
		return tests.stream();
	}

	@Test
	void lockNeedsALockableInstructionWithAMemoryDestination() {
		for (CodeMode mode : CodeMode.values()) {
			assertEquals(3, decode(mode, bytes("f0 01 07")).length(), "lock add to memory");
			assertFault(ExceptionVector.UD, mode, bytes("f0 01 c0"), 0);
			assertFault(ExceptionVector.UD, mode, bytes("f0 80 c0 01"), 0);
			assertFault(ExceptionVector.UD, mode, bytes("f0 89 07"), 0);
			assertFault(ExceptionVector.UD, mode, bytes("f0 0f a3 07"), 0);
		}
	}

	@Test
	void sixteenBytesRaiseGeneralProtection() {
		byte[] fifteenPrefixes = bytes("66 ".repeat(15) + "90");
		assertEquals(15, decode(BITS_32, Arrays.copyOfRange(fifteenPrefixes, 1, 16)).length());
		assertFault(ExceptionVector.GP, BITS_32, fifteenPrefixes, 0);
		// lock addq $imm32,%fs:disp32(%rax,%rax,1) with a redundant address-size prefix: 15 bytes, and one more.
		byte[] longest = bytes("64 67 f0 48 81 84 00 78 56 34 12 78 56 34 12");
		assertEquals(15, decode(BITS_64, longest).length());
		assertFault(ExceptionVector.GP, BITS_64, bytes("2e 64 67 f0 48 81 84 00 78 56 34 12 78 56 34 12"), 0);
	}

	private static Instruction decode(CodeMode mode, byte[] code) {
		Instruction insn = new Instruction();
		new Decoder().decode(insn, ByteSource.of(code, 0), 0, mode.bitness);
		return insn;
	}

	private static void assertFault(ExceptionVector vector, CodeMode mode, byte[] code, int offset) {
		CpuFault fault = assertThrows(CpuFault.class,
				() -> new Decoder().decode(new Instruction(), ByteSource.of(code, 0), offset, mode.bitness),
				() -> mode.bitness + "-bit bytes at " + offset + " of " + HexFormat.ofDelimiter(" ").formatHex(code) + " decoded");
		assertEquals(vector, fault.vector(), fault.getMessage());
	}

	private static byte[] bytes(String hex) {
		return HexFormat.of().parseHex(hex.replace(" ", ""));
	}
}
