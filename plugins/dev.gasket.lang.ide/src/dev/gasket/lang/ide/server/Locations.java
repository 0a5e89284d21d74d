package dev.gasket.lang.ide.server;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;

import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.text.LineOffsets;

/** Navigation answers as LSP ranges: a name never spans lines, so its line and column are enough. */
final class Locations {
	private static final UriExtensions URIS = new UriExtensions();

	private Locations() {
	}

	static Range range(SymbolLocation location) {
		Position start = new Position(location.line() - 1, location.column() - 1);
		return new Range(start, new Position(start.getLine(), start.getCharacter() + location.length()));
	}

	/** A text range as an LSP range; the document's own conversion scans from the start for every position. */
	static Range range(LineOffsets lines, int offset, int length) {
		return new Range(position(lines, offset), position(lines, offset + length));
	}

	static Position position(LineOffsets lines, int offset) {
		int line = lines.lineOf(offset);
		return new Position(line, offset - lines.startOf(line));
	}

	static Location location(SymbolLocation location) {
		return new Location(URIS.toUriString(location.uri()), range(location));
	}

	/** The offset of a client's position, or an error naming it when it lies outside the document. */
	static int offset(Document document, Position position) {
		try {
			return document.getOffSet(position);
		} catch (IndexOutOfBoundsException e) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "position " + (position.getLine() + 1) + ":"
					+ (position.getCharacter() + 1) + " is outside the document (" + document.getLineCount() + " lines)", null));
		}
	}
}
