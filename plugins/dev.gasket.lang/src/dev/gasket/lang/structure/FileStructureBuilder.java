package dev.gasket.lang.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.gasket.lang.gasm.Argument;
import dev.gasket.lang.gasm.Assignment;
import dev.gasket.lang.gasm.BinaryExpression;
import dev.gasket.lang.gasm.CommonSymbol;
import dev.gasket.lang.gasm.CppDefine;
import dev.gasket.lang.gasm.CppDirective;
import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.ExpressionOperand;
import dev.gasket.lang.gasm.Iteration;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.LocationCounter;
import dev.gasket.lang.gasm.MacroArgument;
import dev.gasket.lang.gasm.MacroCall;
import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.MacroParameter;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.gasm.Statement;
import dev.gasket.lang.gasm.StringLiteral;
import dev.gasket.lang.gasm.SymbolDefinition;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.instructions.CodeMode;
import dev.gasket.lang.structure.FileStructure.NumericLabel;
import dev.gasket.lang.symbols.ConstantEvaluator;
import dev.gasket.lang.symbols.DataSizes;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.LinkageMacro;
import dev.gasket.lang.symbols.LinkageMacroTable;
import dev.gasket.lang.symbols.ReferenceText;
import dev.gasket.lang.symbols.SymbolKind;

/**
 * One pass over a program's lines that tracks {@code .macro}/{@code .rept}/{@code .irp}/{@code .if} and cpp
 * {@code #if} nesting (separately, as GAS and cpp do), {@code .codeNN}, definitions and includes; then a second step
 * that works out data sizes.
 */
public final class FileStructureBuilder {
	private static final Pattern INCLUDE_PATH = Pattern.compile("\\s*([\"<])([^\">]*)[\">]");

	private enum BlockKind {
		MACRO(".macro", ".endm", BlockSpan.Kind.MACRO), REPEAT(".rept/.irp/.irpc", ".endr", BlockSpan.Kind.REPETITION),
		CONDITIONAL(".if", ".endif", BlockSpan.Kind.CONDITIONAL), CPP_CONDITIONAL("#if", "#endif", BlockSpan.Kind.CPP_CONDITIONAL);

		final String opener;
		final String closer;
		final BlockSpan.Kind spanKind;

		BlockKind(String opener, String closer, BlockSpan.Kind spanKind) {
			this.opener = opener;
			this.closer = closer;
			this.spanKind = spanKind;
		}
	}

	private static final class Block {
		final BlockKind kind;
		final EObject opener;
		final int id;
		int branch;

		Block(BlockKind kind, EObject opener, int id) {
			this.kind = kind;
			this.opener = opener;
			this.id = id;
		}
	}

	private record PendingDefinition(String name, EObject element, int lineIndex, SymbolKind kind, boolean redefinable) {
	}

	private final LinkageMacroTable linkageMacros;
	private final boolean preprocessed;
	private final Deque<Block> assemblerBlocks = new ArrayDeque<>();
	private final Deque<Block> cppBlocks = new ArrayDeque<>();
	private final List<LineContext> contexts = new ArrayList<>();
	private final List<PendingDefinition> pending = new ArrayList<>();
	private final Map<String, List<NumericLabel>> numericLabels = new HashMap<>();
	private final List<Include> includes = new ArrayList<>();
	private final List<BlockProblem> problems = new ArrayList<>();
	private final Map<String, Integer> endLines = new HashMap<>();
	private final Map<String, MacroCall> endCalls = new HashMap<>();
	private final List<BlockSpan> spans = new ArrayList<>();
	private final Map<String, Directive> sizeDirectives = new HashMap<>();
	private final Map<String, Integer> sizeLines = new HashMap<>();
	private List<Line> lines;
	private CodeMode mode = CodeMode.BITS_64;
	private String section = ".text";
	private String previousSection = ".text";
	private final Deque<String> pushedSections = new ArrayDeque<>();
	private int nextBlockId;

	public FileStructureBuilder(LinkageMacroTable linkageMacros, boolean preprocessed) {
		this.linkageMacros = linkageMacros;
		this.preprocessed = preprocessed;
	}

