package dev.gasket.x86.tests.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.decode.AttSyntax;
import dev.gasket.x86.decode.ByteSource;
import dev.gasket.x86.decode.Decoder;
import dev.gasket.x86.decode.Instruction;

/** The absolute address a disassembly annotates with a symbol: branch targets and RIP-relative operands. */
class ShownAddressTest {

	private static final long AT = 0x10b6;

	private static OptionalLong shown(int bitness, int... bytes) {
		byte[] code = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			code[i] = (byte) bytes[i];
		}
		Instruction insn = new Instruction();
		new Decoder().decode(insn, ByteSource.of(code, AT), AT, bitness);
		return AttSyntax.shownAddress(insn, AT);
	}

	@Test
	void shortConditionalJumpTargetsTheByteAfterItPlusTheDisplacement() {
		assertEquals(OptionalLong.of(AT + 2 + 0x45), shown(64, 0x75, 0x45));
	}

	@Test
	void backwardJumpWrapsToTheInstructionBefore() {
		assertEquals(OptionalLong.of(AT + 2 - 0x0f), shown(64, 0xeb, 0xf1));
	}

	@Test
	void ripRelativeOperandIsRelativeToTheNextInstruction() {
		// xor 0x5f5f(%rip),%eax: 6 bytes
		assertEquals(OptionalLong.of(AT + 6 + 0x5f5f), shown(64, 0x33, 0x05, 0x5f, 0x5f, 0x00, 0x00));
	}

	@Test
	void sixteenBitNearJumpWrapsWithinItsSegment() {
		assertEquals(OptionalLong.of((AT + 3 + 0xfff0) & 0xffff), shown(16, 0xe9, 0xf0, 0xff));
	}

	@Test
	void plainInstructionsShowNoAddress() {
		assertTrue(shown(64, 0x0f, 0x20, 0xe0).isEmpty(), "mov %cr4,%rax");
	}
}
