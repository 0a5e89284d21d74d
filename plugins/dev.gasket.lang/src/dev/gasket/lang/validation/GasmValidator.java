package dev.gasket.lang.validation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import dev.gasket.lang.gasm.DecoratedOperand;
import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.ExpressionOperand;
import dev.gasket.lang.gasm.GasmPackage.Literals;
import dev.gasket.lang.gasm.IndirectOperand;
import dev.gasket.lang.gasm.Instruction;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.LocalLabelReference;
import dev.gasket.lang.gasm.MacroCall;
import dev.gasket.lang.gasm.MacroParameterReference;
import dev.gasket.lang.gasm.MemoryOperand;
import dev.gasket.lang.gasm.Operand;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.gasm.SegmentOffsetOperand;
import dev.gasket.lang.gasm.Symbol;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.instructions.FormMatch;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.instructions.MnemonicUse;
import dev.gasket.lang.scoping.IncludeResolver;
import dev.gasket.lang.services.GasmGrammarAccess;
import dev.gasket.lang.scoping.MacroLookup;
import dev.gasket.lang.settings.GasmSettings;
import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.lang.structure.BlockProblem;
import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.structure.Include;
import dev.gasket.lang.structure.LineContext;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.LinkageMacro;
import dev.gasket.lang.symbols.ReferenceText;

/**
 * The language's checks, one rule per method; every issue carries a code from {@link GasmIssueCodes}.
 */
public class GasmValidator extends AbstractGasmValidator {
	/** Directives that name a symbol without needing its definition here. */
	private static final Set<String> DECLARING_DIRECTIVES = Set.of(".globl", ".global", ".extern", ".weak", ".hidden",
			".protected", ".internal", ".local", ".ifdef", ".ifndef", ".ifnotdef", ".purgem", ".weakref");
	private static final Set<String> INSTRUCTION_POINTERS = Set.of("%rip", "%eip", "%ip");

	@Inject
	private FileStructures structures;

	@Inject
	private GasmSettingsProvider settingsProvider;

	@Inject
	private IncludeResolver includeResolver;

	@Inject
	private MacroLookup macros;

	@Inject
	private GasmGrammarAccess grammarAccess;

	private final InstructionSet instructionSet = InstructionSet.builtIn();

	private final MnemonicSuggestion suggestion = new MnemonicSuggestion(instructionSet);

	@Check(CheckType.FAST)
	public void checkBlocksAreBalanced(Program program) {
		for (BlockProblem problem : structures.of(program.eResource()).problems()) {
			error(problem.message(), problem.element(), null, GasmIssueCodes.UNBALANCED_BLOCK);
		}
	}

