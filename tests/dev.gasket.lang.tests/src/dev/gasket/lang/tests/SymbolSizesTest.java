package dev.gasket.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;

/**
 * How a symbol's size becomes known: from a linkage macro's data argument, the distance between its start and end
 * macros, {@code .size}, or the data a label stands on.
 */
class SymbolSizesTest {
	private final LanguageFixture fixture = new LanguageFixture();

	private Map<String, OptionalLong> sizes(String text) {
		FileStructure structure = LanguageFixture.injector().getInstance(FileStructures.class).of(fixture.load("sizes.S", text));
		return structure.definitions().stream().collect(Collectors.toMap(Definition::name, Definition::size));
	}

	@Test
	void sizesComeFromDataArgumentsStartEndPairsSizeDirectivesAndLabelledData() {
		Map<String, OptionalLong> sizes = sizes("""
				SYM_DATA_START(trampoline_header)
				\tSYM_DATA(tr_start, .space 8)
				\tSYM_DATA(tr_gdt_pad, .space 2)
				\tSYM_DATA(tr_cr4, .space 4)
				\tSYM_DATA_LOCAL(tr_ids, .byte 1, 2, 3)
				SYM_DATA_END(trampoline_header)
				message: .asciz "ab\\n"
				\t.ascii "c"
				pointer: .quad 0
				fixed: nop
				\t.size fixed, 16
				table: .long 1, 2
				\t.word 3
				\t.size table, .-table
				.comm buffer, 64, 8
				code: movl %eax, %ebx
				filled: .fill 3, 4, 0
				""");
		assertEquals(OptionalLong.of(8), sizes.get("tr_start"));
		assertEquals(OptionalLong.of(4), sizes.get("tr_cr4"));
		assertEquals(OptionalLong.of(3), sizes.get("tr_ids"));
		assertEquals(OptionalLong.of(8 + 2 + 4 + 3), sizes.get("trampoline_header"), "the distance from start to end");
		assertEquals(OptionalLong.of(4 + 1), sizes.get("message"), "escapes are one byte, .asciz adds the terminator");
		assertEquals(OptionalLong.of(8), sizes.get("pointer"));
		assertEquals(OptionalLong.of(16), sizes.get("fixed"), ".size wins over what follows the label");
		assertEquals(OptionalLong.of(10), sizes.get("table"), ".size x, .-x measures the data in between");
		assertEquals(OptionalLong.of(64), sizes.get("buffer"));
		assertEquals(OptionalLong.empty(), sizes.get("code"), "code has no size before assembly");
		assertEquals(OptionalLong.of(12), sizes.get("filled"));
	}

	@Test
	void unknownWhenAnythingInBetweenIsNotConstantData() {
		Map<String, OptionalLong> sizes = sizes("""
				SYM_DATA_START(aligned)
				\t.balign 8
				\t.quad 0
				SYM_DATA_END(aligned)
				symbolic: .space PAGE_SIZE
				""");
		assertEquals(OptionalLong.empty(), sizes.get("aligned"));
		assertEquals(OptionalLong.empty(), sizes.get("symbolic"));
	}
}
