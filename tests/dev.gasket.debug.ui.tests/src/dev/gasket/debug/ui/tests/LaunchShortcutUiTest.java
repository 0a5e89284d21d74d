package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.ui.launch.CodeSymbol;
import dev.gasket.debug.ui.launch.GasketLaunchShortcut;
import dev.gasket.debug.ui.launch.StoredPaths;
import dev.gasket.debug.ui.launch.ShortcutConfigurations;
import dev.gasket.debug.ui.launch.SourceSymbols;
import dev.gasket.lang.instructions.CodeMode;

/** Debug As > Gasket x86 Emulator: where it is offered, which symbol it starts at, which configuration it uses. */
class LaunchShortcutUiTest {
	@TempDir
	Path folder;
	private TrampolineProject trampoline;
	private IProject project;
	private IFile source;

	@BeforeEach
	void importExample() throws Exception {
		trampoline = TrampolineProject.importCopy(folder);
		project = trampoline.project;
		source = project.getFile(TrampolineProject.SOURCE);
	}

	@AfterEach
	void removeExample() throws Exception {
		for (ILaunchConfiguration config : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
			if (config.isLocal()) {
				config.delete();
			}
		}
		trampoline.dispose();
	}

	private static boolean offeredFor(IResource resource) throws Exception {
		IConfigurationElement shortcut = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.debug.ui.launchShortcuts"))
				.filter(element -> "dev.gasket.debug.ui.shortcut".equals(element.getAttribute("id"))).findFirst().orElseThrow();
		IConfigurationElement enablement = shortcut.getChildren("contextualLaunch")[0].getChildren("enablement")[0];
		Expression expression = ExpressionConverter.getDefault().perform(enablement);
		EvaluationContext context = new EvaluationContext(null, List.of(resource));
		context.addVariable("selection", List.of(resource));
		return expression.evaluate(context) == EvaluationResult.TRUE;
	}

	@Test
	void debugAsIsOfferedOnAssemblySourcesOnly() throws Exception {
		assertTrue(offeredFor(source));
		assertTrue(!offeredFor(project.getFile("boot.h")), "a header is not a program");
		assertTrue(!offeredFor(project.getFile("launches/trampoline-b-long4-x86s.launch")));
	}

	@Test
	void theCaretChoosesTheEntryAndItsCpuMode() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), source);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = document.get();

		int definition = text.indexOf("SYM_CODE_START(trampoline_start64)") + "SYM_CODE_START(".length() + 3;
		assertEquals(Optional.of(new CodeSymbol("trampoline_start64", CodeMode.BITS_64)), SourceSymbols.codeSymbolAt(document, definition));
		int use = text.indexOf("$startup_32") + 4;
		Optional<CodeSymbol> startup32 = SourceSymbols.codeSymbolAt(document, use);
		assertEquals(Optional.of(new CodeSymbol("startup_32", CodeMode.BITS_32)), startup32, "a use names its definition");
		assertEquals(StartState.PROTECTED32, startup32.get().startState());
		int innerLabel = text.indexOf("SYM_INNER_LABEL(lock_spin64") + "SYM_INNER_LABEL(".length();
		assertEquals(Optional.of(new CodeSymbol("lock_spin64", CodeMode.BITS_64)), SourceSymbols.codeSymbolAt(document, innerLabel),
				"a label inside code can be started at");
		assertEquals(Optional.empty(), SourceSymbols.codeSymbolAt(document, text.indexOf("tr_lock(%rip)")), "data is no entry");
		assertEquals(Optional.empty(), SourceSymbols.codeSymbolAt(document, text.indexOf("one AP at a time")), "nothing in a comment");

		assertEquals(Optional.of(new CodeSymbol("trampoline_start", CodeMode.BITS_16)),
				SourceSymbols.of(List.of(source.getLocation().toPath())).firstCode(), "without a caret: the first code symbol");
	}

	@Test
	void aFileAndEntryGetOneConfigurationThatIsReused() throws Exception {
		String stored = StoredPaths.of(source);
		assertEquals("/trampoline/trampoline_64.S", stored);
		Optional<CodeSymbol> kernel = Optional.of(new CodeSymbol("kernel_entry", CodeMode.BITS_64));
		ILaunchConfiguration first = ShortcutConfigurations.findOrCreate(stored, Optional.of(source), kernel);
		assertEquals("trampoline_64.S (kernel_entry)", first.getName());
		assertEquals("LONG4", first.getAttribute(LaunchAttributes.START_STATE, ""));
		assertEquals("trampoline", first.getAttribute(LaunchAttributes.PROJECT, ""));
		assertEquals(List.of(stored), first.getAttribute(LaunchAttributes.SOURCES, List.of()));
		assertTrue(first.getAttribute(LaunchAttributes.STOP_AT_ENTRY, false), "a new configuration stops at its entry");
		assertEquals(List.of(source), List.of(first.getMappedResources()));
		assertEquals(first, ShortcutConfigurations.findOrCreate(stored, Optional.of(source), kernel), "the same file and entry reuse it");

		ILaunchConfiguration compat = ShortcutConfigurations.findOrCreate(stored, Optional.of(source),
				Optional.of(new CodeSymbol("trampoline_compat", CodeMode.BITS_32)));
		assertNotEquals(first, compat);
		assertEquals("PROTECTED32", compat.getAttribute(LaunchAttributes.START_STATE, ""));

		ILaunchConfiguration shared = ShortcutConfigurations.findOrCreate(stored, Optional.of(source),
				Optional.of(new CodeSymbol("trampoline_start64", CodeMode.BITS_64)));
		assertEquals("trampoline-b-long4-x86s", shared.getName(), "the example's own configuration for that entry, the first by name");

		List<ILaunchConfiguration> offered = List.of(new GasketLaunchShortcut().getLaunchConfigurations(new StructuredSelection(source)));
		assertTrue(offered.containsAll(List.of(first, compat, shared)), "the shortcut knows the file's configurations: " + offered);
	}
}