	@Check(CheckType.FAST)
	public void checkSettingsAreUsable(Program program) {
		for (String problem : settingsProvider.settingsFor(program.eResource()).problems()) {
			warning(problem, program, null, GasmIssueCodes.SETTINGS);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkIncludesAreFound(Program program) {
		Resource resource = program.eResource();
		for (Include include : structures.of(resource).includes()) {
			if (includeResolver.resolve(resource, include).isEmpty()) {
				addIssue("cannot find `" + include.path() + "`" + (include.systemHeader() ? " on the include path" : " next to the file or on the include path")
						+ " (set includePath in " + GasmSettingsProvider.PREFERENCES_FILE + ", or pass -I to gasket lint)",
						include.element(), null, GasmIssueCodes.UNRESOLVED_INCLUDE, include.path());
			}
		}
	}

	@Check(CheckType.FAST)
	public void checkDefinitionsAreUnique(Program program) {
		FileStructure structure = structures.of(program.eResource());
		for (Definition definition : structure.definitions()) {
			if (definition.redefinable()) {
				continue;
			}
			for (Definition earlier : structure.definitionsNamed(definition.name())) {
				if (earlier == definition) {
					break;
				}
				if (conflict(earlier, definition) && !structure.mutuallyExclusive(earlier.lineIndex(), definition.lineIndex())) {
					error("`" + definition.name() + "` is already defined at line " + lineOf(earlier.element()), definition.element(),
							null, GasmIssueCodes.DUPLICATE_SYMBOL, definition.name());
					break;
				}
			}
		}
	}

	/** Two definitions clash when GAS would reject the second: both fixed, and both symbols or both the same kind of macro. */
	private static boolean conflict(Definition first, Definition second) {
		if (first.redefinable() || second.redefinable()) {
			return false;
		}
		return first.kind().isLinkerVisible() ? second.kind().isLinkerVisible() : first.kind() == second.kind();
	}

	@Check(CheckType.FAST)
	public void checkLineIsReadable(Line line) {
		if (!line.getUnparsed().isEmpty()) {
			error("no instruction, directive, label or macro call starts with `" + line.getUnparsed().get(0) + "`", line,
					Literals.LINE__UNPARSED, 0, GasmIssueCodes.SYNTAX, line.getUnparsed().get(0));
		}
	}

	@Check(CheckType.FAST)
	public void checkNothingWasSkipped(Program program) {
		ICompositeNode root = NodeModelUtils.getNode(program);
		if (root == null) {
			return;
		}
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() == grammarAccess.getSKIPPEDRule()) {
				getMessageAcceptor().acceptError("unexpected `" + leaf.getText().strip() + "` after the statement", program,
						leaf.getOffset(), leaf.getLength(), GasmIssueCodes.SYNTAX);
			}
		}
	}

