package dev.gasket.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.gasm.Iteration;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.MacroParameter;
import dev.gasket.lang.gasm.Prefix;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.ide.contentassist.Completion.Kind;
import dev.gasket.lang.instructions.CodeMode;
import dev.gasket.lang.instructions.InstructionInfo;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.instructions.SizeSuffix;
import dev.gasket.lang.instructions.X86Register;
import dev.gasket.lang.resource.SymbolDescriptions;
import dev.gasket.lang.scoping.IncludeResolver;
import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.structure.LineContext;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.LinkageMacro;
import dev.gasket.lang.symbols.SymbolKind;
import dev.gasket.lang.validation.KnownDirectives;

/**
 * What may be typed at a caret, for any editor: registers after {@code %}, directives, mnemonics, prefixes and macros
 * at a statement's start, {@code \param}s in macro and {@code .irp} bodies, symbols in operands. The kind of position
 * is read from the statement's text before the caret (so a half-typed, unparsable line still gets answers); modes,
 * macro bodies and symbols come from the parsed file.
 */
@Singleton
public class CompletionProposals {
	/** More than a list can usefully show; the typed prefix narrows it. */
	public static final int MAX_PROPOSALS = 200;

	/** Labels ({@code name:}, {@code 1:}) that may precede a statement on its line. */
	private static final Pattern LEADING_LABELS = Pattern.compile("\\s*(?:(?:[A-Za-z_.$][\\w.$]*|\\d+)\\s*:\\s*)*");
	private static final Pattern LEADING_WORD = Pattern.compile("([A-Za-z_.][\\w.$]*)\\s+");
	private static final Set<String> PREFIXES = Prefix.VALUES.stream().map(Prefix::getLiteral).collect(Collectors.toUnmodifiableSet());
	/** REX prefixes exist only in 64-bit code. */
	private static final Set<String> PREFIXES_ONLY_IN_64_BIT = Set.of("rex", "rex64");
	/** Directives whose first operand names something new, where no existing name fits. */
	private static final Set<String> NAMING_DIRECTIVES = Set.of(".macro", ".irp", ".irpc", ".purgem");

	private record Mnemonic(String spelling, String detail) {
	}

	@Inject
	private FileStructures structures;

	@Inject
	private IncludeResolver includes;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private GasmSettingsProvider settings;

	private final Map<CodeMode, List<Mnemonic>> mnemonicsByMode = mnemonicsByMode(InstructionSet.builtIn());

	private final List<String> directives = List.copyOf(new TreeSet<>(KnownDirectives.names()));

	/** Proposals for the partial word before {@code offset}, best first; empty inside comments and strings. */
	public List<Completion> at(XtextResource resource, int offset) {
		IParseResult parse = resource.getParseResult();
		if (parse == null || parse.getRootNode() == null) {
			return List.of();
		}
		String text = parse.getRootNode().getText();
		int caret = Math.max(0, Math.min(offset, text.length()));
		StatementBeforeCaret statement = StatementBeforeCaret.of(text, caret);
		if (!statement.completable()) {
			return List.of();
		}
		String before = statement.text();
		int wordStart = wordStart(before);
		String word = before.substring(wordStart);
		String head = before.substring(0, wordStart);
		int lineIndex = lineIndexAt(resource, text.lastIndexOf('\n', caret - 1) + 1);
		Caret position = new Caret(resource, lineIndex, structures.of(resource).contextBefore(lineIndex));

		if (head.endsWith("%")) {
			Proposals proposals = new Proposals("%" + word, caret - word.length() - 1, caret);
			addRegisters(proposals, position.context().mode());
			return proposals.best();
		}
		Proposals proposals = new Proposals(word, caret - word.length(), caret);
		if (head.endsWith("\\")) {
			addMacroParameters(proposals, position.context());
			return proposals.best();
		}
		Matcher labels = LEADING_LABELS.matcher(head);
		String rest = labels.lookingAt() ? head.substring(labels.end()) : head;
		boolean prefixed = false;
		Matcher leading = LEADING_WORD.matcher(rest);
		while (leading.lookingAt() && PREFIXES.contains(leading.group(1).toLowerCase(Locale.ROOT))) {
			rest = rest.substring(leading.end());
			leading = LEADING_WORD.matcher(rest);
			prefixed = true;
		}
		if (rest.isEmpty()) {
			addStatementStart(proposals, position, word, prefixed);
		} else if (!namesSomethingNew(rest)) {
			addSymbols(proposals, position);
		}
		return proposals.best();
	}

