package dev.gasket.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.gasket.lang.ide.GasmIdeSetup;
import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolOutline;

/** The outline tree every editor shows: sections as parents, file-local labels under their code symbol. */
class SymbolOutlineTest {
	private static final String SOURCE = """
			\t.macro\tsave_flags
			\tpushfq
			\t.endm
			\t.set\tSTACK_SIZE, 4096
			start:
			\tcall\t1f
			.Lretry:
			1:\tjmp\t.Lretry
			\t.section .rodata, "a"
			table:
			\t.quad\t0
			\t.data
			flag:
			\t.long\t1
			\t.text
			finish:
			\tret
			.Lout:
			\tret
			\t.pushsection .bss
			scratch:
			\t.skip\t8
			\t.popsection
			.Lafter:
			\thlt
			""";

	private static Injector injector;

	@BeforeAll
	static void createInjector() {
		injector = new GasmIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static List<OutlineEntry> outline(String text) {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("memory:/outline.S"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return injector.getInstance(SymbolOutline.class).of(resource);
	}

	/** One line per entry, indented by depth: {@code kind name line:column}. */
	private static List<String> lines(List<OutlineEntry> entries, String indent) {
		List<String> lines = new ArrayList<>();
		for (OutlineEntry entry : entries) {
			SymbolLocation symbol = entry.symbol();
			lines.add(indent + symbol.kind() + " " + symbol.name() + " " + symbol.line() + ":" + symbol.column());
			lines.addAll(lines(entry.children(), indent + "  "));
		}
		return lines;
	}

	@Test
	void symbolsSitUnderTheSectionTheyAreAssembledIntoWithLabelsUnderTheirCodeSymbol() {
		assertEquals(List.of(
				"macro save_flags 1:9",
				"constant STACK_SIZE 4:7",
				"section .text 5:1",
				"  label start 5:1",
				"    label .Lretry 7:1",
				"  label finish 16:1",
				"    label .Lout 18:1",
				"    label .Lafter 24:1",
				"section .rodata 9:11",
				"  data table 10:1",
				"section .data 12:2",
				"  data flag 13:1",
				"section .bss 20:15",
				"  data scratch 21:1"), lines(outline(SOURCE), ""));
	}

	@Test
	void aSectionIsPlacedOnTheDirectiveThatFirstEntersItOrEmptyOnItsFirstSymbol() {
		List<OutlineEntry> roots = outline(SOURCE);
		SymbolLocation implicitText = roots.get(2).symbol();
		assertEquals(SOURCE.indexOf("start:"), implicitText.offset());
		assertEquals(0, implicitText.length(), "no directive names the first .text");
		SymbolLocation rodata = roots.get(3).symbol();
		assertEquals(".rodata", SOURCE.substring(rodata.offset(), rodata.offset() + rodata.length()));
		SymbolLocation data = roots.get(4).symbol();
		assertEquals(SOURCE.indexOf(".data"), data.offset());
		assertEquals(".data".length(), data.length());
	}

	@Test
	void aSectionEnteredAgainIsOneNodeWhereItWasFirstNamed() {
		String source = """
				\t.text
				\t.data
				value:
				\t.long\t0
				\t.text
				entry:
				\tret
				""";
		List<String> outline = lines(outline(source), "");
		assertEquals(List.of("section .text 1:2", "  label entry 6:1", "section .data 2:2", "  data value 3:1"), outline);
	}
}
