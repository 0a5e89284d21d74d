package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.debug.ui.console.SourceReference;

/** The console link pattern as plugin.xml declares it, on the lines Gasket consoles show, and the references it yields. */
class SourceLinkPatternTest {
	private static final String LISTENER = "dev.gasket.debug.ui.console.sourceLinks";

	@TestFactory
	Stream<DynamicTest> thePatternFindsTheReferenceInEachConsoleLine() {
		Pattern pattern = Pattern.compile(listener().getAttribute("regex"));
		String[][] table = {
				{ "CPU switched to compatibility mode at trampoline_64.S:134", "trampoline_64.S:134" },
				{ "#GP(0x0) at example.S:210: ljmpl into compatibility mode is not allowed on x86s", "example.S:210" },
				{ "/home/me/work/x.S:12:5: error: junk at end of line", "/home/me/work/x.S:12:5" },
				{ "Breakpoint at linkage.h:7 (tr_start+0x2)", "linkage.h:7" },
				{ "Started trampoline_start64 at trampoline_64.S:88 in long4 on the legacy CPU", "trampoline_64.S:88" },
				{ "kernel: AP online, 5-level paging", null },
				{ "ld: boot.o:(.text+0x5): undefined reference to `missing'", null },
				{ "Suspended at 0x1000", null },
				{ "took 12:30 minutes", null } };
		return Arrays.stream(table).map(row -> DynamicTest.dynamicTest(row[0], () -> {
			Matcher matcher = pattern.matcher(row[0]);
			if (row[1] == null) {
				assertFalse(matcher.find(), () -> "no link, but found " + matcher.group());
			} else {
				assertEquals(true, matcher.find(), "a link");
				assertEquals(row[1], matcher.group());
			}
		}));
	}

	@Test
	void aMatchIsReadAsPathAndLineWithTheColumnLeftOut() {
		assertEquals(Optional.of(new SourceReference("/home/me/work/x.S", 12)), SourceReference.parse("/home/me/work/x.S:12:5"));
		assertEquals(Optional.of(new SourceReference("trampoline_64.S", 134)), SourceReference.parse("trampoline_64.S:134"));
		assertEquals(Optional.empty(), SourceReference.parse("x.S:0"), "lines count from 1");
		assertEquals(Optional.empty(), SourceReference.parse("x.S"));
	}

	private static IConfigurationElement listener() {
		return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.console.consolePatternMatchListeners"))
				.filter(element -> LISTENER.equals(element.getAttribute("id"))).findFirst()
				.orElseThrow(() -> new AssertionError("no console pattern match listener " + LISTENER));
	}
}