	/** Where the partial word before the caret starts: identifier characters, without a leading {@code $}. */
	private static int wordStart(String before) {
		int start = before.length();
		while (start > 0 && isWordPart(before.charAt(start - 1))) {
			start--;
		}
		while (start < before.length() && before.charAt(start) == '$') {
			start++;
		}
		return start;
	}

	private static boolean isWordPart(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$');
	}

	/** {@code .macro NAME}, {@code .irp PARAM}: the first operand is being named. */
	private static boolean namesSomethingNew(String statementHead) {
		Matcher first = LEADING_WORD.matcher(statementHead);
		return first.lookingAt() && first.end() == statementHead.length()
				&& NAMING_DIRECTIVES.contains(first.group(1).toLowerCase(Locale.ROOT));
	}

	private void addStatementStart(Proposals proposals, Caret position, String word, boolean prefixed) {
		if (word.startsWith(".")) {
			directives.forEach(directive -> proposals.add(directive, Kind.DIRECTIVE, "directive"));
			return;
		}
		CodeMode mode = position.context().mode();
		if (!prefixed) {
			addMacros(proposals, position.resource());
			for (Prefix prefix : Prefix.VALUES) {
				if (mode == CodeMode.BITS_64 || !PREFIXES_ONLY_IN_64_BIT.contains(prefix.getLiteral())) {
					proposals.add(prefix.getLiteral(), Kind.PREFIX, "prefix");
				}
			}
			if (FileStructures.isPreprocessed(position.resource())) {
				for (LinkageMacro macro : settings.settingsFor(position.resource()).linkageMacros().macros()) {
					proposals.add(macro.name(), Kind.MACRO, describe(macro));
				}
			}
		}
		mnemonicsByMode.get(mode).forEach(mnemonic -> proposals.add(mnemonic.spelling(), Kind.MNEMONIC, mnemonic.detail()));
	}

	/** {@code .macro}s of the file and of what it includes; GAS lets a macro shadow an instruction, so they come first. */
	private void addMacros(Proposals proposals, Resource resource) {
		List<Resource> visible = new ArrayList<>();
		visible.add(resource);
		visible.addAll(includes.includedResources(resource));
		for (Resource source : visible) {
			for (Definition definition : structures.of(source).definitions()) {
				if (definition.kind() == SymbolKind.GAS_MACRO && definition.element() instanceof MacroDefinition macro) {
					String parameters = macro.getParameters().stream().map(MacroParameter::getName).collect(Collectors.joining(", "));
					proposals.add(definition.name(), Kind.MACRO, parameters.isEmpty() ? "macro" : "macro " + parameters);
				}
			}
		}
	}

	private static void addRegisters(Proposals proposals, CodeMode mode) {
		for (X86Register register : X86Register.all()) {
			if (mode == CodeMode.BITS_64 || !register.onlyIn64BitMode()) {
				proposals.add(register.name(), Kind.REGISTER, register.registerClass().name().toLowerCase(Locale.ROOT).replace('_', ' ')
						+ ", " + register.widthInBits() + "-bit");
			}
		}
	}

	/** The innermost {@code .irp}/{@code .irpc} parameter first, then those of the enclosing macro. */
	private static void addMacroParameters(Proposals proposals, LineContext context) {
		List<MacroParameter> iterations = new ArrayList<>(context.iterationParameters());
		Collections.reverse(iterations);
		for (MacroParameter parameter : iterations) {
			String directive = parameter.eContainer() instanceof Iteration iteration ? iteration.getDirective() : ".irp";
			proposals.add(parameter.getName(), Kind.MACRO_PARAMETER, "parameter of " + directive);
		}
		if (context.macro() != null) {
			for (MacroParameter parameter : context.macro().getParameters()) {
				proposals.add(parameter.getName(), Kind.MACRO_PARAMETER, "parameter of macro " + context.macro().getName());
			}
		}
	}

