package dev.gasket.cli.tests;

import static dev.gasket.cli.tests.LanguageServerProcess.at;
import static dev.gasket.cli.tests.LanguageServerProcess.object;
import static dev.gasket.cli.tests.LanguageServerProcess.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code gasket lsp} as a process on stdio, driven like an editor drives it, on a two-file project: data symbols
 * defined through {@code SYM_DATA} in one file, used in the other.
 */
class GasketLspTest {
	private static final String DATA = """
			\t.data
			SYM_DATA(tr_cr4, .space 4)
			SYM_DATA(tr_lock, .space 4)
			""";
	private static final String MAIN = """
			\t.code64
			SYM_CODE_START(trampoline_start64)
			\tmovl\ttr_cr4(%rip), %eax
			1:\tlock btsl $0, tr_lock(%rip)
			\tjc\t1b
			2:\tpause
			\tjmp\t2b
			.Ldone:
			\tmovl\t%eax, tr_cr4(%rip)
			\tjmp\t.Ldone
			SYM_CODE_END(trampoline_start64)
			""";

	@TempDir
	static Path project;

	private static LanguageServerProcess server;
	private static Path main;
	private static Path data;

	@BeforeAll
	static void startServer() throws IOException {
		data = Files.writeString(project.resolve("data.S"), DATA);
		main = Files.writeString(project.resolve("main.S"), MAIN);
		server = LanguageServerProcess.start("--stdio");
		JsonObject capabilities = server.initialize(project).getAsJsonObject("capabilities");
		assertTrue(capabilities.getAsJsonObject("semanticTokensProvider").getAsJsonObject("full").get("delta").getAsBoolean(), capabilities::toString);
		assertTrue(capabilities.getAsJsonObject("renameProvider").get("prepareProvider").getAsBoolean());
		server.open(main, MAIN);
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		try {
			LanguageServerProcess.assertExitedCleanly(server.shutdown());
		} finally {
			server.close();
		}
	}

	@Test
	void definitionOfADataSymbolIsItsNameInsideSymDataOfTheOtherFile() {
		JsonArray definitions = server.request("textDocument/definition", at(main, 2, 8)).getAsJsonArray();
		assertEquals(List.of(place(data, 1, 9, 15)), places(definitions));
	}

	@Test
	void referencesOfANumericLabelStayInsideItsScope() {
		JsonObject params = at(main, 4, 5);
		params.add("context", object("includeDeclaration", true));
		JsonArray references = server.request("textDocument/references", params).getAsJsonArray();
		assertEquals(List.of(place(main, 3, 0, 1), place(main, 4, 4, 6)), places(references));
	}

	@Test
	void referencesOfADataSymbolCoverBothFiles() {
		JsonObject params = at(main, 8, 15);
		params.add("context", object("includeDeclaration", true));
		assertEquals(List.of(place(data, 1, 9, 15), place(main, 2, 6, 12), place(main, 8, 12, 18)),
				places(server.request("textDocument/references", params).getAsJsonArray()));
		params.add("context", object("includeDeclaration", false));
		assertEquals(List.of(place(main, 2, 6, 12), place(main, 8, 12, 18)),
				places(server.request("textDocument/references", params).getAsJsonArray()));
	}

	@Test
	void renameChangesTheDefinitionAndEveryUseAcrossFiles() {
		JsonObject prepare = server.request("textDocument/prepareRename", at(main, 2, 8)).getAsJsonObject();
		assertEquals("tr_cr4", prepare.get("placeholder").getAsString());
		assertEquals(object("start", object("line", 2, "character", 6), "end", object("line", 2, "character", 12)), prepare.get("range"));

		JsonObject params = at(main, 2, 8);
		params.addProperty("newName", "tr_cr4_image");
		JsonObject changes = server.request("textDocument/rename", params).getAsJsonObject().getAsJsonObject("changes");
		Map<String, List<String>> edits = new TreeMap<>();
		for (String file : changes.keySet()) {
			List<String> places = new ArrayList<>();
			for (JsonElement edit : changes.getAsJsonArray(file)) {
				JsonObject range = edit.getAsJsonObject().getAsJsonObject("range");
				places.add(range.getAsJsonObject("start").get("line") + ":" + range.getAsJsonObject("start").get("character") + "-"
						+ range.getAsJsonObject("end").get("character") + "=" + edit.getAsJsonObject().get("newText").getAsString());
			}
			edits.put(Path.of(java.net.URI.create(file)).getFileName().toString(), places);
		}
		assertEquals(Map.of("data.S", List.of("1:9-15=tr_cr4_image"), "main.S", List.of("2:6-12=tr_cr4_image", "8:12-18=tr_cr4_image")), edits);
	}

