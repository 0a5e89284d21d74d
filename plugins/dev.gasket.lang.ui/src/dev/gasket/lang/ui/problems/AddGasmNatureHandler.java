package dev.gasket.lang.ui.problems;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Configure > Add Gasket Nature": the selected projects get the builder that fills the Problems view. */
public class AddGasmNatureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				IProject project = Adapters.adapt(element, IProject.class);
				if (project != null && project.isOpen()) {
					try {
						GasmNature.addTo(project, null);
					} catch (CoreException e) {
						throw new ExecutionException("cannot add the Gasket nature to " + project.getName() + ": " + e.getMessage(), e);
					}
				}
			}
		}
		return null;
	}
}
