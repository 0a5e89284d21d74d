package dev.gasket.debug.ui.launch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.gasket.debug.engine.StartState;
import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.launch.LaunchSettings;
import dev.gasket.x86.cpu.CpuModel;

/** The emulated machine: the CPU state the program starts in, the CPU model, memory, initial values, when to stop. */
public class MachineTab extends AbstractLaunchConfigurationTab {
	private static final List<String> START_STATE_LABELS = List.of("Real mode (16-bit, as an AP after SIPI)",
			"Protected mode (32-bit flat, paging off)", "Long mode, 4-level paging", "Long mode, 5-level paging (LA57)");
	private static final List<String> CPU_MODEL_LABELS = List.of("Legacy x86-64", "X86S (64-bit only)");

	private Combo startState;
	private Combo cpuModel;
	private Spinner memory;
	private Text assignments;
	private Button stopAtEntry;
	private Button stopOnModeChange;
	private boolean initializing;

	@Override
	public String getName() {
		return "Machine";
	}

	@Override
	public String getId() {
		return "dev.gasket.debug.ui.machineTab";
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Group cpu = TabWidgets.group(page, "CPU");
		startState = TabWidgets.combo(cpu, "Start state:", SWT.DROP_DOWN | SWT.READ_ONLY, this::changed);
		startState.setItems(START_STATE_LABELS.toArray(String[]::new));
		cpuModel = TabWidgets.combo(cpu, "CPU model:", SWT.DROP_DOWN | SWT.READ_ONLY, this::changed);
		cpuModel.setItems(CPU_MODEL_LABELS.toArray(String[]::new));
		TabWidgets.label(cpu, "Memory (MiB):");
		memory = new Spinner(cpu, SWT.BORDER);
		memory.setValues(LaunchSettings.DEFAULT_MEMORY_MIB, 1, LaunchSettings.MAX_MEMORY_MIB, 0, 1, 16);
		memory.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, TabWidgets.COLUMNS - 1, 1));
		memory.addModifyListener(event -> changed());
		assignments = TabWidgets.lines(cpu, "Initial values:", "SYMBOL=VALUE or %reg=VALUE, one per line, e.g. tr_cr4=0x1000",
				this::changed);

		Group stops = TabWidgets.group(page, "Stop");
		stopAtEntry = TabWidgets.check(stops, "Stop at the entry symbol", this::changed);
		stopOnModeChange = TabWidgets.check(stops, "Stop when the CPU mode changes (real, protected, compatibility, 64-bit)",
				this::changed);
		setControl(page);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy config) {
		LaunchDefaults.machine(config);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration config) {
		initializing = true;
		try {
			String state = StoredAttributes.string(config, LaunchAttributes.START_STATE, StartState.REAL.name());
			startState.select(indexOf(StartState.values(), state).orElse(0));
			String model = StoredAttributes.string(config, LaunchAttributes.CPU_MODEL, CpuModel.LEGACY.name());
			cpuModel.select(indexOf(CpuModel.values(), model).orElse(0));
			memory.setSelection(StoredAttributes.integer(config, LaunchAttributes.MEMORY_MIB, LaunchSettings.DEFAULT_MEMORY_MIB));
			TabWidgets.setEntries(assignments, StoredAttributes.list(config, LaunchAttributes.ASSIGNMENTS));
			stopAtEntry.setSelection(StoredAttributes.bool(config, LaunchAttributes.STOP_AT_ENTRY, true));
			stopOnModeChange.setSelection(StoredAttributes.bool(config, LaunchAttributes.STOP_ON_MODE_CHANGE, false));
		} finally {
			initializing = false;
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy config) {
		config.setAttribute(LaunchAttributes.START_STATE, StartState.values()[Math.max(0, startState.getSelectionIndex())].name());
		config.setAttribute(LaunchAttributes.CPU_MODEL, CpuModel.values()[Math.max(0, cpuModel.getSelectionIndex())].name());
		config.setAttribute(LaunchAttributes.MEMORY_MIB, memory.getSelection());
		config.setAttribute(LaunchAttributes.ASSIGNMENTS, TabWidgets.entries(assignments));
		config.setAttribute(LaunchAttributes.STOP_AT_ENTRY, stopAtEntry.getSelection());
		config.setAttribute(LaunchAttributes.STOP_ON_MODE_CHANGE, stopOnModeChange.getSelection());
	}

	@Override
	public boolean isValid(ILaunchConfiguration config) {
		setErrorMessage(LaunchProblems.ofMachine(config).orElse(null));
		return getErrorMessage() == null;
	}

	private void changed() {
		if (!initializing) {
			updateLaunchConfigurationDialog();
		}
	}

	private static Optional<Integer> indexOf(Enum<?>[] values, String name) {
		return Arrays.stream(values).filter(value -> value.name().equals(name)).map(Enum::ordinal).findFirst();
	}
}