	@Check(CheckType.FAST)
	public void checkDirectiveIsKnown(Directive directive) {
		if (!KnownDirectives.isKnown(directive.getDirective())) {
			addIssue("unknown directive `" + directive.getDirective() + "`", directive, Literals.DIRECTIVE__DIRECTIVE,
					GasmIssueCodes.UNKNOWN_DIRECTIVE, directive.getDirective());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkMacroCallIsDefined(MacroCall call) {
		Resource resource = call.eResource();
		LinkageMacro linkage = settingsProvider.settingsFor(resource).linkageMacros().get(call.getMacro()).orElse(null);
		if (linkage == null && !macros.isCppMacro(resource, call.getMacro())) {
			addIssue("`" + call.getMacro() + "` is not a linkage macro and no `#define` of it is found in this file, its includes or the workspace",
					call, Literals.MACRO_CALL__MACRO, GasmIssueCodes.UNDEFINED_MACRO, call.getMacro());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkInstruction(Instruction instruction) {
		String mnemonic = instruction.getMnemonic();
		if (mnemonic == null || mnemonic.contains("\\")) {
			return;
		}
		Optional<MnemonicUse> use = instructionSet.resolve(mnemonic);
		if (use.isEmpty()) {
			checkStatementMacro(instruction, mnemonic);
			return;
		}
		LineContext context = structures.of(instruction.eResource()).contextOf(instruction);
		FormMatch match = instructionSet.match(use.get(), OperandShapes.of(instruction.getOperands()), context.mode());
		if (match instanceof FormMatch.Mismatch mismatch) {
			reportMismatch(instruction, mismatch, context);
		} else if (match instanceof FormMatch.Matched matched && matched.memoryAccessBytes().isPresent()) {
			checkAccessFitsSymbol(instruction, matched.memoryAccessBytes().getAsInt());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkSymbolIsResolved(SymbolReference reference) {
		Symbol symbol = reference.getSymbol();
		if (symbol != null && !symbol.eIsProxy()) {
			return;
		}
		String name = ReferenceText.symbolName(reference);
		if (name.isEmpty() || name.contains("\\") || isDeclarationOnly(reference) || isArgumentOfUnknownMacro(reference)) {
			return;
		}
		GasmSettings settings = settingsProvider.settingsFor(reference.eResource());
		if (settings.isKnownExternal(name)) {
			return;
		}
		addIssue("`" + name + "` is not defined in this file, its includes or the workspace", reference,
				Literals.SYMBOL_REFERENCE__SYMBOL, GasmIssueCodes.UNRESOLVED_SYMBOL, name);
	}

	@Check(CheckType.FAST)
	public void checkLocalLabelIsResolved(LocalLabelReference reference) {
		Label label = reference.getLabel();
		if (label == null || label.eIsProxy()) {
			String written = NodeModelUtils.getTokenText(NodeModelUtils.findNodesForFeature(reference, Literals.LOCAL_LABEL_REFERENCE__LABEL).get(0));
			String digits = written.substring(0, written.length() - 1);
			error(written.endsWith("b") ? "no `" + digits + ":` label before `" + written + "`" : "no `" + digits + ":` label after `" + written + "`",
					reference, Literals.LOCAL_LABEL_REFERENCE__LABEL, GasmIssueCodes.UNRESOLVED_LOCAL_LABEL, written);
		}
	}

	@Check(CheckType.FAST)
	public void checkMacroParameterIsResolved(MacroParameterReference reference) {
		if (reference.getParameter() == null || reference.getParameter().eIsProxy()) {
			String written = NodeModelUtils.getTokenText(NodeModelUtils.findNodesForFeature(reference, Literals.MACRO_PARAMETER_REFERENCE__PARAMETER).get(0));
			boolean inMacro = structures.of(reference.eResource()).contextOf(reference).inMacroBody();
			error(inMacro ? "`" + written + "` is not a parameter of the enclosing `.macro` or `.irp`"
					: "`" + written + "` is used outside of a `.macro`, `.irp` or `.irpc` body", reference,
					Literals.MACRO_PARAMETER_REFERENCE__PARAMETER, GasmIssueCodes.UNRESOLVED_MACRO_PARAMETER, written);
		}
	}

	private void checkStatementMacro(Instruction instruction, String name) {
		Resource resource = instruction.eResource();
		if (macros.isAssemblerMacro(resource, name) || FileStructures.isPreprocessed(resource) && macros.isCppMacro(resource, name)) {
			return;
		}
		if (FileStructures.isPreprocessed(resource) && looksLikeCppMacro(name)) {
			addIssue("`" + name + "` is neither an instruction nor a macro defined in this file, its includes or the workspace",
					instruction, Literals.INSTRUCTION__MNEMONIC, GasmIssueCodes.UNDEFINED_MACRO, name);
			return;
		}
		String hint = suggestion.forTypo(name).map(spelling -> " (did you mean `" + spelling + "`?)").orElse("");
		error("unknown mnemonic `" + name + "`, and no `.macro` of that name is defined in this file, its includes or the workspace" + hint,
				instruction, Literals.INSTRUCTION__MNEMONIC, GasmIssueCodes.UNKNOWN_MNEMONIC, name);
	}

	private void reportMismatch(Instruction instruction, FormMatch.Mismatch mismatch, LineContext context) {
		String code = switch (mismatch.problem()) {
			case OPERAND_COUNT -> GasmIssueCodes.OPERAND_COUNT;
			case OPERAND_KINDS -> GasmIssueCodes.OPERAND_KINDS;
			case SUFFIX_VS_REGISTER -> GasmIssueCodes.SUFFIX_VS_REGISTER;
			case INVALID_IN_MODE -> GasmIssueCodes.INVALID_IN_MODE;
			case REGISTER_NOT_IN_MODE -> GasmIssueCodes.REGISTER_NOT_IN_MODE;
		};
		boolean modeDependent = code.equals(GasmIssueCodes.INVALID_IN_MODE) || code.equals(GasmIssueCodes.REGISTER_NOT_IN_MODE);
		if (modeDependent && context.inMacroBody()) {
			// a macro body is assembled in the mode of each invocation, not of its definition
			return;
		}
		error(mismatch.message(), instruction, Literals.INSTRUCTION__MNEMONIC, code, instruction.getMnemonic());
	}

	/** The {@code tr_cr4} review bug: {@code xorq tr_cr4(%rip), %rax} reads 8 bytes of a 4-byte symbol. */
	private void checkAccessFitsSymbol(Instruction instruction, int accessBytes) {
		List<Operand> operands = instruction.getOperands();
		for (int index = 0; index < operands.size(); index++) {
			SymbolReference reference = symbolAddressedWithoutOffset(operands.get(index));
			if (reference == null) {
				continue;
			}
			Symbol symbol = reference.getSymbol();
			if (symbol == null || symbol.eIsProxy() || symbol.eResource() == null) {
				continue;
			}
			Optional<Definition> definition = structures.of(symbol.eResource()).definitionOf(symbol);
			OptionalLong size = definition.map(Definition::size).orElse(OptionalLong.empty());
			if (size.isPresent() && size.getAsLong() > 0 && accessBytes > size.getAsLong()) {
				addIssue("`" + instruction.getMnemonic() + "` accesses " + accessBytes + " bytes at `" + definition.get().name()
						+ "`, which is " + size.getAsLong() + (size.getAsLong() == 1 ? " byte" : " bytes") + " (" + describe(definition.get()) + ")",
						instruction, Literals.INSTRUCTION__OPERANDS, index, GasmIssueCodes.OPERAND_SIZE_VS_SYMBOL, definition.get().name(),
						Integer.toString(accessBytes), Long.toString(size.getAsLong()));
			}
		}
	}

	/** {@code sym}, {@code sym(%rip)} or {@code %ds:sym}: the operand addresses the symbol's first byte. */
	private static SymbolReference symbolAddressedWithoutOffset(Operand operand) {
		if (operand instanceof IndirectOperand indirect) {
			return symbolAddressedWithoutOffset(indirect.getTarget());
		}
		if (operand instanceof DecoratedOperand decorated) {
			return symbolAddressedWithoutOffset(decorated.getOperand());
		}
		if (operand instanceof MemoryOperand memory && memory.getIndex() == null
				&& (memory.getBase() == null || INSTRUCTION_POINTERS.contains(memory.getBase().toLowerCase()))
				&& memory.getDisplacement() instanceof SymbolReference reference) {
			return reference;
		}
		if (operand instanceof SegmentOffsetOperand segmentOffset && segmentOffset.getOffset() instanceof SymbolReference reference) {
			return reference;
		}
		if (operand instanceof ExpressionOperand expression && expression.getValue() instanceof SymbolReference reference) {
			return reference;
		}
		return null;
	}

	private String describe(Definition definition) {
		EObject element = definition.element();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		String text = node == null ? definition.name() : NodeModelUtils.getTokenText(node);
		if (text.length() > 60) {
			text = text.substring(0, 57) + "...";
		}
		String where = element.eResource() == null ? "" : " at " + element.eResource().getURI().lastSegment() + ":" + lineOf(element);
		return "`" + text + "`" + where;
	}

	private static boolean isDeclarationOnly(SymbolReference reference) {
		for (EObject container = reference.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Directive directive) {
				return DECLARING_DIRECTIVES.contains(directive.getDirective().toLowerCase());
			}
		}
		return false;
	}

	/** Arguments of a cpp macro we know nothing about may be anything: a field name, text to stringify, … */
	private boolean isArgumentOfUnknownMacro(SymbolReference reference) {
		MacroCall call = EcoreUtil2.getContainerOfType(reference, MacroCall.class);
		return call != null && settingsProvider.settingsFor(reference.eResource()).linkageMacros().get(call.getMacro()).isEmpty();
	}

	/** {@code SAVE_ALL}, {@code ANNOTATE_NOENDBR}: upper case with underscores, the cpp convention. */
	private static boolean looksLikeCppMacro(String name) {
		return name.chars().anyMatch(Character::isUpperCase) && name.chars().noneMatch(Character::isLowerCase);
	}

	private static int lineOf(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
