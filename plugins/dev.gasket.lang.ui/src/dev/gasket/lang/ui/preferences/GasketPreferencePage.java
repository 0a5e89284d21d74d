package dev.gasket.lang.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.dialogs.PreferenceLinkArea;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;

/**
 * The Gasket group's page. It says where indentation is set: the generic editor reads tab width and spaces-for-tabs
 * from the text editors' shared preferences only (its preference store is fixed to them), with no per-content-type
 * value a language could set, so the page shows the values in force and links to where they are changed.
 */
public class GasketPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "dev.gasket.lang.ui.preferences";
	static final String TEXT_EDITORS_PAGE = "org.eclipse.ui.preferencePages.GeneralTextEditor";

	private Label inForce;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
		setDescription("Settings of the GNU assembler (AT&T x86) editor. Colours and font styles are under Syntax Coloring.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		Group indentation = new Group(page, SWT.NONE);
		indentation.setText("Indentation");
		GridLayoutFactory.swtDefaults().applyTo(indentation);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(indentation);
		wrapped(indentation, "The assembly editor is Eclipse's Generic Code Editor. It takes the tab width and whether Tab inserts "
				+ "spaces from the settings all text editors share; it offers no setting per file type, so assembly files follow them. "
				+ "Kernel-style assembly is written with tab characters displayed 8 columns wide.");
		inForce = wrapped(indentation, "");
		PreferenceLinkArea link = new PreferenceLinkArea(indentation, SWT.NONE, TEXT_EDITORS_PAGE,
				"Change them under <a>''{0}''</a>.", (IWorkbenchPreferenceContainer) getContainer(), null);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(link.getControl());
		showInForce();
		return page;
	}

	/** The linked page may have changed the values since this page was shown. */
	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && inForce != null) {
			showInForce();
		}
	}

	private void showInForce() {
		IPreferenceStore editors = EditorsUI.getPreferenceStore();
		int width = editors.getInt(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_TAB_WIDTH);
		boolean spaces = editors.getBoolean(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_SPACES_FOR_TABS);
		inForce.setText("In force now: tab width " + width + ", Tab inserts " + (spaces ? "spaces." : "a tab character."));
		inForce.getParent().layout(true);
	}

	private static Label wrapped(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
		return label;
	}
}
