package dev.gasket.lang.tests.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.gasket.lang.instructions.DefaultSize;
import dev.gasket.lang.instructions.InstructionForm;
import dev.gasket.lang.instructions.InstructionInfo;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.instructions.ModeValidity;
import dev.gasket.lang.instructions.OperandPattern.Target;
import dev.gasket.lang.instructions.OperandWidth;
import dev.gasket.lang.instructions.SizeSuffix;

class InstructionTableTest {

	private static InstructionSet read(String table) throws IOException {
		return InstructionSet.read(new StringReader(table), "test.txt");
	}

	@Test
	void builtInTableIsComplete() {
		InstructionSet set = InstructionSet.builtIn();
		int forms = set.instructions().stream().mapToInt(instruction -> instruction.forms().size()).sum();
		assertTrue(set.instructions().size() > 600, "instructions: " + set.instructions().size());
		assertTrue(forms > 1100, "forms: " + forms);
		Set<String> families = Set.of("general-purpose", "system", "x87", "mmx", "sse", "avx", "avx-512");
		for (InstructionInfo instruction : set.instructions()) {
			assertTrue(families.contains(instruction.family()), instruction.mnemonic());
			assertFalse(instruction.forms().isEmpty(), instruction.mnemonic());
		}
	}

	@Test
	void descriptionsAreOneToThreeSentences() {
		for (InstructionInfo instruction : InstructionSet.builtIn().instructions()) {
			String description = instruction.description();
			int sentences = description.split("(?<=[.!?])\\s+(?=[A-Z`(])").length;
			assertTrue(sentences <= 3 && description.endsWith("."), instruction.mnemonic() + ": " + description);
			assertFalse(description.contains("{"), instruction.mnemonic() + ": unexpanded set in " + description);
		}
	}

	@Test
	void readsAllAttributes() throws IOException {
		InstructionSet set = read("""
				# a comment
				define size
				    b  bytes
				    w  words

				movs general-purpose any
				    suffix b w l q[64]
				    alias movsd=l
				    default stack
				    form -
				    form *m:far, r:N [no64 nosuffix sizes=w,l]
				    text Moves a string
				    text element.

				fancy{size} sse 64
				    sizes l s=32[no64]
				    stem fan
				    gas unknown
				    form xmm|m:128, %cl
				    text Works on {size}.
				""");
		InstructionInfo movs = set.instruction("movs").orElseThrow();
		assertEquals("general-purpose", movs.family());
		assertEquals(ModeValidity.ANY, movs.modes());
		assertEquals("Moves a string element.", movs.description());
		assertEquals(DefaultSize.STACK, movs.defaultSize());
		assertEquals(new SizeSuffix("q", List.of(64), ModeValidity.ONLY_64_BIT, true), movs.suffixes().get(3));
		assertEquals(List.of(new InstructionInfo.Alias("movsd", "l")), movs.aliases());
		InstructionForm far = movs.forms().get(1);
		assertEquals(ModeValidity.NOT_64_BIT, far.modes());
		assertFalse(far.suffixAllowed());
		assertEquals(Set.of(16, 32), far.allowedSizes());
		assertEquals(Target.MEMORY, far.operands().get(0).choices().get(0).target());
		assertTrue(far.operands().get(0).choices().get(0).indirect());
		assertEquals(OperandWidth.Kind.FAR_POINTER, far.operands().get(0).choices().get(0).width().kind());
		assertEquals(OperandWidth.Kind.NATIVE, far.operands().get(1).choices().get(0).width().kind());
		assertEquals(List.of("movs", "movsd", "movsb", "movsw", "movsl", "movsq"), movs.spellings());

		InstructionInfo words = set.instruction("fancyw").orElseThrow();
		assertEquals("Works on words.", words.description());
		assertEquals(ModeValidity.ONLY_64_BIT, words.modes());
		assertFalse(words.acceptedByGas());
		assertEquals(List.of("fancyw"), words.spellings(), "sizes, unlike suffixes, are not spelled");
		assertEquals(List.of(Target.XMM_REGISTER, Target.MEMORY),
				words.forms().get(0).operands().get(0).choices().stream().map(choice -> choice.target()).toList());
		assertEquals("%cl", words.forms().get(0).operands().get(1).choices().get(0).registerName());
		assertTrue(set.instruction("fancyb").isPresent());
	}

	@Test
	void errorsNameTheLine() {
		assertError("test.txt:1: unknown family `integer`", "add integer any\n    form -\n    text Adds.\n");
		assertError("test.txt:2: unknown operand kind `reg`", "add general-purpose any\n    form reg\n    text A.\n");
		assertError("test.txt:2: an operand takes operation size 1 but the record lists no such size",
				"add general-purpose any\n    form rm\n    text Adds.\n");
		assertError("test.txt:4: `nop` is listed twice",
				"nop general-purpose any\n    form -\n    text A.\nnop general-purpose any\n    form -\n    text B.\n");
		assertError("test.txt:1: no set `cc` was defined before",
				"j{cc} general-purpose any\n    form rel\n    text A.\n");
		assertError("test.txt:2: bad suffix `Q`", "add general-purpose any\n    suffix Q\n    form -\n    text A.\n");
		assertError("test.txt:1: an indented line before the first record", "    form -\n");
		assertError("test.txt:1: `add` needs at least one form and a text", "add general-purpose any\n    form -\n");
		assertError("test.txt:2: unknown register `%rzz`", "add general-purpose any\n    form %rzz\n    text A.\n");
		assertError("test.txt:1: alias `movsd` stands for a suffix the record does not list",
				"movs general-purpose any\n    suffix b\n    alias movsd=l\n    form -\n    text A.\n");
	}

	private static void assertError(String message, String table) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> read(table));
		assertTrue(error.getMessage().startsWith(message), error.getMessage());
	}
}
