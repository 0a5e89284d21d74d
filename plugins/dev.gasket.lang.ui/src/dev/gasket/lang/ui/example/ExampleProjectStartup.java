package dev.gasket.lang.ui.example;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * When the IDE is started with {@code -Dgasket.example=FOLDER} (as {@code ./gasket ide} does), imports that project
 * and opens {@code -Dgasket.example.open=FILE} (project-relative) in the editor, so a new user starts on real code.
 * With {@code -Dgasket.screenshot=PNG} it then saves a screenshot of the window and closes the workbench.
 */
public class ExampleProjectStartup implements IStartup {
	static final String PROJECT_PROPERTY = "gasket.example";
	static final String FILE_PROPERTY = "gasket.example.open";
	static final String SCREENSHOT_PROPERTY = "gasket.screenshot";
	/** Lets the editor's first paint and colouring settle before the capture. */
	private static final int SCREENSHOT_DELAY_MS = 3000;

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(PROJECT_PROPERTY);
		if (folder == null) {
			return;
		}
		try {
			IProject project = ExampleProjects.importInPlace(Path.of(folder), null);
			String file = System.getProperty(FILE_PROPERTY);
			if (file != null) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(project.getFile(file)));
			}
		} catch (CoreException e) {
			ILog.of(getClass()).error("Could not import the example project from " + folder, e);
		}
	}

	private void open(IFile file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			IDE.openEditor(window.getActivePage(), file, true);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Could not open " + file.getFullPath(), e);
		}
		String screenshot = System.getProperty(SCREENSHOT_PROPERTY);
		if (screenshot != null) {
			window.getShell().getDisplay().timerExec(SCREENSHOT_DELAY_MS, () -> saveScreenshotAndClose(window, Path.of(screenshot)));
		}
	}

	private void saveScreenshotAndClose(IWorkbenchWindow window, Path file) {
		try {
			WorkbenchScreenshot.save(window.getShell(), file);
			System.out.println("gasket ide: screenshot saved to " + file);
		} catch (IOException e) {
			ILog.of(getClass()).error("Could not save the screenshot to " + file, e);
		}
		PlatformUI.getWorkbench().close();
	}
}
