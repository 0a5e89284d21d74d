package dev.gasket.lang.ui.preferences;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.dialogs.PreferenceLinkArea;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;

import dev.gasket.lang.ui.editor.SyntaxStyles;
import dev.gasket.lang.ui.preferences.HighlightCategories.Category;

/**
 * Gasket &gt; Syntax Coloring: colour, bold and italic of each highlight category. Colours are the theme's (the same
 * values as Colors and Fonts shows); Apply or OK redraws open editors.
 */
public class SyntaxColoringPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "dev.gasket.lang.ui.preferences.syntaxColoring";

	private final List<Category> categories = HighlightCategories.all();
	private final Map<String, RGB> colors = new HashMap<>();
	private final Map<String, Integer> fontStyles = new HashMap<>();
	private org.eclipse.swt.widgets.List list;
	private ColorSelector colorSelector;
	private Button bold;
	private Button italic;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Colours and font styles of the assembly editor.");
		for (Category category : categories) {
			colors.put(category.colorId(), ThemeColors.current(category));
			fontStyles.put(category.colorId(), SyntaxStyles.fontStyle(category.colorId()));
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		PreferenceLinkArea colorsAndFonts = new PreferenceLinkArea(page, SWT.NONE, "org.eclipse.ui.preferencePages.ColorsAndFonts",
				"The colours are also under <a>''{0}''</a> (Gasket Assembly Editor), where the theme's defaults come from.",
				(IWorkbenchPreferenceContainer) getContainer(), null);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(colorsAndFonts.getControl());

		list = new org.eclipse.swt.widgets.List(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		categories.forEach(category -> list.add(category.label()));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, list.getItemHeight() * 12).applyTo(list);
		list.addListener(SWT.Selection, event -> showSelected());

		Composite style = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(style);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(style);
		new Label(style, SWT.NONE).setText("Color:");
		colorSelector = new ColorSelector(style);
		colorSelector.addListener(event -> selected().ifPresent(category -> colors.put(category.colorId(), colorSelector.getColorValue())));
		bold = checkBox(style, "Bold", SWT.BOLD);
		italic = checkBox(style, "Italic", SWT.ITALIC);

		list.select(0);
		showSelected();
		return page;
	}

	private Button checkBox(Composite parent, String text, int fontBit) {
		Button box = new Button(parent, SWT.CHECK);
		box.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(box);
		box.addListener(SWT.Selection, event -> selected().ifPresent(category -> {
			int others = fontStyles.get(category.colorId()) & ~fontBit;
			fontStyles.put(category.colorId(), others | (box.getSelection() ? fontBit : SWT.NORMAL));
		}));
		return box;
	}

	private Optional<Category> selected() {
		int index = list == null ? -1 : list.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(categories.get(index));
	}

	private void showSelected() {
		selected().ifPresent(category -> {
			colorSelector.setColorValue(colors.get(category.colorId()));
			int fontStyle = fontStyles.get(category.colorId());
			bold.setSelection((fontStyle & SWT.BOLD) != 0);
			italic.setSelection((fontStyle & SWT.ITALIC) != 0);
		});
	}

	@Override
	protected void performDefaults() {
		for (Category category : categories) {
			colors.put(category.colorId(), ThemeColors.defaultOf(category));
			fontStyles.put(category.colorId(), SyntaxStyles.defaultFontStyle(category.colorId()));
		}
		showSelected();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		for (Category category : categories) {
			SyntaxStyles.setFontStyle(category.colorId(), fontStyles.get(category.colorId()));
			ThemeColors.set(category, colors.get(category.colorId()));
		}
		return true;
	}
}
