package dev.gasket.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.launch.LaunchAttributes;
import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.ui.launch.CodeSymbol;
import dev.gasket.debug.ui.launch.StoredPaths;
import dev.gasket.debug.ui.launch.ShortcutConfigurations;
import dev.gasket.lang.instructions.CodeMode;

/** Run > Debug Configurations with the example imported: its shared configurations, the tabs, their validation. */
class LaunchDialogUiTest {
	private static final String DIALOG = "Debug Configurations";
	private static final List<String> EXAMPLE_CONFIGURATIONS = List.of("trampoline-a-real-mode-legacy", "trampoline-b-long4-x86s",
			"trampoline-c-la57-x86s", "trampoline-d-la57-legacy");

	@TempDir
	Path folder;
	private TrampolineProject trampoline;
	private IProject project;

	@BeforeEach
	void importExample() throws Exception {
		trampoline = TrampolineProject.importCopy(folder);
		project = trampoline.project;
	}

	@AfterEach
	void removeExample() throws Exception {
		for (ILaunchConfiguration config : manager().getLaunchConfigurations()) {
			if (config.isLocal()) {
				config.delete();
			}
		}
		trampoline.dispose();
	}

	private static ILaunchManager manager() {
		return DebugPlugin.getDefault().getLaunchManager();
	}

