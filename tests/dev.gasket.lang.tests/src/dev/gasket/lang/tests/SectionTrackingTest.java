package dev.gasket.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;

class SectionTrackingTest {
	private final LanguageFixture fixture = new LanguageFixture();

	@Test
	void followsSectionSwitchesPushPopAndPrevious() {
		Program program = fixture.parse("""
				start: nop
				\t.section .text16,"ax",@progbits
				real: nop
				\t.pushsection .altinstructions, "a"
				alt: .long 0
				\t.popsection
				back: nop
				\t.data
				flags: .long 0
				\t.previous
				again: nop
				\t.section ".rodata","a"
				table: .quad 0
				""");
		FileStructure structure = LanguageFixture.injector().getInstance(FileStructures.class).of(program.eResource());
		List<String> sections = IntStream.of(0, 2, 4, 6, 8, 10, 12).mapToObj(line -> structure.contextOf(program.getLines().get(line)).section()).toList();
		assertEquals(List.of(".text", ".text16", ".altinstructions", ".text16", ".data", ".text16", ".rodata"), sections);
	}
}
