package dev.gasket.debug.ui.launch;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.ResourceSelectionDialog;
import org.eclipse.ui.model.WorkbenchLabelProvider;

import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.toolchain.build.BuildSettings;

/** What to build and where to start: project, sources, entry symbol, and the options of the GNU tools. */
public class ProgramTab extends AbstractLaunchConfigurationTab {
	static final String DEFAULT_LOAD_ADDRESS = String.format("0x%x", BuildSettings.DEFAULT_LOAD_ADDRESS);

	private Text project;
	private PathListField sources;
	private Combo entry;
	private Text linkerScript;
	private Text loadAddress;
	private PathListField includePaths;
	private Text defines;
	private Text defsyms;
	private Text toolPrefix;
	/** Set while the fields are filled from a configuration, which is no user change. */
	private boolean initializing;

	@Override
	public String getName() {
		return "Program";
	}

	@Override
	public String getId() {
		return "dev.gasket.debug.ui.programTab";
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Group program = TabWidgets.group(page, "Program");
		project = TabWidgets.text(program, "Project:", 1, this::changed);
		TabWidgets.button(program, "Browse...", this::chooseProject);
		sources = new PathListField(program, "Sources:", false, this::sourcesChanged);
		entry = TabWidgets.combo(program, "Entry symbol:", SWT.DROP_DOWN, this::changed);
		entry.setToolTipText("Empty: _start if defined, else the first code symbol");

		Group build = TabWidgets.group(page, "Build");
		linkerScript = TabWidgets.text(build, "Linker script:", 1, this::linkerScriptChanged);
		TabWidgets.button(build, "Browse...", this::chooseLinkerScript);
		loadAddress = TabWidgets.text(build, "Load address:", 0, this::changed);
		includePaths = new PathListField(build, "Include paths:", true, this::changed);
		defines = TabWidgets.lines(build, "Defines:", "NAME or NAME=VALUE, one per line (cpp -D)", this::changed);
		defsyms = TabWidgets.lines(build, "Symbols:", "NAME=VALUE, one per line (ld --defsym)", this::changed);
		toolPrefix = TabWidgets.text(build, "Tool prefix:", 0, this::changed);
		toolPrefix.setMessage("empty for the host's gcc/as/ld, e.g. x86_64-linux-gnu-");
		setControl(page);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy config) {
		LaunchDefaults.build(config);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration config) {
		initializing = true;
		try {
			project.setText(StoredAttributes.string(config, LaunchAttributes.PROJECT, ""));
			sources.setEntries(StoredAttributes.list(config, LaunchAttributes.SOURCES));
			refreshEntryChoices();
			entry.setText(StoredAttributes.string(config, LaunchAttributes.ENTRY, ""));
			linkerScript.setText(StoredAttributes.string(config, LaunchAttributes.LINKER_SCRIPT, ""));
			loadAddress.setText(StoredAttributes.string(config, LaunchAttributes.LOAD_ADDRESS, DEFAULT_LOAD_ADDRESS));
			loadAddress.setEnabled(linkerScript.getText().isBlank());
			includePaths.setEntries(StoredAttributes.list(config, LaunchAttributes.INCLUDE_PATHS));
			TabWidgets.setEntries(defines, StoredAttributes.list(config, LaunchAttributes.DEFINES));
			TabWidgets.setEntries(defsyms, StoredAttributes.list(config, LaunchAttributes.DEFSYMS));
			toolPrefix.setText(StoredAttributes.string(config, LaunchAttributes.TOOL_PREFIX, ""));
		} finally {
			initializing = false;
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy config) {
		config.setAttribute(LaunchAttributes.PROJECT, project.getText().strip());
		config.setAttribute(LaunchAttributes.SOURCES, sources.entries());
		config.setAttribute(LaunchAttributes.ENTRY, entry.getText().strip());
		config.setAttribute(LaunchAttributes.LINKER_SCRIPT, linkerScript.getText().strip());
		config.setAttribute(LaunchAttributes.LOAD_ADDRESS, loadAddress.getText().strip());
		config.setAttribute(LaunchAttributes.INCLUDE_PATHS, includePaths.entries());
		config.setAttribute(LaunchAttributes.DEFINES, TabWidgets.entries(defines));
		config.setAttribute(LaunchAttributes.DEFSYMS, TabWidgets.entries(defsyms));
		config.setAttribute(LaunchAttributes.TOOL_PREFIX, toolPrefix.getText().strip());
	}

	@Override
	public boolean isValid(ILaunchConfiguration config) {
		setErrorMessage(LaunchProblems.ofProgram(config).orElse(null));
		return getErrorMessage() == null;
	}

	private void changed() {
		if (!initializing) {
			updateLaunchConfigurationDialog();
		}
	}

	private void sourcesChanged() {
		refreshEntryChoices();
		changed();
	}

	private void linkerScriptChanged() {
		loadAddress.setEnabled(linkerScript.getText().isBlank());
		changed();
	}

	/** The entry combo offers the code symbols of the listed sources, keeping what the user typed. */
	private void refreshEntryChoices() {
		String typed = entry.getText();
		ProgramSymbols symbols = SourceSymbols.of(sources.entries().stream().map(StoredPaths::toFile).toList());
		entry.setItems(symbols.code().stream().map(CodeSymbol::name).toArray(String[]::new));
		entry.setText(typed);
	}

	private void chooseProject() {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getShell(), new WorkbenchLabelProvider());
		dialog.setTitle("Project");
		dialog.setMessage("The project the program belongs to:");
		dialog.setElements(Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen).toArray());
		if (dialog.open() == ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof IProject chosen) {
			project.setText(chosen.getName());
		}
	}

	private void chooseLinkerScript() {
		ResourceSelectionDialog dialog = new ResourceSelectionDialog(getShell(), ResourcesPlugin.getWorkspace().getRoot(),
				"Choose the linker script (ld -T):");
		if (dialog.open() == ResourceSelectionDialog.OK && dialog.getResult().length > 0 && dialog.getResult()[0] instanceof IFile script) {
			linkerScript.setText(StoredPaths.of(script));
		}
	}
}