	public FileStructure build(Program program) {
		lines = program.getLines();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			contexts.add(currentContext());
			for (Label label : line.getLabels()) {
				addLabel(label, i);
			}
			if (line.getStatement() != null) {
				addStatement(line.getStatement(), i);
			}
		}
		LineContext endContext = currentContext();
		reportUnclosed(assemblerBlocks);
		reportUnclosed(cppBlocks);
		List<Definition> definitions = new ArrayList<>();
		for (PendingDefinition definition : pending) {
			addLinkageSpan(definition);
			Optional<OptionalLong> labelledData = definition.element() instanceof Label ? labelledData(definition.lineIndex()) : Optional.empty();
			SymbolKind kind = labelledData.isPresent() ? SymbolKind.DATA : definition.kind();
			definitions.add(new Definition(definition.name(), definition.element(), definition.lineIndex(), kind,
					sizeOf(definition, labelledData), definition.redefinable()));
		}
		return new FileStructure(program, contexts, endContext, definitions, numericLabels, includes, problems, spans);
	}

	/** {@code SYM_*_START(x)} up to the first {@code SYM_*_END(x)} after it, the same pairing {@link #sizeOf} uses. */
	private void addLinkageSpan(PendingDefinition definition) {
		if (definition.element() instanceof MacroCall start
				&& linkageMacros.get(start.getMacro()).map(macro -> macro.role() == LinkageMacro.Role.START).orElse(false)) {
			Integer end = endLines.get(definition.name());
			if (end != null && end > definition.lineIndex()) {
				spans.add(new BlockSpan(start, endCalls.get(definition.name()), BlockSpan.Kind.LINKAGE));
			}
		}
	}

	private LineContext currentContext() {
		MacroDefinition macro = null;
		List<MacroParameter> iterationParameters = new ArrayList<>();
		List<ConditionalBranch> branches = new ArrayList<>();
		for (Iterator<Block> outward = assemblerBlocks.descendingIterator(); outward.hasNext();) {
			Block block = outward.next();
			if (block.opener instanceof MacroDefinition definition) {
				macro = definition;
			} else if (block.opener instanceof Iteration iteration && iteration.getParameter() != null) {
				iterationParameters.add(iteration.getParameter());
			} else if (block.kind == BlockKind.CONDITIONAL) {
				branches.add(new ConditionalBranch(block.id, block.branch));
			}
		}
		for (Block block : cppBlocks) {
			branches.add(new ConditionalBranch(block.id, block.branch));
		}
		return new LineContext(mode, section, macro, List.copyOf(iterationParameters), List.copyOf(branches));
	}

	private void addLabel(Label label, int lineIndex) {
		String name = label.getName();
		if (name == null || name.contains("\\")) {
			return;
		}
		if (Character.isDigit(name.charAt(0))) {
			numericLabels.computeIfAbsent(name, digits -> new ArrayList<>()).add(new NumericLabel(lineIndex, label));
		} else {
			pending.add(new PendingDefinition(name, label, lineIndex, SymbolKind.LABEL, false));
		}
	}

	private void addStatement(Statement statement, int lineIndex) {
		if (statement instanceof CppDefine define) {
			if (preprocessed && define.getName() != null) {
				pending.add(new PendingDefinition(define.getName(), define, lineIndex, SymbolKind.CPP_MACRO, true));
			}
		} else if (statement instanceof CppDirective directive) {
			if (preprocessed) {
				addCppDirective(directive);
			}
		} else if (statement instanceof MacroDefinition macro) {
			if (macro.getName() != null) {
				pending.add(new PendingDefinition(macro.getName(), macro, lineIndex, SymbolKind.GAS_MACRO, false));
			}
			open(assemblerBlocks, BlockKind.MACRO, macro);
		} else if (statement instanceof Iteration iteration) {
			open(assemblerBlocks, BlockKind.REPEAT, iteration);
		} else if (statement instanceof SymbolDefinition definition) {
			// A name that did not parse (`.set ;x, 0`) is null: the syntax error is all there is to report.
			if (definition.getName() != null) {
				boolean once = definition.getDirective().equals(".equiv") || definition.getDirective().equals(".eqv");
				pending.add(new PendingDefinition(definition.getName(), definition, lineIndex, SymbolKind.CONSTANT, !once));
			}
		} else if (statement instanceof Assignment assignment) {
			if (assignment.getName() != null) {
				pending.add(new PendingDefinition(assignment.getName(), assignment, lineIndex, SymbolKind.CONSTANT, true));
			}
		} else if (statement instanceof CommonSymbol common) {
			if (common.getName() != null) {
				pending.add(new PendingDefinition(common.getName(), common, lineIndex, SymbolKind.COMMON, false));
			}
		} else if (statement instanceof MacroCall call) {
			addMacroCall(call, lineIndex);
		} else if (statement instanceof Directive directive) {
			addDirective(directive, lineIndex);
		}
	}

	private void addMacroCall(MacroCall call, int lineIndex) {
		linkageMacros.get(call.getMacro()).ifPresent(macro -> {
			if (macro.symbolArgument() >= call.getArguments().size()) {
				return;
			}
			SymbolReference symbol = ReferenceText.bareSymbol(call.getArguments().get(macro.symbolArgument()));
			if (symbol == null) {
				return;
			}
			String name = ReferenceText.symbolName(symbol);
			if (macro.defines()) {
				pending.add(new PendingDefinition(name, call, lineIndex, macro.kind(), false));
			} else if (!endLines.containsKey(name)) {
				endLines.put(name, lineIndex);
				endCalls.put(name, call);
			}
		});
	}

	private void addDirective(Directive directive, int lineIndex) {
		String name = directive.getDirective().toLowerCase();
		switch (name) {
			case ".endm" -> close(assemblerBlocks, BlockKind.MACRO, directive);
			case ".rept" -> open(assemblerBlocks, BlockKind.REPEAT, directive);
			case ".endr" -> close(assemblerBlocks, BlockKind.REPEAT, directive);
			case ".elseif", ".else" -> nextBranch(assemblerBlocks, BlockKind.CONDITIONAL, directive, name);
			case ".endif" -> close(assemblerBlocks, BlockKind.CONDITIONAL, directive);
			case ".text", ".data", ".bss" -> switchSection(name);
			case ".section" -> sectionName(directive).ifPresent(this::switchSection);
			case ".pushsection" -> sectionName(directive).ifPresent(pushed -> {
				pushedSections.push(section);
				switchSection(pushed);
			});
			case ".popsection" -> {
				if (!pushedSections.isEmpty()) {
					switchSection(pushedSections.pop());
				}
			}
			case ".previous" -> switchSection(previousSection);
			case ".code16", ".code16gcc" -> mode = CodeMode.BITS_16;
			case ".code32" -> mode = CodeMode.BITS_32;
			case ".code64" -> mode = CodeMode.BITS_64;
			case ".include" -> addAssemblerInclude(directive);
			case ".size" -> addSize(directive, lineIndex);
			default -> {
				if (name.startsWith(".if")) {
					open(assemblerBlocks, BlockKind.CONDITIONAL, directive);
				}
			}
		}
	}

	private void switchSection(String next) {
		previousSection = section;
		section = next;
	}

	/** {@code .section .text16,"ax"} or {@code .section ".text32","ax"}: the name as written, without quotes. */
	private static Optional<String> sectionName(Directive directive) {
		if (directive.getArguments().isEmpty()) {
			return Optional.empty();
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(directive.getArguments().get(0));
		return node == null ? Optional.empty() : Optional.of(NodeModelUtils.getTokenText(node).replace("\"", "").replace(" ", ""));
	}

	private void addCppDirective(CppDirective directive) {
		String keyword = directive.getKeyword().substring(1).strip();
		switch (keyword) {
			case "if", "ifdef", "ifndef" -> open(cppBlocks, BlockKind.CPP_CONDITIONAL, directive);
			case "elif", "elifdef", "elifndef", "else" -> nextBranch(cppBlocks, BlockKind.CPP_CONDITIONAL, directive, "#" + keyword);
			case "endif" -> close(cppBlocks, BlockKind.CPP_CONDITIONAL, directive);
			case "include", "include_next" -> {
				Matcher path = INCLUDE_PATH.matcher(directive.getText() == null ? "" : directive.getText());
				if (path.lookingAt()) {
					includes.add(new Include(directive, path.group(2), path.group(1).equals("<")));
				}
			}
			default -> {
				// #undef, #error, #pragma … change nothing the structure tracks
			}
		}
	}

	private void addAssemblerInclude(Directive directive) {
		if (!directive.getArguments().isEmpty() && directive.getArguments().get(0) instanceof ExpressionOperand operand
				&& operand.getValue() instanceof StringLiteral path) {
			includes.add(new Include(directive, path.getValue(), false));
		}
	}

	private void addSize(Directive directive, int lineIndex) {
		if (!directive.getArguments().isEmpty() && directive.getArguments().get(0) instanceof ExpressionOperand operand
				&& operand.getValue() instanceof SymbolReference symbol) {
			String name = ReferenceText.symbolName(symbol);
			sizeDirectives.put(name, directive);
			sizeLines.put(name, lineIndex);
		}
	}

	private void open(Deque<Block> blocks, BlockKind kind, EObject opener) {
		blocks.push(new Block(kind, opener, nextBlockId++));
	}

	private void nextBranch(Deque<Block> blocks, BlockKind kind, EObject directive, String written) {
		Block block = blocks.peek();
		if (block == null || block.kind != kind) {
			problems.add(new BlockProblem(directive, "`" + written + "` without an open `" + kind.opener + "`"));
			return;
		}
		block.branch++;
	}

	private void close(Deque<Block> blocks, BlockKind kind, EObject closer) {
		if (blocks.stream().noneMatch(block -> block.kind == kind)) {
			problems.add(new BlockProblem(closer, "`" + kind.closer + "` without an open `" + kind.opener + "`"));
			return;
		}
		while (blocks.peek().kind != kind) {
			Block unclosed = blocks.pop();
			problems.add(new BlockProblem(unclosed.opener, "`" + unclosed.kind.opener + "` is not closed before the `"
					+ kind.closer + "` of an enclosing `" + kind.opener + "` (expected `" + unclosed.kind.closer + "`)"));
		}
		Block closed = blocks.pop();
		spans.add(new BlockSpan(closed.opener, closer, kind.spanKind));
	}

	private void reportUnclosed(Deque<Block> blocks) {
		for (Block block : blocks) {
			problems.add(new BlockProblem(block.opener, "`" + block.kind.opener + "` is never closed with `" + block.kind.closer + "`"));
		}
	}

	private OptionalLong sizeOf(PendingDefinition definition, Optional<OptionalLong> labelledData) {
		Directive size = sizeDirectives.get(definition.name());
		if (size != null && size.getArguments().size() > 1) {
			return sizeFromSizeDirective(definition, size);
		}
		if (definition.element() instanceof Label) {
			return labelledData.orElse(OptionalLong.empty());
		}
		if (definition.element() instanceof CommonSymbol common) {
			return ConstantEvaluator.evaluate(common.getSize());
		}
		if (definition.element() instanceof MacroCall call) {
			LinkageMacro macro = linkageMacros.get(call.getMacro()).orElseThrow();
			if (macro.sizeArgument().isPresent()) {
				return argumentDataSize(call, macro.sizeArgument().getAsInt());
			}
			Integer end = endLines.get(definition.name());
			if (macro.role() == LinkageMacro.Role.START && end != null && end > definition.lineIndex()) {
				return dataBetween(definition.lineIndex() + 1, end);
			}
		}
		return OptionalLong.empty();
	}

	/** {@code .size x, 16} or {@code .size x, . - x}. */
	private OptionalLong sizeFromSizeDirective(PendingDefinition definition, Directive size) {
		Argument value = size.getArguments().get(1);
		if (!(value instanceof ExpressionOperand operand)) {
			return OptionalLong.empty();
		}
		if (operand.getValue() instanceof BinaryExpression difference && difference.getOperator().equals("-")
				&& difference.getLeft() instanceof LocationCounter && difference.getRight() instanceof SymbolReference symbol
				&& ReferenceText.symbolName(symbol).equals(definition.name())) {
			int sizeLine = sizeLines.get(definition.name());
			Statement own = lines.get(definition.lineIndex()).getStatement();
			OptionalLong ownSize = own == null ? OptionalLong.of(0) : dataSize(own);
			OptionalLong rest = dataBetween(definition.lineIndex() + 1, sizeLine);
			return ownSize.isPresent() && rest.isPresent() ? OptionalLong.of(ownSize.getAsLong() + rest.getAsLong()) : OptionalLong.empty();
		}
		return ConstantEvaluator.evaluate(operand.getValue());
	}

	/** Size of the data a label stands on: the data statements from its line to the next label; empty when none. */
	private Optional<OptionalLong> labelledData(int lineIndex) {
		long total = 0;
		boolean known = true;
		boolean sawData = false;
		for (int i = lineIndex; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (i > lineIndex && line.getLabels().stream().anyMatch(label -> !Character.isDigit(label.getName().charAt(0)))) {
				break;
			}
			Statement statement = line.getStatement();
			if (statement == null) {
				continue;
			}
			if (!isData(statement)) {
				break;
			}
			sawData = true;
			OptionalLong size = dataSize(statement);
			if (size.isEmpty()) {
				known = false;
			} else {
				total += size.getAsLong();
			}
		}
		if (!sawData) {
			return Optional.empty();
		}
		return Optional.of(known ? OptionalLong.of(total) : OptionalLong.empty());
	}

	/** Bytes of data from line {@code from} up to {@code to} (exclusive), when every line there is data or a marker. */
	private OptionalLong dataBetween(int from, int to) {
		long total = 0;
		for (int i = from; i < to; i++) {
			Statement statement = lines.get(i).getStatement();
			if (statement == null || isSizeNeutral(statement)) {
				continue;
			}
			OptionalLong size = isData(statement) ? dataSize(statement) : OptionalLong.empty();
			if (size.isEmpty()) {
				return size;
			}
			total += size.getAsLong();
		}
		return OptionalLong.of(total);
	}

	private boolean isData(Statement statement) {
		if (statement instanceof Directive directive) {
			return DataSizes.isData(directive);
		}
		return statement instanceof MacroCall call && linkageMacros.get(call.getMacro())
				.map(macro -> macro.sizeArgument().isPresent()).orElse(false);
	}

	private OptionalLong dataSize(Statement statement) {
		if (statement instanceof Directive directive) {
			return DataSizes.isData(directive) ? DataSizes.sizeOf(directive) : OptionalLong.empty();
		}
		if (statement instanceof MacroCall call) {
			return linkageMacros.get(call.getMacro()).filter(macro -> macro.sizeArgument().isPresent())
					.map(macro -> argumentDataSize(call, macro.sizeArgument().getAsInt())).orElse(OptionalLong.empty());
		}
		return OptionalLong.empty();
	}

	/** Directives that emit nothing: symbol attributes and the ends of linkage blocks. */
	private boolean isSizeNeutral(Statement statement) {
		if (statement instanceof Directive directive) {
			return switch (directive.getDirective().toLowerCase()) {
				case ".type", ".size", ".globl", ".global", ".local", ".weak", ".hidden", ".protected", ".internal" -> true;
				default -> false;
			};
		}
		return statement instanceof MacroCall call && linkageMacros.get(call.getMacro()).map(macro -> macro.role() == LinkageMacro.Role.END)
				.orElse(false);
	}

	private static OptionalLong argumentDataSize(MacroCall call, int index) {
		if (index < call.getArguments().size()) {
			MacroArgument argument = call.getArguments().get(index);
			if (argument instanceof Directive directive && DataSizes.isData(directive)) {
				return DataSizes.sizeOf(directive);
			}
		}
		return OptionalLong.empty();
	}
}
