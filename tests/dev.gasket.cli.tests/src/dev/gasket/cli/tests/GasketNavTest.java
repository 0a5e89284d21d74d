package dev.gasket.cli.tests;

import static dev.gasket.cli.tests.Outcome.gasket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GasketNavTest {
	private static final String HEADER = """
				.section ".rodata","a"
			SYM_DATA_START(trampoline_header)
			\tSYM_DATA(tr_cr4, .space 4)
			\tSYM_DATA(tr_lock, .space 4)
			SYM_DATA_END(trampoline_header)
			""";

	private static final String ENTRY = """
			#include "defs.h"
			.macro LOCK_AND_LOAD lock_rip=0
			\t.if \\lock_rip
			1:\tlock btsl $0, tr_lock(%rip)
			\tjc 1b
			\t.endif
			.endm
			SYM_CODE_START(trampoline_start64)
			\txorq tr_cr4(%rip), %rax
			\tLOCK_AND_LOAD lock_rip=1
			.Lspin:\tpause
			\tmovl $BOOT_CS, %eax
			SYM_CODE_END(trampoline_start64)
			""";

	@TempDir
	Path folder;

	private Path header;
	private Path entry;

	@BeforeEach
	void writeProject() throws IOException {
		Files.createDirectories(folder.resolve(".git"));
		header = Files.writeString(folder.resolve("header.S"), HEADER).toRealPath();
		entry = Files.writeString(folder.resolve("entry.S"), ENTRY).toRealPath();
		Files.writeString(folder.resolve("defs.h"), "#define BOOT_CS 0x10\n");
	}

	@Test
	void definitionOfALinkageMacroSymbolANumericLabelAMacroParameterAndAnInclude() {
		assertEquals(new Outcome(0, header + ":4:11: data tr_lock size 4\n", ""), gasket("nav", "def", entry + ":4:24"));
		assertEquals(new Outcome(0, entry + ":4:1: label 1\n", ""), gasket("nav", "def", entry + ":5:6"));
		assertEquals(new Outcome(0, entry + ":2:22: macro-parameter lock_rip\n", ""), gasket("nav", "def", entry + ":3:7"));
		assertEquals(new Outcome(0, folder.resolve("defs.h").toAbsolutePath().normalize() + ":1:1: file defs.h\n", ""),
				gasket("nav", "def", entry + ":1:3"));
		assertEquals(new Outcome(0, entry + ":2:8: macro LOCK_AND_LOAD\n", ""), gasket("nav", "def", entry + ":10:3"));
	}

	@Test
	void referencesAcrossFilesWithTheDefinitionMarked() {
		Outcome references = gasket("nav", "refs", header + ":3:16");
		assertEquals(0, references.status(), references.err());
		assertEquals(List.of(header + ":3:11 (definition)", entry + ":9:7"), references.out().lines().toList());
	}

	@Test
	void hoverExplainsInstructionsAndSymbols() {
		Outcome instruction = gasket("nav", "hover", entry + ":9:3");
		assertEquals(0, instruction.status(), instruction.err());
		assertTrue(instruction.out().startsWith("xorq (general-purpose)\n"), instruction.out());
		Outcome symbol = gasket("nav", "hover", entry + ":9:10");
		assertEquals("data tr_cr4, 4 bytes, in .rodata\ndefined at header.S:3: SYM_DATA(tr_cr4, .space 4)\n", symbol.out());
	}

	@Test
	void symbolsListTheOutlineWithLocalLabelsIndented() {
		Outcome outline = gasket("nav", "symbols", entry.toString());
		assertEquals(List.of("2 macro LOCK_AND_LOAD", "8 code trampoline_start64", "  11 label .Lspin"), outline.out().lines().toList());
		assertEquals(List.of("2 data trampoline_header size 8", "3 data tr_cr4 size 4", "4 data tr_lock size 4"),
				gasket("nav", "symbols", header.toString()).out().lines().toList());
	}

	@Test
	void badPositionsAndFilesGetAClearMessageAndStatusOne() throws IOException {
		Outcome outside = gasket("nav", "def", entry + ":99:1");
		assertEquals(1, outside.status());
		assertTrue(outside.err().contains("is outside"), outside.err());
		Outcome nothing = gasket("nav", "def", entry + ":9:2");
		assertEquals(1, nothing.status());
		assertTrue(nothing.err().startsWith("gasket nav: nothing at"), nothing.err());
		Path binary = Files.write(folder.resolve("blob.S"), new byte[] { 0x7f, 'E', 'L', 'F', 0, 1 });
		Outcome notText = gasket("nav", "symbols", binary.toString());
		assertEquals(1, notText.status());
		assertTrue(notText.err().contains("is a binary file"), notText.err());
		Path empty = Files.writeString(folder.resolve("empty.S"), "");
		Outcome emptyFile = gasket("nav", "def", empty + ":1:1");
		assertEquals(1, emptyFile.status());
		assertTrue(emptyFile.err().contains("is empty"), emptyFile.err());
		assertFalse((outside.err() + nothing.err() + notText.err() + emptyFile.err()).contains("Exception"), "no stack traces");
	}
}