	private static List<ILaunchConfiguration> gasketConfigurations() {
		try {
			return List.of(manager().getLaunchConfigurations(manager().getLaunchConfigurationType(GasketDebugModel.LAUNCH_TYPE)));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static ILaunchConfiguration configuration(String name) {
		return gasketConfigurations().stream().filter(config -> config.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no configuration " + name));
	}

	private static void openDialogOn(ILaunchConfiguration config, java.util.function.Consumer<Shell> checks) {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		DialogDriver.drive(DIALOG, () -> DebugUITools.openLaunchConfigurationDialogOnGroup(workbench,
				new StructuredSelection(config), IDebugUIConstants.ID_DEBUG_LAUNCH_GROUP),
				checks);
	}

	@Test
	void theExampleShipsItsFourScenariosAsSharedConfigurations() {
		Ui.waitUntil("the example's launch files are known",
				() -> gasketConfigurations().stream().filter(config -> !config.isLocal()).count() == EXAMPLE_CONFIGURATIONS.size());
		ILaunchConfiguration real = configuration("trampoline-a-real-mode-legacy");
		assertEquals(project.getFile("launches/trampoline-a-real-mode-legacy.launch"), real.getFile());

		openDialogOn(real, dialog -> {
			Tree tree = Widgets.find(dialog, Tree.class, any -> true).orElseThrow();
			TreeItem type = Arrays.stream(tree.getItems()).filter(item -> item.getText().equals("Gasket x86 Emulator")).findFirst()
					.orElseThrow(() -> new AssertionError("the dialog lists no Gasket x86 Emulator type"));
			type.setExpanded(true);
			List<String> listed = Arrays.stream(type.getItems()).map(TreeItem::getText).toList();
			assertTrue(listed.containsAll(EXAMPLE_CONFIGURATIONS), "listed: " + listed);
			assertEquals("trampoline_start", Widgets.afterLabel(dialog, "Entry symbol:", Combo.class).getText());
			Widgets.selectTab(dialog, "Machine");
			assertEquals("Real mode (16-bit, as an AP after SIPI)", Widgets.afterLabel(dialog, "Start state:", Combo.class).getText());
			assertEquals("Legacy x86-64", Widgets.afterLabel(dialog, "CPU model:", Combo.class).getText());
		});
	}

	@Test
	void anUnknownEntrySymbolIsNamedAndBlocksTheLaunch() {
		ILaunchConfiguration config = configuration("trampoline-b-long4-x86s");
		openDialogOn(config, dialog -> {
			Combo entry = Widgets.afterLabel(dialog, "Entry symbol:", Combo.class);
			List<String> offered = List.of(entry.getItems());
			assertTrue(offered.indexOf("trampoline_start") < offered.indexOf("trampoline_start64") && offered.indexOf("trampoline_start") >= 0,
					"the code symbols of trampoline_64.S in source order: " + offered);
			assertFalse(offered.contains("tr_cr4"), "data is no entry: " + offered);
			Button debug = Widgets.button(dialog, "Debug");

			entry.setText("trampoline_start65");
			Ui.waitUntil("the dialog reports the unknown entry",
					() -> Widgets.shows(dialog, "Entry symbol 'trampoline_start65' is not defined in the sources; choose one of trampoline_start"));
			assertFalse(debug.isEnabled(), "an unknown entry cannot be launched");

			entry.setText("tr_cr4");
			Ui.waitUntil("the dialog reports a data symbol",
					() -> Widgets.shows(dialog, "Entry symbol 'tr_cr4' is not code"));

			entry.setText("kernel_entry");
			Ui.waitUntil("the message goes", () -> !Widgets.shows(dialog, "Entry symbol '"));
			assertTrue(debug.isEnabled());

			org.eclipse.swt.widgets.List sources = Widgets.afterLabel(dialog, "Sources:", org.eclipse.swt.widgets.List.class);
			sources.selectAll();
			Widgets.click(Widgets.button(dialog, "Remove"));
			Ui.waitUntil("a program without sources is reported",
					() -> Widgets.shows(dialog, "No source files to assemble: add at least one .S or .s file"));
			assertFalse(debug.isEnabled());
			Widgets.click(Widgets.button(dialog, "Revert"));
		});
	}

	@Test
	void machineTabSettingsAreSavedWithTheConfiguration() throws Exception {
		IFile source = project.getFile(TrampolineProject.SOURCE);
		ILaunchConfiguration config = ShortcutConfigurations.findOrCreate(StoredPaths.of(source), Optional.of(source),
				Optional.of(new CodeSymbol("kernel_entry", CodeMode.BITS_64)));
		openDialogOn(config, dialog -> {
			Widgets.selectTab(dialog, "Machine");
			Text values = Widgets.afterLabel(dialog, "Initial values:", Text.class);
			values.setText("tr_cr4");
			Ui.waitUntil("a malformed initial value is reported",
					() -> Widgets.shows(dialog, "Malformed assignment 'tr_cr4': expected SYMBOL=VALUE or %reg=VALUE"));
			values.setText("tr_cr5=0x1000");
			Ui.waitUntil("an initial value of a symbol the program lacks is reported",
					() -> Widgets.shows(dialog, "Initial value 'tr_cr5=0x1000': the sources define no symbol tr_cr5"));
			values.setText("tr_cr4=0x1000\n%rax=1");
			Widgets.choose(Widgets.afterLabel(dialog, "Start state:", Combo.class), "Long mode, 5-level paging (LA57)");
			Widgets.choose(Widgets.afterLabel(dialog, "CPU model:", Combo.class), "X86S (64-bit only)");
			Widgets.setValue(Widgets.afterLabel(dialog, "Memory (MiB):", Spinner.class), 32);
			Widgets.click(Widgets.button(dialog, "Stop when the CPU mode changes (real, protected, compatibility, 64-bit)"));
			Widgets.click(Widgets.button(dialog, "Stop at the entry symbol"));
			Widgets.click(Widgets.button(dialog, "Apply"));
		});
		ILaunchConfiguration saved = configuration(config.getName());
		assertEquals(List.of("tr_cr4=0x1000", "%rax=1"), saved.getAttribute(LaunchAttributes.ASSIGNMENTS, List.of()));
		assertEquals("LONG5", saved.getAttribute(LaunchAttributes.START_STATE, ""));
		assertEquals("X86S", saved.getAttribute(LaunchAttributes.CPU_MODEL, ""));
		assertEquals(32, saved.getAttribute(LaunchAttributes.MEMORY_MIB, 0));
		assertTrue(saved.getAttribute(LaunchAttributes.STOP_ON_MODE_CHANGE, false));
		assertFalse(saved.getAttribute(LaunchAttributes.STOP_AT_ENTRY, true));
		assertEquals(List.of("/trampoline/trampoline_64.S"), saved.getAttribute(LaunchAttributes.SOURCES, List.of()),
				"the Program tab kept the workspace path");
	}
}
