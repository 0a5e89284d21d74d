package dev.gasket.lang.ui.assembler;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * "Gasket Assembler" in a project's properties: how its builder assembles the sources with GNU as. The settings go to
 * the project's {@code .settings/}; saving them changes files there, so an automatic build applies them at once.
 */
public class AssemblerPropertyPage extends PropertyPage {
	public static final String ID = "dev.gasket.lang.ui.assemblerPropertyPage";
	public static final String ASSEMBLE_LABEL = "&Assemble with GNU as on build";
	public static final String TOOL_PREFIX_LABEL = "&Tool prefix (e.g. x86_64-linux-gnu-, empty for the host's tools):";
	public static final String INCLUDE_PATH_LABEL = "&Include paths, one per line (relative to the project, or absolute):";
	public static final String DEFINES_LABEL = "&Defines, one per line (NAME or NAME=VALUE):";

	private Button assemble;
	private Text toolPrefix;
	private Text includePath;
	private Text defines;

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		assemble = new Button(page, SWT.CHECK);
		assemble.setText(ASSEMBLE_LABEL);
		assemble.setToolTipText("Assembles each changed source (gcc -c for .S and .sx, as for .s) into a temporary directory and"
				+ " shows what as and cpp report as problems. On by default when as is on PATH.");
		toolPrefix = field(page, TOOL_PREFIX_LABEL, SWT.SINGLE);
		includePath = field(page, INCLUDE_PATH_LABEL, SWT.MULTI | SWT.V_SCROLL);
		defines = field(page, DEFINES_LABEL, SWT.MULTI | SWT.V_SCROLL);
		show(AssemblerSettings.of(project()));
		toolPrefix.addModifyListener(event -> validate());
		defines.addModifyListener(event -> validate());
		return page;
	}

	private static Text field(Composite page, String label, int style) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | style);
		GridDataFactory.fillDefaults().grab(true, (style & SWT.MULTI) != 0).hint(400, (style & SWT.MULTI) != 0 ? 80 : SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void show(AssemblerSettings settings) {
		assemble.setSelection(settings.assembleOnBuild());
		toolPrefix.setText(settings.toolPrefix());
		includePath.setText(String.join("\n", settings.includePath()));
		defines.setText(String.join("\n", settings.defines()));
	}

	private AssemblerSettings entered() {
		return new AssemblerSettings(lines(includePath), lines(defines), toolPrefix.getText().strip(), assemble.getSelection());
	}

	private static List<String> lines(Text text) {
		return Arrays.stream(text.getText().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private void validate() {
		List<String> problems = entered().problems();
		setErrorMessage(problems.isEmpty() ? null : problems.get(0));
		setValid(problems.isEmpty());
	}

	@Override
	protected void performDefaults() {
		show(new AssemblerSettings(List.of(), List.of(), "", AssemblerSettings.asOnPath("")));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			entered().saveTo(project());
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage("cannot save the settings of " + project().getName() + ": " + e.getMessage());
			return false;
		}
	}

	private IProject project() {
		return Adapters.adapt(getElement(), IProject.class);
	}
}
