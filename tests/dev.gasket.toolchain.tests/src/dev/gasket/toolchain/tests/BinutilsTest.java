package dev.gasket.toolchain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.toolchain.Assembler;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.GnuTool;
import dev.gasket.toolchain.ToolchainException;

class BinutilsTest {

	@TempDir
	Path directory;

	@Test
	void findsEveryHostToolOnPath() throws Exception {
		for (GnuTool tool : GnuTool.values()) {
			Path found = GasFixture.HOST.locate(tool);
			assertEquals(tool.programName(), found.getFileName().toString());
			assertTrue(Files.isExecutable(found), found::toString);
		}
	}

	@Test
	void missingToolMessageSaysWhatWhereAndHowToFix() {
		ToolchainException error = assertThrows(ToolchainException.class,
				() -> Binutils.fromPath("gasket-no-such-").locate(GnuTool.AS));
		String message = error.getMessage();
		String firstPathEntry = System.getenv("PATH").split(File.pathSeparator)[0];
		assertTrue(message.contains("'gasket-no-such-as'"), message);
		assertTrue(message.contains(firstPathEntry), message);
		assertTrue(message.contains("Debian package 'binutils'"), message);
		assertTrue(message.contains("apt-get install binutils"), message);
	}

	@Test
	void assemblerReportsAMissingToolBeforeRunningAnything() throws Exception {
		Path source = GasFixture.write(directory, "empty.s", "");
		Assembler assembler = new Assembler(Binutils.fromPath("gasket-no-such-"));
		ToolchainException error = assertThrows(ToolchainException.class,
				() -> assembler.assemble(source, directory.resolve("empty.o")));
		assertTrue(error.getMessage().contains("binutils"), error.getMessage());
	}

	@Test
	void prefixedToolIsFoundAndNeverReplacedByTheHostTool() throws Exception {
		Path crossAs = executable(directory.resolve("x86_64-elf-as"));
		Path hostDirectory = GasFixture.HOST.locate(GnuTool.LD).getParent();
		Binutils cross = new Binutils("x86_64-elf-", List.of(directory, hostDirectory));

		assertEquals(crossAs, cross.locate(GnuTool.AS));
		assertThrows(ToolchainException.class, () -> cross.locate(GnuTool.LD));
	}

	@Test
	void nonExecutableFilesAreSkipped() throws Exception {
		Files.writeString(directory.resolve("as"), "not a program");
		Path hostAs = GasFixture.HOST.locate(GnuTool.AS);
		Binutils binutils = new Binutils("", List.of(directory, hostAs.getParent()));

		assertEquals(hostAs, binutils.locate(GnuTool.AS));
	}

	private static Path executable(Path file) throws Exception {
		Files.writeString(file, "#!/bin/sh\n");
		return Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}
}
