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
	private static JsonObject legend;

	@BeforeAll
	static void startServer() throws IOException {
		data = Files.writeString(project.resolve("data.S"), DATA);
		main = Files.writeString(project.resolve("main.S"), MAIN);
		server = LanguageServerProcess.start("--stdio");
		JsonObject capabilities = server.initialize(project).getAsJsonObject("capabilities");
		assertTrue(capabilities.getAsJsonObject("semanticTokensProvider").getAsJsonObject("full").get("delta").getAsBoolean(), capabilities::toString);
		assertTrue(capabilities.getAsJsonObject("renameProvider").get("prepareProvider").getAsBoolean());
		legend = capabilities.getAsJsonObject("semanticTokensProvider").getAsJsonObject("legend");
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
		String text = hoverText(at(main, 3, 20));
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
	void documentSymbolsGroupSymbolsUnderTheirSectionAndFileLocalLabelsUnderTheCodeSymbol() {
		JsonArray symbols = server.request("textDocument/documentSymbol", object("textDocument", object("uri", uri(main)))).getAsJsonArray();
		assertEquals(1, symbols.size(), symbols::toString);
		JsonObject text = symbols.get(0).getAsJsonObject();
		assertEquals(".text", text.get("name").getAsString(), "a file that names no section assembles into .text");
		assertEquals(3, text.get("kind").getAsInt());
		assertEquals(7, text.getAsJsonObject("range").getAsJsonObject("end").get("line").getAsInt(), "the section's range holds .Ldone, on line 8");
		JsonArray inText = text.getAsJsonArray("children");
		assertEquals(1, inText.size(), inText::toString);
		JsonObject function = inText.get(0).getAsJsonObject();
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

	@Test
	void hoverOnAMnemonicDescribesTheInstruction() {
		String text = hoverText(at(main, 3, 9));
		assertTrue(text.startsWith("btsl (general-purpose)"), text);
		assertTrue(text.contains("Forms:"), text);
	}

	@Test
	void semanticTokensClassifyEveryTokenOfASmallFile() throws IOException {
		String text = """
				/* boot flag */
				\tmovl\t$0x10, %eax
				\tlock btsl $0, flag(%rip)
				flag:\t.long 1
				\tjmp\tnowhere
				""";
		Path file = Files.writeString(project.resolve("tokens.S"), text);
		server.open(file, text);
		JsonObject tokens = server.request("textDocument/semanticTokens/full", object("textDocument", object("uri", uri(file)))).getAsJsonObject();
		assertEquals(List.of("0:0:15 comment", "1:1:4 keyword", "1:7:4 number", "1:13:4 enumMember", "2:1:4 modifier", "2:6:4 keyword",
				"2:12:1 number", "2:15:4 variable", "2:20:4 enumMember", "3:0:4 variable+declaration", "3:6:5 keyword", "3:12:1 number",
				"4:1:3 keyword", "4:5:7 variable+unresolved"), decode(tokens.getAsJsonArray("data")));
	}

	@Test
	void semanticTokenDeltaTurnsTheLastResultIntoTheNewOne() throws IOException {
		String before = "\tmovl\t$1, %eax\n\tret\n";
		String after = "\tmovl\t$1, %eax\n\tincl\t%eax\n\tret\n";
		Path file = Files.writeString(project.resolve("delta.S"), before);
		server.open(file, before);
		JsonObject first = server.request("textDocument/semanticTokens/full", object("textDocument", object("uri", uri(file)))).getAsJsonObject();
		server.replaceText(file, 2, after);
		JsonObject delta = server.request("textDocument/semanticTokens/full/delta", object("textDocument", object("uri", uri(file)),
				"previousResultId", first.get("resultId").getAsString())).getAsJsonObject();
		assertTrue(delta.has("edits"), delta::toString);
		List<Integer> patched = ints(first.getAsJsonArray("data"));
		JsonArray edits = delta.getAsJsonArray("edits");
		assertEquals(1, edits.size(), edits::toString);
		JsonObject edit = edits.get(0).getAsJsonObject();
		int start = edit.get("start").getAsInt();
		patched.subList(start, start + edit.get("deleteCount").getAsInt()).clear();
		patched.addAll(start, ints(edit.getAsJsonArray("data")));
		JsonObject full = server.request("textDocument/semanticTokens/full", object("textDocument", object("uri", uri(file)))).getAsJsonObject();
		assertEquals(ints(full.getAsJsonArray("data")), patched);
		assertEquals(List.of("0:1:4 keyword", "0:7:1 number", "0:10:4 enumMember", "1:1:4 keyword", "1:6:4 enumMember", "2:1:3 keyword"), decode(full.getAsJsonArray("data")));
	}

	@Test
	void diagnosticsArrivePerFileWithLineAndCode() throws IOException {
		String text = "\tmovl\t%eax, %ebx\n\tmovx\t%eax, %ebx\n";
		Path file = Files.writeString(project.resolve("broken.S"), text);
		server.open(file, text);
		JsonObject published = server.awaitNotification("textDocument/publishDiagnostics",
				params -> params.get("uri").getAsString().equals(uri(file)) && !params.getAsJsonArray("diagnostics").isEmpty());
		JsonObject diagnostic = published.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
		assertEquals(1, diagnostic.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt(), diagnostic::toString);
		assertEquals("unknown-mnemonic", diagnostic.get("code").getAsString(), diagnostic::toString);
		assertEquals(1, diagnostic.get("severity").getAsInt(), diagnostic::toString);
	}

	@Test
	void completionOffersWorkspaceSymbolsInOperandsAndRegistersAfterPercent() throws IOException {
		String text = "\t.code64\n\tmovl\ttr_\n\tmovl\t$1, %r1\n";
		Path file = Files.writeString(project.resolve("assist.S"), text);
		server.open(file, text);
		JsonObject symbols = server.request("textDocument/completion", at(file, 1, 9)).getAsJsonObject();
		assertEquals(List.of("tr_cr4 (data, 4 bytes)", "tr_lock (data, 4 bytes)"), labels(symbols));
		JsonObject registers = server.request("textDocument/completion", at(file, 2, 13)).getAsJsonObject();
		List<String> found = labels(registers);
		assertTrue(found.contains("%r10 (general, 64-bit)") && found.contains("%r15d (general, 32-bit)"), found::toString);
		assertTrue(found.stream().allMatch(label -> label.startsWith("%r1")), found::toString);
		JsonObject edit = registers.getAsJsonArray("items").get(0).getAsJsonObject().getAsJsonObject("textEdit");
		assertEquals(object("start", object("line", 2, "character", 10), "end", object("line", 2, "character", 13)), edit.get("range"));
	}

	@Test
	void foldingRangesCoverMacrosConditionalsAndCommentBlocks() throws IOException {
		String text = """
				/*
				 * the trampoline
				 */
				.macro SAVE reg
				\tpushq \\reg
				\tnop
				.endm
				#ifdef CONFIG_X86_5LEVEL
				\tmovl\t%cr4, %eax
				#endif
				\tret
				""";
		Path file = Files.writeString(project.resolve("fold.S"), text);
		server.open(file, text);
		JsonArray ranges = server.request("textDocument/foldingRange", object("textDocument", object("uri", uri(file)))).getAsJsonArray();
		List<String> found = new ArrayList<>();
		ranges.forEach(range -> found.add(range.getAsJsonObject().get("startLine").getAsInt() + "-" + range.getAsJsonObject().get("endLine").getAsInt()
				+ (range.getAsJsonObject().has("kind") ? " " + range.getAsJsonObject().get("kind").getAsString() : "")));
		found.sort(null);
		assertEquals(List.of("0-2 comment", "3-6 region", "7-9 region"), found);
	}

	private static List<String> labels(JsonObject completions) {
		List<String> labels = new ArrayList<>();
		completions.getAsJsonArray("items").forEach(item -> labels.add(item.getAsJsonObject().get("label").getAsString() + " ("
				+ item.getAsJsonObject().get("detail").getAsString() + ")"));
		return labels;
	}

	@Test
	void aPositionOutsideTheFileIsAClearError() {
		String message = server.requestError("textDocument/definition", at(main, 400, 0));
		assertTrue(message.contains("outside"), message);
	}

	private static String hoverText(JsonObject position) {
		return server.request("textDocument/hover", position).getAsJsonObject().getAsJsonObject("contents").get("value").getAsString();
	}

	private static List<Integer> ints(JsonArray array) {
		List<Integer> values = new ArrayList<>();
		array.forEach(value -> values.add(value.getAsInt()));
		return values;
	}

	/** Absolute {@code line:character:length type+modifiers} of each token, names from the legend of initialize. */
	private static List<String> decode(JsonArray data) {
		List<String> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			int deltaLine = data.get(i).getAsInt();
			line += deltaLine;
			character = deltaLine == 0 ? character + data.get(i + 1).getAsInt() : data.get(i + 1).getAsInt();
			StringBuilder token = new StringBuilder(line + ":" + character + ":" + data.get(i + 2).getAsInt() + " "
					+ legend.getAsJsonArray("tokenTypes").get(data.get(i + 3).getAsInt()).getAsString());
			int modifiers = data.get(i + 4).getAsInt();
			JsonArray names = legend.getAsJsonArray("tokenModifiers");
			for (int bit = 0; bit < names.size(); bit++) {
				if ((modifiers & 1 << bit) != 0) {
					token.append('+').append(names.get(bit).getAsString());
				}
			}
			tokens.add(token.toString());
		}
		return tokens;
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
