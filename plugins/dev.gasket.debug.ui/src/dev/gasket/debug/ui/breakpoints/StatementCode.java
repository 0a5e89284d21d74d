package dev.gasket.debug.ui.breakpoints;

import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResource;

import dev.gasket.lang.gasm.Assignment;
import dev.gasket.lang.gasm.CommonSymbol;
import dev.gasket.lang.gasm.CppDefine;
import dev.gasket.lang.gasm.CppDirective;
import dev.gasket.lang.gasm.Directive;
import dev.gasket.lang.gasm.Instruction;
import dev.gasket.lang.gasm.Iteration;
import dev.gasket.lang.gasm.Label;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.MacroCall;
import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.Statement;
import dev.gasket.lang.gasm.SymbolDefinition;
import dev.gasket.lang.gasm.SymbolReference;
import dev.gasket.lang.settings.GasmSettingsProvider;
import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.DataSizes;
import dev.gasket.lang.symbols.LinkageMacro;
import dev.gasket.lang.symbols.ReferenceText;
import dev.gasket.lang.symbols.SymbolKind;

/** Whether one statement assembles to an instruction, and if not, what it is instead. */
final class StatementCode {
	/** Deeper macro nesting than this is taken to expand to code rather than followed further. */
	private static final int MACRO_DEPTH = 8;

	private final XtextResource resource;
	private final FileStructures structures;
	private final MacroExpansions macros;

	StatementCode(XtextResource resource) {
		this.resource = resource;
		this.structures = resource.getResourceServiceProvider().get(FileStructures.class);
		this.macros = new MacroExpansions(resource, this);
	}

	/** Empty when the line has code; else why not. */
	Optional<String> whyNoCode(Line line) {
		if (!line.getUnparsed().isEmpty()) {
			return Optional.of("it does not parse");
		}
		FileStructure structure = structures.of(resource);
		MacroDefinition enclosing = structure.contextBefore(structure.lineIndexOf(line)).macro();
		if (enclosing != null) {
			return Optional.of("it is in the body of macro " + enclosing.getName() + ": set the breakpoint where the macro is used");
		}
		if (line.getStatement() == null) {
			String labels = line.getLabels().stream().map(Label::getName).collect(Collectors.joining(", "));
			return Optional.of("it only defines the label " + labels);
		}
		return whyNoCode(line.getStatement(), MACRO_DEPTH);
	}

	/** As {@link #whyNoCode(Line)} for a statement, following macros at most {@code depth} deep. */
	Optional<String> whyNoCode(Statement statement, int depth) {
		if (statement instanceof Instruction instruction) {
			return instruction.getMnemonic() == null ? Optional.empty() : macros.whyInstructionHasNoCode(instruction, depth);
		}
		if (statement instanceof MacroCall call) {
			return whyMacroCallHasNoCode(call);
		}
		if (statement instanceof Directive directive) {
			return whyDirectiveHasNoCode(directive);
		}
		if (statement instanceof Iteration iteration) {
			return Optional.of("it is the directive " + iteration.getDirective() + ", which assembles no instruction");
		}
		if (statement instanceof MacroDefinition definition) {
			return Optional.of("it starts the definition of macro " + definition.getName());
		}
		if (statement instanceof CppDefine define) {
			return Optional.of("it is the cpp definition of " + define.getName());
		}
		if (statement instanceof CppDirective directive) {
			return Optional.of("it is a preprocessor line (" + directive.getKeyword().strip() + ")");
		}
		if (statement instanceof SymbolDefinition definition) {
			return Optional.of("it defines the constant " + definition.getName());
		}
		if (statement instanceof Assignment assignment) {
			return Optional.of("it defines the constant " + assignment.getName());
		}
		if (statement instanceof CommonSymbol common) {
			return Optional.of("it reserves the common symbol " + common.getName() + ", which is data");
		}
		// Intel-syntax lines are kept as text: take them for instructions.
		return Optional.empty();
	}

	private Optional<String> whyMacroCallHasNoCode(MacroCall call) {
		Optional<LinkageMacro> linkage = resource.getResourceServiceProvider().get(GasmSettingsProvider.class).settingsFor(resource)
				.linkageMacros().get(call.getMacro());
		if (linkage.isEmpty()) {
			return macros.whyCppMacroHasNoCode(call.getMacro());
		}
		LinkageMacro macro = linkage.get();
		int index = macro.symbolArgument();
		SymbolReference named = index < call.getArguments().size() ? ReferenceText.bareSymbol(call.getArguments().get(index)) : null;
		String symbol = named == null ? "a symbol" : "the symbol " + ReferenceText.symbolName(named);
		if (macro.role() == LinkageMacro.Role.END) {
			return Optional.of("it only ends " + symbol);
		}
		if (macro.kind() == SymbolKind.DATA) {
			return Optional.of("it defines data (" + symbol + "), not code: Toggle Watchpoint watches it");
		}
		return Optional.of("it only defines " + symbol);
	}

	private static Optional<String> whyDirectiveHasNoCode(Directive directive) {
		String name = directive.getDirective();
		if (DataSizes.isData(directive)) {
			return Optional.of("it holds data (" + name + "), not code");
		}
		// `.insn` writes an instruction by its encoding
		if (name.equalsIgnoreCase(".insn")) {
			return Optional.empty();
		}
		return Optional.of("it is the directive " + name + ", which assembles no instruction");
	}
}
