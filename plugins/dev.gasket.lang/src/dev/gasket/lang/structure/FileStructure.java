package dev.gasket.lang.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.MacroParameter;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.symbols.Definition;

/**
 * The flat line list of one file read as GAS and cpp read it: block nesting, code modes, definitions with their
 * sizes, numeric labels and includes. Built once per parse by {@link FileStructureBuilder}.
 */
public final class FileStructure {
	private final List<LineContext> contexts;
	private final LineContext endContext;
	private final Map<Line, Integer> lineIndexes;
	private final List<Definition> definitions;
	private final Map<String, List<Definition>> definitionsByName = new HashMap<>();
	private final Map<EObject, Definition> definitionsByElement = new IdentityHashMap<>();
	private final Map<String, List<NumericLabel>> numericLabels;
	private final List<Include> includes;
	private final List<BlockProblem> problems;
	private final List<BlockSpan> blockSpans;

	record NumericLabel(int lineIndex, Label label) {
	}

	FileStructure(Program program, List<LineContext> contexts, LineContext endContext, List<Definition> definitions,
			Map<String, List<NumericLabel>> numericLabels, List<Include> includes, List<BlockProblem> problems,
			List<BlockSpan> blockSpans) {
		this.contexts = contexts;
		this.endContext = endContext;
		this.blockSpans = List.copyOf(blockSpans);
		this.definitions = List.copyOf(definitions);
		this.numericLabels = numericLabels;
		this.includes = List.copyOf(includes);
		this.problems = List.copyOf(problems);
		this.lineIndexes = new IdentityHashMap<>();
		List<Line> lines = program.getLines();
		for (int i = 0; i < lines.size(); i++) {
			lineIndexes.put(lines.get(i), i);
		}
		for (Definition definition : definitions) {
			definitionsByName.computeIfAbsent(definition.name(), name -> new ArrayList<>()).add(definition);
			definitionsByElement.put(definition.element(), definition);
		}
	}

	public List<Definition> definitions() {
		return definitions;
	}

	public List<Definition> definitionsNamed(String name) {
		return definitionsByName.getOrDefault(name, List.of());
	}

	/** The definition {@code element} makes, if it defines a symbol. */
	public Optional<Definition> definitionOf(EObject element) {
		return Optional.ofNullable(definitionsByElement.get(element));
	}

	public List<Include> includes() {
		return includes;
	}

	public List<BlockProblem> problems() {
		return problems;
	}

	/** The blocks that are closed properly, in the order they close; linkage-macro spans last. */
	public List<BlockSpan> blockSpans() {
		return blockSpans;
	}

	/**
	 * What holds where line {@code lineIndex} starts, before its own statement takes effect; {@code lineIndex} equal
	 * to the number of lines gives what holds after the last line (for text typed below it).
	 */
	public LineContext contextBefore(int lineIndex) {
		return lineIndex >= 0 && lineIndex < contexts.size() ? contexts.get(lineIndex) : endContext;
	}

	/** The digits of the numeric labels ({@code 1:}) the file defines. */
	public Set<String> numericLabelNames() {
		return Collections.unmodifiableSet(numericLabels.keySet());
	}

	/** Index of the line that contains {@code element}, or -1 when it is not inside a line. */
	public int lineIndexOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Line line) {
				return lineIndexes.getOrDefault(line, -1);
			}
		}
		return -1;
	}

	public LineContext contextOf(EObject element) {
		int index = lineIndexOf(element);
		return index < 0 ? contexts.isEmpty() ? null : contexts.get(0) : contexts.get(index);
	}

	/** The {@code N:} label that {@code Nb} (backward) or {@code Nf} (forward) written at {@code lineIndex} means. */
	public Optional<Label> numericLabel(String digits, int lineIndex, boolean forward) {
		List<NumericLabel> candidates = numericLabels.getOrDefault(digits, List.of());
		if (forward) {
			return candidates.stream().filter(candidate -> candidate.lineIndex() > lineIndex).findFirst().map(NumericLabel::label);
		}
		NumericLabel found = null;
		for (NumericLabel candidate : candidates) {
			if (candidate.lineIndex() > lineIndex) {
				break;
			}
			found = candidate;
		}
		return Optional.ofNullable(found).map(NumericLabel::label);
	}

	/** The {@code \name} parameter visible at {@code element}: of an enclosing {@code .irp} first, then of the macro. */
	public Optional<MacroParameter> macroParameter(EObject element, String name) {
		LineContext context = contextOf(element);
		if (context == null) {
			return Optional.empty();
		}
		List<MacroParameter> iteration = new ArrayList<>(context.iterationParameters());
		Collections.reverse(iteration);
		for (MacroParameter parameter : iteration) {
			if (name.equals(parameter.getName())) {
				return Optional.of(parameter);
			}
		}
		if (context.macro() != null) {
			return context.macro().getParameters().stream().filter(parameter -> name.equals(parameter.getName())).findFirst();
		}
		return Optional.empty();
	}

	/** Whether the two lines sit in different branches of one conditional, so at most one of them is assembled. */
	public boolean mutuallyExclusive(int lineIndex, int otherLineIndex) {
		for (ConditionalBranch branch : contexts.get(lineIndex).branches()) {
			for (ConditionalBranch other : contexts.get(otherLineIndex).branches()) {
				if (branch.blockId() == other.blockId() && branch.branch() != other.branch()) {
					return true;
				}
			}
		}
		return false;
	}
}
