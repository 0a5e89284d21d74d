package dev.gasket.lang.ui.outline;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ResourceLocator;

/** The outline toolbar's toggle between name order and file order; the choice is remembered for every outline. */
final class SortAction extends Action {
	static final String ID = "dev.gasket.lang.ui.outline.sort";

	SortAction() {
		super("Sort Alphabetically", AS_CHECK_BOX);
		setId(ID);
		setToolTipText("Sort by name (otherwise in file order)");
		ResourceLocator.imageDescriptorFromBundle(SortAction.class, "icons/sort_alphabetically.svg").ifPresent(this::setImageDescriptor);
		setChecked(OutlineSorting.isAlphabetical());
	}

	@Override
	public void run() {
		OutlineSorting.setAlphabetical(isChecked());
	}
}