	@Test
	void renameRefusesNumericLabelsInvalidAndClashingNames() {
		assertTrue(server.requestError("textDocument/prepareRename", at(main, 3, 0)).contains("numeric label `1`"));
		JsonObject invalid = at(main, 2, 8);
		invalid.addProperty("newName", "9lives");
		assertTrue(server.requestError("textDocument/rename", invalid).contains("`9lives` is not a valid symbol name"));
		JsonObject clash = at(main, 2, 8);
		clash.addProperty("newName", "tr_lock");
		assertTrue(server.requestError("textDocument/rename", clash).contains("`tr_lock` is already defined"));
	}

	@Test
	void hoverTellsKindSizeAndDefinition() {
		JsonObject hover = server.request("textDocument/hover", at(main, 3, 20)).getAsJsonObject();
		String text = hover.getAsJsonObject("contents").get("value").getAsString();
		assertTrue(text.startsWith("data tr_lock, 4 bytes, in .data"), text);
		assertTrue(text.contains("data.S:3"), text);
	}

	@Test
	void documentHighlightMarksTheDefinitionAsWriteAndUsesAsRead() {
		JsonArray highlights = server.request("textDocument/documentHighlight", at(main, 9, 7)).getAsJsonArray();
		List<String> found = new ArrayList<>();
		for (JsonElement highlight : highlights) {
			JsonObject start = highlight.getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start");
			found.add(start.get("line") + ":" + start.get("character") + ":" + highlight.getAsJsonObject().get("kind"));
		}
		assertEquals(List.of("7:0:3", "9:5:2"), found);
	}

	@Test
	void documentSymbolsNestFileLocalLabelsUnderTheCodeSymbol() {
		JsonArray symbols = server.request("textDocument/documentSymbol", object("textDocument", object("uri", uri(main)))).getAsJsonArray();
		assertEquals(1, symbols.size(), symbols::toString);
		JsonObject function = symbols.get(0).getAsJsonObject();
		assertEquals("trampoline_start64", function.get("name").getAsString());
		assertEquals(12, function.get("kind").getAsInt());
		List<String> children = new ArrayList<>();
		function.getAsJsonArray("children").forEach(child -> children.add(child.getAsJsonObject().get("name").getAsString()));
		assertEquals(List.of(".Ldone"), children, "numeric labels stay out of the outline, as in gasket nav symbols");
	}

	@Test
	void workspaceSymbolsFindDataSymbolsOfFilesNotOpen() {
		JsonArray symbols = server.request("workspace/symbol", object("query", "tr_")).getAsJsonArray();
		List<String> found = new ArrayList<>();
		symbols.forEach(symbol -> found.add(symbol.getAsJsonObject().get("name").getAsString() + "@"
				+ Path.of(java.net.URI.create(symbol.getAsJsonObject().getAsJsonObject("location").get("uri").getAsString())).getFileName()));
		found.sort(null);
		assertEquals(List.of("tr_cr4@data.S", "tr_lock@data.S"), found);
	}

	private static String place(Path file, int line, int start, int end) {
		return file.getFileName() + ":" + line + ":" + start + "-" + end;
	}

	private static List<String> places(JsonArray locations) {
		List<String> places = new ArrayList<>();
		for (JsonElement element : locations) {
			JsonObject location = element.getAsJsonObject();
			JsonObject range = location.getAsJsonObject("range");
			places.add(Path.of(java.net.URI.create(location.get("uri").getAsString())).getFileName() + ":"
					+ range.getAsJsonObject("start").get("line") + ":" + range.getAsJsonObject("start").get("character") + "-"
					+ range.getAsJsonObject("end").get("character"));
		}
		return places;
	}
}
