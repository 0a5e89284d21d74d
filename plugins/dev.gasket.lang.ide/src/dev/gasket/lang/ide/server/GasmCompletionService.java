package dev.gasket.lang.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;


import dev.gasket.lang.ide.contentassist.Completion;
import dev.gasket.lang.ide.contentassist.CompletionProposals;
import dev.gasket.lang.ide.text.LineOffsets;

/**
 * Completion from {@link CompletionProposals} instead of Xtext's grammar-driven proposals, which cannot know
 * mnemonics, registers or the code mode; the proposals' order is kept through the sort text.
 */
public class GasmCompletionService extends ContentAssistService {
	@Inject
	private CompletionProposals proposals;

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params, CancelIndicator cancelIndicator) {
		List<Completion> found = proposals.at(resource, Locations.offset(document, params.getPosition()));
		LineOffsets lines = new LineOffsets(document.getContents());
		List<CompletionItem> items = new ArrayList<>(found.size());
		for (Completion completion : found) {
			CompletionItem item = new CompletionItem(completion.label());
			item.setKind(kind(completion.kind()));
			item.setDetail(completion.detail());
			item.setSortText(String.format("%04d", items.size()));
			item.setFilterText(completion.insertText());
			item.setTextEdit(Either.forLeft(new TextEdit(Locations.range(lines, completion.replaceOffset(), completion.replaceLength()), completion.insertText())));
			items.add(item);
		}
		return new CompletionList(found.size() >= CompletionProposals.MAX_PROPOSALS, items);
	}

	private static CompletionItemKind kind(Completion.Kind kind) {
		return switch (kind) {
			case MNEMONIC, PREFIX -> CompletionItemKind.Keyword;
			case REGISTER -> CompletionItemKind.EnumMember;
			case DIRECTIVE -> CompletionItemKind.Property;
			case SYMBOL -> CompletionItemKind.Variable;
			case MACRO -> CompletionItemKind.Module;
			case MACRO_PARAMETER -> CompletionItemKind.TypeParameter;
		};
	}
}
