package dev.gasket.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gasket.lang.ui.problems.GasmBuilder;
import dev.gasket.lang.ui.problems.GasmNature;
import dev.gasket.lang.ui.problems.ProblemMarkers;
import dev.gasket.lang.validation.GasmIssueCodes;

/** "Configure > Add Gasket Nature" run as the project's context menu runs it: with the project as the current selection. */
class AddGasmNatureUiTest {
	private static final String COMMAND = "dev.gasket.lang.ui.addGasmNature";
	/** A 4-byte symbol read with an 8-byte instruction: the validator warns. */
	private static final String WIDENED_S = "\t.data\ntr_cr4:\t.long 0\n\t.size\ttr_cr4, 4\n\t.text\n\txorq\ttr_cr4(%rip), %rax\n";

	private IProject project;
	private boolean autoBuilding;

	@BeforeEach
	void createProjectWithoutTheNature() throws CoreException {
		autoBuilding = TestProjects.setAutoBuilding(false);
		project = TestProjects.create("nature-test");
		TestProjects.createFile(project, "widened.S", WIDENED_S);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
		TestProjects.setAutoBuilding(autoBuilding);
	}

	@Test
	void theCommandOnTheSelectedProjectAddsTheNatureAndItsBuilderWhichMarksProblems() throws Exception {
		assertFalse(project.hasNature(GasmNature.ID));
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
		ParameterizedCommand command = ParameterizedCommand.generateCommand(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND), null);
		handlers.executeCommandInContext(command, null, context);

		assertTrue(project.hasNature(GasmNature.ID));
		List<String> builders = Arrays.stream(project.getDescription().getBuildSpec()).map(ICommand::getBuilderName).toList();
		assertEquals(List.of(GasmBuilder.ID), builders);

		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IMarker[] markers = project.getFile("widened.S").findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(List.of(GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL), Arrays.stream(markers).map(marker -> marker.getAttribute(ProblemMarkers.CODE, "")).toList(),
				"the builder the nature brought marks the file's problem");
	}

}
