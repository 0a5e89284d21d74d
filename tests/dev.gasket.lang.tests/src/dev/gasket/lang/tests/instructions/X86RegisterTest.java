package dev.gasket.lang.tests.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.gasket.lang.instructions.X86Register;
import dev.gasket.lang.instructions.X86Register.RegisterClass;

class X86RegisterTest {

	private static X86Register register(String name) {
		return X86Register.lookup(name).orElseThrow(() -> new AssertionError(name + " is not catalogued"));
	}

	private static void assertRegister(String name, RegisterClass registerClass, int width) {
		X86Register register = register(name);
		assertEquals(registerClass, register.registerClass(), name);
		assertEquals(width, register.widthInBits(), name);
	}

	@Test
	void generalRegistersOfEveryWidth() {
		for (String name : List.of("%rax", "%rsp", "%r8", "%r15")) {
			assertRegister(name, RegisterClass.GENERAL, 64);
		}
		for (String name : List.of("%eax", "%esi", "%r8d", "%r15d")) {
			assertRegister(name, RegisterClass.GENERAL, 32);
		}
		for (String name : List.of("%ax", "%bp", "%r8w", "%r12w")) {
			assertRegister(name, RegisterClass.GENERAL, 16);
		}
		for (String name : List.of("%al", "%ah", "%dh", "%spl", "%dil", "%r8b", "%r15b")) {
			assertRegister(name, RegisterClass.GENERAL, 8);
		}
	}

	@Test
	void otherClasses() {
		for (String segment : List.of("%es", "%cs", "%ss", "%ds", "%fs", "%gs")) {
			assertRegister(segment, RegisterClass.SEGMENT, 16);
		}
		assertRegister("%rip", RegisterClass.INSTRUCTION_POINTER, 64);
		assertRegister("%eip", RegisterClass.INSTRUCTION_POINTER, 32);
		assertRegister("%ip", RegisterClass.INSTRUCTION_POINTER, 16);
		assertRegister("%cr0", RegisterClass.CONTROL, 64);
		assertRegister("%cr15", RegisterClass.CONTROL, 64);
		assertRegister("%dr7", RegisterClass.DEBUG, 64);
		assertRegister("%st", RegisterClass.X87, 80);
		assertRegister("%st(0)", RegisterClass.X87, 80);
		assertRegister("%st(7)", RegisterClass.X87, 80);
		assertRegister("%mm7", RegisterClass.MMX, 64);
		assertRegister("%xmm31", RegisterClass.XMM, 128);
		assertRegister("%ymm0", RegisterClass.YMM, 256);
		assertRegister("%zmm31", RegisterClass.ZMM, 512);
		assertRegister("%k7", RegisterClass.MASK, 64);
		assertRegister("%bnd3", RegisterClass.BOUND, 128);
	}

	@Test
	void catalogueIsComplete() {
		Map<RegisterClass, Long> counts = X86Register.all().stream()
				.collect(Collectors.groupingBy(X86Register::registerClass, Collectors.counting()));
		assertEquals(16 * 4 + 4, counts.get(RegisterClass.GENERAL), "16 of each width plus %ah-%dh");
		assertEquals(6, counts.get(RegisterClass.SEGMENT));
		assertEquals(3, counts.get(RegisterClass.INSTRUCTION_POINTER));
		assertEquals(16, counts.get(RegisterClass.CONTROL));
		assertEquals(16, counts.get(RegisterClass.DEBUG));
		assertEquals(9, counts.get(RegisterClass.X87), "%st and %st(0)-%st(7)");
		assertEquals(8, counts.get(RegisterClass.MMX));
		assertEquals(32, counts.get(RegisterClass.XMM));
		assertEquals(32, counts.get(RegisterClass.YMM));
		assertEquals(32, counts.get(RegisterClass.ZMM));
		assertEquals(8, counts.get(RegisterClass.MASK));
		assertEquals(4, counts.get(RegisterClass.BOUND));
	}

	@Test
	void lookupIgnoresCaseAndAcceptsNamesWithoutPercent() {
		assertEquals(register("%rax"), register("%RAX"));
		assertEquals(register("%xmm3"), register("xmm3"));
		assertEquals("%st(2)", register("%ST(2)").name());
	}

	@Test
	void unknownNamesAreNotRegisters() {
		for (String name : List.of("%r16", "%xmm32", "%st(8)", "%k8", "%bnd4", "%cr16", "%foo", "%", "%r8l")) {
			assertTrue(X86Register.lookup(name).isEmpty(), name);
		}
	}

	@Test
	void registersOnlyIn64BitCode() {
		for (String name : List.of("%rax", "%rsp", "%r8", "%r8d", "%r9w", "%r15b", "%spl", "%bpl", "%sil", "%dil",
				"%rip", "%eip", "%cr8", "%dr8", "%xmm8", "%xmm31", "%ymm15", "%zmm8", "%zmm16")) {
			assertTrue(register(name).onlyIn64BitMode(), name);
		}
		for (String name : List.of("%eax", "%ax", "%al", "%ah", "%esp", "%es", "%fs", "%cr0", "%cr4", "%dr7", "%st",
				"%mm0", "%xmm7", "%ymm7", "%zmm7", "%k1", "%bnd0", "%ip")) {
			assertFalse(register(name).onlyIn64BitMode(), name);
		}
	}

	@Test
	void registersThatNeedARexPrefix() {
		for (String name : List.of("%r8", "%r8d", "%r15w", "%r9b", "%spl", "%bpl", "%sil", "%dil", "%cr8", "%xmm8")) {
			assertTrue(register(name).needsRex(), name);
		}
		for (String name : List.of("%rax", "%eax", "%al", "%ah", "%cr0", "%xmm7", "%rip")) {
			assertFalse(register(name).needsRex(), name + ": 64-bit code, but no REX needed to name it");
		}
	}

	@Test
	void highByteRegisters() {
		for (String name : List.of("%ah", "%bh", "%ch", "%dh")) {
			assertTrue(register(name).isHighByte(), name);
		}
		for (String name : List.of("%al", "%sil", "%r8b", "%bx")) {
			assertFalse(register(name).isHighByte(), name);
		}
	}
}