	/** Through the scope a symbol reference in this file has: its own definitions, its includes', the workspace's. */
	private void addSymbols(Proposals proposals, Caret position) {
		FileStructure structure = structures.of(position.resource());
		for (String digits : new TreeSet<>(structure.numericLabelNames())) {
			structure.numericLabel(digits, position.lineIndex(), false)
					.ifPresent(label -> proposals.add(digits + "b", Kind.SYMBOL, "local label, line " + lineOf(label)));
			structure.numericLabel(digits, position.lineIndex(), true)
					.ifPresent(label -> proposals.add(digits + "f", Kind.SYMBOL, "local label, line " + lineOf(label)));
		}
		if (position.resource().getContents().isEmpty()) {
			return;
		}
		EObject program = position.resource().getContents().get(0);
		for (IEObjectDescription description : scopeProvider.getScope(program, Literals.SYMBOL_REFERENCE__SYMBOL).getAllElements()) {
			proposals.add(description.getName().toString(), Kind.SYMBOL,
					describe(SymbolDescriptions.kindOf(description), SymbolDescriptions.sizeOf(description)));
		}
	}

	private static int lineOf(Label label) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(label);
		return node == null ? 0 : node.getStartLine();
	}

	private static String describe(SymbolKind kind, OptionalLong size) {
		String what = switch (kind) {
			case CPP_MACRO -> "cpp macro";
			case GAS_MACRO -> "macro";
			default -> kind.name().toLowerCase(Locale.ROOT);
		};
		return size.isPresent() ? what + ", " + size.getAsLong() + (size.getAsLong() == 1 ? " byte" : " bytes") : what;
	}

	private static String describe(LinkageMacro macro) {
		String role = switch (macro.role()) {
			case START -> "starts";
			case END -> "ends";
			case DEFINE -> "defines";
		};
		return "linkage macro: " + role + " a " + describe(macro.kind(), OptionalLong.empty()) + " symbol";
	}

	/** Index of the first program line at or after {@code lineStart}: the line the caret is on, or the one below. */
	private static int lineIndexAt(Resource resource, int lineStart) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Program program)) {
			return 0;
		}
		List<Line> lines = program.getLines();
		int low = 0;
		int high = lines.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			ICompositeNode node = NodeModelUtils.findActualNodeFor(lines.get(middle));
			if (node == null || node.getOffset() < lineStart) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static Map<CodeMode, List<Mnemonic>> mnemonicsByMode(InstructionSet instructionSet) {
		Map<CodeMode, List<Mnemonic>> byMode = new EnumMap<>(CodeMode.class);
		for (CodeMode mode : CodeMode.values()) {
			List<Mnemonic> mnemonics = new ArrayList<>();
			for (InstructionInfo instruction : instructionSet.instructions()) {
				if (!instruction.acceptedByGas() || !instruction.modes().allows(mode)) {
					continue;
				}
				Set<String> outOfMode = new HashSet<>();
				for (SizeSuffix suffix : instruction.suffixes()) {
					if (suffix.spelled() && !suffix.modes().allows(mode)) {
						outOfMode.add(instruction.stem() + suffix.letters());
					}
				}
				String detail = instruction.family() + " — " + firstSentence(instruction.description());
				instruction.spellings().stream().filter(spelling -> !outOfMode.contains(spelling))
						.forEach(spelling -> mnemonics.add(new Mnemonic(spelling, detail)));
			}
			byMode.put(mode, List.copyOf(mnemonics));
		}
		return byMode;
	}

	private static String firstSentence(String text) {
		int end = text.indexOf(". ");
		return end < 0 ? text : text.substring(0, end + 1);
	}

	/** The caret's resource, the program line it is on (or the one below), and what holds there. */
	private record Caret(XtextResource resource, int lineIndex, LineContext context) {
	}
}
