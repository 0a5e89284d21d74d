package dev.gasket.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import dev.gasket.lang.ide.GasmIdeSetup;
import dev.gasket.lang.ide.highlighting.GasmHighlightingStyles;

class GasmSemanticHighlightingTest {
	private record Highlight(String text, String style) {
	}

	private static final String SOURCE = """
			#define FLAG 1
			.macro SET_BIT reg
			\tbtsl $FLAG, \\reg
			.endm
			trampoline_start64:
			\tlock btsl $0, tr_lock(%rip)
			\tjnc .Lno_lock
			1:\tjmp 1b
			\tSET_BIT %eax
			.Lno_lock:
			\t.long tr_cr4
			SYM_DATA(tr_lock, .space 4)
			""";

	private static List<Highlight> highlight(String source) throws IOException {
		Injector injector = new GasmIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/highlight.S"));
		resource.load(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), null);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());

		List<Highlight> highlights = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> highlights.add(new Highlight(source.substring(offset, offset + length), String.join(",", styles))),
				CancelIndicator.NullImpl);
		return highlights;
	}

	@Test
	void separatesRolesKindsMacrosAndFileLocalSymbols() throws IOException {
		List<Highlight> highlights = highlight(SOURCE);
		assertEquals(List.of(
				new Highlight("FLAG", "gasm.symbol.definition,gasm.kind.cpp_macro"),
				new Highlight("SET_BIT", "gasm.symbol.definition,gasm.kind.gas_macro"),
				new Highlight("reg", "gasm.macro.parameter,gasm.symbol.definition"),
				new Highlight("btsl", GasmHighlightingStyles.MNEMONIC),
				new Highlight("FLAG", "gasm.symbol.reference,gasm.kind.cpp_macro"),
				new Highlight("\\reg", GasmHighlightingStyles.MACRO_PARAMETER),
				new Highlight(".endm", GasmHighlightingStyles.DIRECTIVE),
				new Highlight("trampoline_start64", "gasm.symbol.definition,gasm.kind.label"),
				new Highlight("lock", GasmHighlightingStyles.PREFIX),
				new Highlight("btsl", GasmHighlightingStyles.MNEMONIC),
				new Highlight("tr_lock", "gasm.symbol.reference,gasm.kind.data"),
				new Highlight("jnc", GasmHighlightingStyles.MNEMONIC),
				new Highlight(".Lno_lock", "gasm.symbol.reference.local,gasm.kind.data"),
				new Highlight("1", "gasm.symbol.definition.local,gasm.kind.label"),
				new Highlight("jmp", GasmHighlightingStyles.MNEMONIC),
				new Highlight("1b", "gasm.symbol.reference.local,gasm.kind.label"),
				new Highlight("SET_BIT", GasmHighlightingStyles.MACRO_USE),
				new Highlight(".Lno_lock", "gasm.symbol.definition.local,gasm.kind.data"),
				new Highlight(".long", GasmHighlightingStyles.DIRECTIVE),
				new Highlight("tr_cr4", "gasm.symbol.reference,gasm.symbol.unresolved"),
				new Highlight("SYM_DATA", GasmHighlightingStyles.MACRO_USE),
				new Highlight("tr_lock", "gasm.symbol.definition,gasm.kind.data"),
				new Highlight(".space", GasmHighlightingStyles.DIRECTIVE)), highlights);
	}
}
