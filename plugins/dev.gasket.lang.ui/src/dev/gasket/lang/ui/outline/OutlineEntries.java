package dev.gasket.lang.ui.outline;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.util.CancelIndicator;

import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ide.navigation.SymbolOutline;
import dev.gasket.lang.ui.model.GasmDocumentModel;

/** A document's outline from its model, and the entry a text offset lies in. */
final class OutlineEntries {

	private OutlineEntries() {
	}

	/** From the latest parse, if it still matches the text. */
	static Optional<List<OutlineEntry>> latest(GasmDocumentModel model) {
		return model.read(resource -> GasmDocumentModel.language().getInstance(SymbolOutline.class).of(resource));
	}

	/** From a parse of the text as it is now, parsing first if the latest parse is older. */
	static Optional<List<OutlineEntry>> current(GasmDocumentModel model) {
		return model.readCurrent(resource -> GasmDocumentModel.language().getInstance(SymbolOutline.class).of(resource), CancelIndicator.NullImpl);
	}

	/**
	 * The entry, at any depth, that starts last at or before {@code offset}: the one the caret is in. A section's
	 * children need not follow it in the file (a section can be entered again), so every entry is looked at; on a tie
	 * (an unnamed section starts at its first symbol) the nested entry wins.
	 */
	static OutlineEntry at(List<OutlineEntry> entries, int offset) {
		OutlineEntry found = null;
		for (OutlineEntry entry : entries) {
			found = later(found, entry.symbol().offset() <= offset ? entry : null);
			found = later(found, at(entry.children(), offset));
		}
		return found;
	}

	private static OutlineEntry later(OutlineEntry found, OutlineEntry candidate) {
		return candidate != null && (found == null || candidate.symbol().offset() >= found.symbol().offset()) ? candidate : found;
	}
}
