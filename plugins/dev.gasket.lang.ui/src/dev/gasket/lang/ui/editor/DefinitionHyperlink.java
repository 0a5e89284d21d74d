package dev.gasket.lang.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;

import dev.gasket.lang.ide.navigation.SymbolLocation;

/** Opens the file a definition is in and selects the defined name. */
final class DefinitionHyperlink implements IHyperlink {
	private final IRegion source;
	private final SymbolLocation target;

	DefinitionHyperlink(IRegion source, SymbolLocation target) {
		this.source = source;
		this.target = target;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return source;
	}

	@Override
	public String getTypeLabel() {
		return "Open Definition";
	}

	@Override
	public String getHyperlinkText() {
		return "Open " + target.kind() + " " + target.name() + " in " + target.uri().lastSegment() + ":" + target.line();
	}

	@Override
	public void open() {
		SourceOpener.open(target);
	}
}
