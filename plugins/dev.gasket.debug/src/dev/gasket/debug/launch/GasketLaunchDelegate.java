package dev.gasket.debug.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import dev.gasket.debug.engine.BuildFailedException;
import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.debug.model.GasketDebugTarget;
import dev.gasket.debug.model.GasketProcess;
import dev.gasket.debug.model.GasketSourceLocator;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.WorkDirectories;

/**
 * Launches a "Gasket x86 Emulator" configuration: builds the program with GNU binutils in a temporary directory,
 * starts a debug session in the configured start state and hands it to a {@link GasketDebugTarget}. A build that
 * fails ends the launch with the tools' messages, on the console and in the error.
 */
public class GasketLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		LaunchSettings settings = LaunchSettings.read(configuration);
		if (launch.getSourceLocator() == null) {
			launch.setSourceLocator(new GasketSourceLocator());
		}
		GasketProcess process = new GasketProcess(launch, "Gasket x86 Emulator: " + settings.programName());
		process.print("Building " + settings.session().build().sources().stream().map(source -> source.getFileName().toString())
				.collect(Collectors.joining(" ")) + " …");
		Path work = null;
		try {
			work = Files.createTempDirectory("gasket-debug");
			DebugSession session = DebugSession.start(settings.session(), work);
			session.buildDiagnostics().forEach(diagnostic -> process.printError(BuildFailedException.format(diagnostic)));
			process.print("Started " + entry(session) + " in " + settings.session().start().option() + " on the "
					+ settings.session().cpu().label() + " CPU");
			Path directory = work;
			GasketDebugTarget target = new GasketDebugTarget(launch, process, session, settings.programName(), () -> WorkDirectories.delete(directory));
			launch.addDebugTarget(target);
			target.start(settings.stopAtEntry(), settings.stopOnModeChange());
		} catch (BuildFailedException e) {
			e.diagnostics().forEach(diagnostic -> process.printError(BuildFailedException.format(diagnostic)));
			throw failed(process, work, "Building " + settings.programName() + " failed:\n"
					+ e.diagnostics().stream().map(BuildFailedException::format).collect(Collectors.joining("\n")));
		} catch (ToolchainException | IOException | IllegalArgumentException e) {
			process.printError(e.getMessage());
			throw failed(process, work, "Cannot start " + settings.programName() + ": " + e.getMessage());
		}
	}

	/** The program is assembled and linked by the launch itself; a workspace build first would be wasted work. */
	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false;
	}

	/** E.g. "trampoline_start64 at trampoline_64.S:88". */
	private static String entry(DebugSession session) {
		long address = session.entryAddress();
		return session.program().describe(address).orElse("the program") + " at " + session.program().location(address)
				.map(at -> at.file().getFileName() + ":" + at.line()).orElse("0x" + Long.toHexString(address));
	}

	private static CoreException failed(GasketProcess process, Path work, String message) {
		process.ended(1);
		WorkDirectories.delete(work);
		return new DebugException(GasketDebugModel.status(DebugException.TARGET_REQUEST_FAILED, message));
	}

}
