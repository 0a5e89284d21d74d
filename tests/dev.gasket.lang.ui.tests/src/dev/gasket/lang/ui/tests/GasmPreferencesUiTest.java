package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.editor.GasmLexicalStyle;
import dev.gasket.lang.ui.editor.SyntaxStyles;
import dev.gasket.lang.ui.preferences.GasketPreferencePage;
import dev.gasket.lang.ui.preferences.HighlightCategories;
import dev.gasket.lang.ui.preferences.SyntaxColoringPreferencePage;

/**
 * The Gasket preference pages in the Preferences dialog, and the highlight colours on the dark theme, seen in the
 * style ranges of an open editor.
 */
class GasmPreferencesUiTest {
	private static final Duration DRAWN = Duration.ofSeconds(10);
	private static final String DARK_THEME = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String SOURCE = """
			\tmovl\ttr_cr4(%rip), %eax\t# the saved CR4
			""";
	private static final String REGISTER = GasmLexicalStyle.REGISTER.colorId();

	private IProject project;
	private StyledText text;
	private PreferenceDialog dialog;

	@BeforeEach
	void openEditor() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("preferences-test");
		project.create(null);
		project.open(null);
		project.getFile("cr4.S").create(new ByteArrayInputStream(SOURCE.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page(), project.getFile("cr4.S")));
		text = assertInstanceOf(StyledText.class, editor.getAdapter(Control.class));
		waitForStyle(SOURCE.indexOf("%rip"), colors().getRGB(REGISTER), SWT.NORMAL, "%rip is drawn as a register");
	}

	@AfterEach
	void closeEverything() throws CoreException {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		SyntaxStyles.setFontStyle(REGISTER, SyntaxStyles.defaultFontStyle(REGISTER));
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void syntaxColoringListsTheThemeColoursAndItsBoldReachesOpenEditorsUntilDefaultsAreRestored() {
		Composite coloring = openPreferences(SyntaxColoringPreferencePage.ID, SyntaxColoringPreferencePage.class);
		org.eclipse.swt.widgets.List categories = Widgets.first(coloring, org.eclipse.swt.widgets.List.class);
		List<String> labels = HighlightCategories.all().stream().map(HighlightCategories.Category::label).toList();
		assertEquals(20, labels.size(), "every colour plugin.xml declares for the editor");
		assertEquals(labels, Arrays.asList(categories.getItems()));

		categories.setSelection(labels.indexOf("General registers"));
		categories.notifyListeners(SWT.Selection, new Event());
		assertTrue(!Widgets.button(coloring, "Bold").getSelection() && !Widgets.button(coloring, "Italic").getSelection());
		Widgets.click(Widgets.button(coloring, "Bold"));
		Widgets.click(Widgets.dialogButton(dialog.getShell(), IDialogConstants.OK_ID));
		waitForStyle(SOURCE.indexOf("%rip"), colors().getRGB(REGISTER), SWT.BOLD, "the open editor draws registers bold");
		assertTrue(preferences().getBoolean(SyntaxStyles.boldKey(REGISTER), false));

		Composite reopened = openPreferences(SyntaxColoringPreferencePage.ID, SyntaxColoringPreferencePage.class);
		Widgets.click(Widgets.button(reopened.getShell(), "Restore Defaults"));
		Widgets.click(Widgets.dialogButton(dialog.getShell(), IDialogConstants.OK_ID));
		waitForStyle(SOURCE.indexOf("%rip"), colors().getRGB(REGISTER), SWT.NORMAL, "restored, registers are plain again");
		assertEquals(null, preferences().get(SyntaxStyles.boldKey(REGISTER), null), "a default is stored as no value");
	}

	@Test
	void aColourStoredWhereColorsAndFontsStoresItRedrawsOpenEditors() {
		IEclipsePreferences workbench = InstanceScope.INSTANCE.getNode("org.eclipse.ui.workbench");
		RGB before = colors().getRGB(REGISTER);
		RGB chosen = new RGB(200, 30, 120);
		workbench.put(REGISTER, StringConverter.asString(chosen));
		try {
			waitForStyle(SOURCE.indexOf("%rip"), chosen, SWT.NORMAL, "the open editor draws registers in the new colour");
		} finally {
			workbench.put(REGISTER, StringConverter.asString(before));
			workbench.remove(REGISTER);
		}
		waitForStyle(SOURCE.indexOf("%rip"), before, SWT.NORMAL, "and in the old one again");
	}

	@Test
	void theDarkThemeGivesEveryHighlightColourAReadableValueAndOpenEditorsShowIt() {
		IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		String light = engine.getActiveTheme().getId();
		String comment = GasmLexicalStyle.COMMENT.colorId();
		engine.setTheme(DARK_THEME, false);
		try {
			UiConditions.flushEvents();
			RGB background = StringConverter.asRGB(InstanceScope.INSTANCE.getNode("org.eclipse.ui.editors").get("AbstractTextEditor.Color.Background", null));
			for (HighlightCategories.Category category : HighlightCategories.all()) {
				RGB dark = colors().getRGB(category.colorId());
				double contrast = contrast(dark, background);
				assertTrue(contrast >= 4.5, category.label() + " " + dark + " has contrast " + contrast + " on the dark editor background " + background);
			}
			waitForStyle(SOURCE.indexOf("# the saved"), colors().getRGB(comment), SWT.ITALIC, "the open editor draws comments in the dark theme's colour");
		} finally {
			engine.setTheme(light, false);
			UiConditions.flushEvents();
		}
		HighlightCategories.Category commentCategory = HighlightCategories.all().stream().filter(category -> category.colorId().equals(comment))
				.findFirst().orElseThrow();
		assertEquals(commentCategory.declared(), colors().getRGB(comment), "back on the light theme, the declared colours return");
	}

	@Test
	void gasketPageShowsTheIndentationInForceAndLinksToTheTextEditorsPage() {
		Composite gasket = openPreferences(GasketPreferencePage.ID, GasketPreferencePage.class);
		int width = EditorsUI.getPreferenceStore().getInt(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_TAB_WIDTH);
		assertTrue(Widgets.all(gasket, Label.class).stream().anyMatch(label -> label.getText().startsWith("In force now: tab width " + width + ",")));
		assertTrue(Widgets.all(gasket, Link.class).stream().anyMatch(link -> link.getText().contains("Text Editors")),
				"a link to General > Editors > Text Editors");
	}

	/** Opens the Preferences dialog on a page, not blocking, and returns the page's controls. */
	private Composite openPreferences(String pageId, Class<? extends PreferencePage> pageType) {
		dialog = PreferencesUtil.createPreferenceDialogOn(page().getWorkbenchWindow().getShell(), pageId, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiConditions.flushEvents();
		return assertInstanceOf(Composite.class, assertInstanceOf(pageType, dialog.getSelectedPage()).getControl());
	}

	private void waitForStyle(int offset, RGB colour, int fontStyle, String description) {
		UiConditions.waitUntil(description, DRAWN, () -> {
			StyleRange range = text.getStyleRangeAtOffset(offset);
			return range != null && range.foreground != null && colour.equals(range.foreground.getRGB()) && range.fontStyle == fontStyle;
		});
	}

	/** WCAG contrast ratio of two colours. */
	private static double contrast(RGB one, RGB other) {
		double first = luminance(one);
		double second = luminance(other);
		return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
	}

	private static double luminance(RGB rgb) {
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	private static double linear(int channel) {
		double value = channel / 255.0;
		return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

	private static ColorRegistry colors() {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(SyntaxStyles.PREFERENCES_NODE);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
