package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.outline.QuickOutlinePopup;

/** Quick Outline (Ctrl+O's command) in a real workbench: the popup's tree, its filter and Enter, read from its widgets. */
class GasmQuickOutlineUiTest {
	private static final Duration SHOWN = Duration.ofSeconds(15);
	private static final String BOOT_S = """
			\t.macro\tsave_flags
			\tpushfq
			\t.endm

			\t.text
			boot_entry:
			\tsave_flags
			\tmovl\tboot_flag(%rip), %eax
			\ttestl\t%eax, %eax
			\tjz\t.Lskip
			.Lskip:
			\tret

			\t.section .rodata, "a"
			bootTable:
			\t.quad\t0, 0
			\t.data
			boot_flag:
			\t.long\t1
			""";

	private IProject project;
	private ITextEditor editor;

	@BeforeEach
	void openEditor() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("quick-outline-test");
		project.create(null);
		project.open(null);
		project.getFile("boot.S").create(new ByteArrayInputStream(BOOT_S.getBytes(StandardCharsets.UTF_8)), true, null);
		editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), project.getFile("boot.S")));
		UiConditions.flushEvents();
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof QuickOutlinePopup popup) {
				popup.close();
			}
		}
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void ctrlOInTheAssemblyEditorIsQuickOutline() throws Exception {
		editor.setFocus();
		UiConditions.flushEvents();
		Binding binding = PlatformUI.getWorkbench().getService(IBindingService.class).getPerfectMatch(KeySequence.getInstance("M1+O"));
		assertEquals("dev.gasket.lang.ui.quickOutline", binding.getParameterizedCommand().getId());
	}

	@Test
	void showsTheOutlineWithTheEntryAtTheCaretSelected() throws Exception {
		editor.selectAndReveal(BOOT_S.indexOf("testl"), 0);
		Shell popup = openQuickOutline();
		Tree tree = Widgets.first(popup, Tree.class);
		assertEquals(List.of("save_flags : macro", ".text : section", "  boot_entry : label", "    .Lskip : label", ".rodata : section",
				"  bootTable : data, 16 bytes", ".data : section", "  boot_flag : data, 4 bytes"), shown(tree.getItems(), ""));
		assertEquals("boot_entry : label", tree.getSelection()[0].getText(), "the caret is in boot_entry");
		assertTrue(Widgets.first(popup, Text.class).isFocusControl(), "typing goes to the filter");
	}

	@Test
	void typingNarrowsTheTreeAndEnterGoesToTheFirstMatch() throws Exception {
		Shell popup = openQuickOutline();
		Tree tree = Widgets.first(popup, Tree.class);
		Text filter = Widgets.first(popup, Text.class);

		filter.setText("boot_f");
		assertEquals(List.of(".data : section", "  boot_flag : data, 4 bytes"), shown(tree.getItems(), ""), "a prefix, and the section it is in");
		filter.setText("bT");
		assertEquals(List.of(".rodata : section", "  bootTable : data, 16 bytes"), shown(tree.getItems(), ""), "camel case");
		filter.setText("b_f");
		assertEquals(List.of(".data : section", "  boot_flag : data, 4 bytes"), shown(tree.getItems(), ""), "snake case");
		filter.setText(".rod");
		assertEquals(List.of(".rodata : section", "  bootTable : data, 16 bytes"), shown(tree.getItems(), ""), "a section shows what it holds");
		filter.setText("*skip");
		assertEquals(List.of(".text : section", "  boot_entry : label", "    .Lskip : label"), shown(tree.getItems(), ""));
		assertEquals(".Lskip : label", tree.getSelection()[0].getText(), "the first match is selected");

		filter.notifyListeners(SWT.DefaultSelection, new Event());
		UiConditions.waitUntil("Enter closes the popup", SHOWN, popup::isDisposed);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(BOOT_S.indexOf(".Lskip:"), selection.getOffset());
		assertEquals(".Lskip", selection.getText());
	}

	private static Shell openQuickOutline() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.gasket.lang.ui.quickOutline", null);
		List<Shell> popups = new ArrayList<>();
		UiConditions.waitUntil("the quick outline opens", SHOWN, () -> {
			popups.clear();
			for (Shell shell : Display.getCurrent().getShells()) {
				if (shell.getData() instanceof QuickOutlinePopup && shell.isVisible()) {
					popups.add(shell);
				}
			}
			return popups.size() == 1;
		});
		return popups.get(0);
	}

	/** The items shown, depth first, indented two spaces per level. */
	private static List<String> shown(TreeItem[] items, String indent) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(indent + item.getText());
			texts.addAll(shown(item.getItems(), indent + "  "));
		}
		return texts;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
