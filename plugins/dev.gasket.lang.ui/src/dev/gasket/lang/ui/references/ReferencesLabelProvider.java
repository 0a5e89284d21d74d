package dev.gasket.lang.ui.references;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * Files as "name - folder (n references)"; references as "line: text", the definition in bold with a "definition"
 * suffix; in the flat layout each reference also names its file.
 */
final class ReferencesLabelProvider extends LabelProvider implements IStyledLabelProvider {
	private static final StyledString.Styler BOLD = new StyledString.Styler() {
		@Override
		public void applyStyles(TextStyle style) {
			style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
		}
	};

	private final boolean flat;
	private final ReferencesSearchPage page;
	private final WorkbenchLabelProvider workspaceLabels = new WorkbenchLabelProvider();

	ReferencesLabelProvider(ReferencesSearchPage page, boolean flat) {
		this.page = page;
		this.flat = flat;
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof ReferenceMatch match) {
			StyledString text = new StyledString();
			if (flat) {
				text.append(ReferenceFiles.name(match.getElement()) + ":", StyledString.QUALIFIER_STYLER);
			}
			text.append(match.line() + ": ", StyledString.QUALIFIER_STYLER);
			// tabs align nothing in a row of the view: one space each
			text.append(match.lineText().strip().replace('\t', ' '), match.isDefinition() ? BOLD : null);
			if (match.isDefinition()) {
				text.append(" (definition)", StyledString.DECORATIONS_STYLER);
			}
			return text;
		}
		AbstractTextSearchResult result = page.getInput();
		int count = result == null ? 0 : result.getMatchCount(element);
		return new StyledString(ReferenceFiles.name(element)).append(" - " + ReferenceFiles.folder(element), StyledString.QUALIFIER_STYLER)
				.append(" (" + count + (count == 1 ? " reference)" : " references)"), StyledString.COUNTER_STYLER);
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ReferenceMatch) {
			return null;
		}
		return element instanceof IFile file ? workspaceLabels.getImage(file)
				: PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
	}

	@Override
	public void dispose() {
		workspaceLabels.dispose();
		super.dispose();
	}
}
