package dev.gasket.debug.ui.breakpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import dev.gasket.lang.gasm.CppDefine;
import dev.gasket.lang.gasm.Instruction;
import dev.gasket.lang.gasm.Line;
import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.Prefix;
import dev.gasket.lang.gasm.Program;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.scoping.IncludeResolver;
import dev.gasket.lang.scoping.MacroLookup;
import dev.gasket.lang.structure.FileStructure;
import dev.gasket.lang.structure.FileStructures;
import dev.gasket.lang.symbols.Definition;
import dev.gasket.lang.symbols.SymbolKind;

/** Whether a macro use assembles to an instruction: a GAS macro by its body's statements, a cpp macro by its body's words. */
final class MacroExpansions {
	/** Labels ({@code name:}) in front of a cpp body's statement. */
	private static final Pattern LEADING_LABELS = Pattern.compile("^\\s*(?:[A-Za-z_.$][\\w.$]*\\s*:\\s*)*");
	private static final Pattern FIRST_WORD = Pattern.compile("^[A-Za-z_][\\w.]*");

	private final XtextResource resource;
	private final StatementCode statements;
	private final FileStructures structures;

	MacroExpansions(XtextResource resource, StatementCode statements) {
		this.resource = resource;
		this.statements = statements;
		this.structures = resource.getResourceServiceProvider().get(FileStructures.class);
	}

	/** Empty when the instruction is one, or invokes a GAS macro whose body has one. */
	Optional<String> whyInstructionHasNoCode(Instruction instruction, int depth) {
		String mnemonic = instruction.getMnemonic();
		Optional<EObject> macro = resource.getResourceServiceProvider().get(MacroLookup.class).assemblerMacro(resource, mnemonic);
		if (depth == 0 || macro.isEmpty() || !(macro.get() instanceof MacroDefinition definition) || hasCode(definition, depth - 1)) {
			return Optional.empty();
		}
		return Optional.of("it uses the macro " + mnemonic + ", which assembles no instruction");
	}

	/** Empty when the cpp macro's body names an instruction, or when its definition cannot be found. */
	Optional<String> whyCppMacroHasNoCode(String name) {
		Optional<CppDefine> define = cppDefinition(name);
		if (define.isEmpty() || define.get().getBody() == null || bodyHasInstruction(define.get().getBody())) {
			return Optional.empty();
		}
		return Optional.of("it uses the macro " + name + ", which expands to no instruction");
	}

	private boolean hasCode(MacroDefinition definition, int depth) {
		Resource defining = definition.eResource();
		FileStructure structure = structures.of(defining);
		List<Line> lines = ((Program) defining.getContents().get(0)).getLines();
		for (int index = structure.lineIndexOf(definition) + 1; index < lines.size() && structure.contextBefore(index).macro() == definition; index++) {
			Line line = lines.get(index);
			if (line.getStatement() != null && statements.whyNoCode(line.getStatement(), depth).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private Optional<CppDefine> cppDefinition(String name) {
		List<Resource> candidates = new ArrayList<>();
		candidates.add(resource);
		candidates.addAll(resource.getResourceServiceProvider().get(IncludeResolver.class).includedResources(resource));
		for (Resource candidate : candidates) {
			for (Definition definition : structures.of(candidate).definitionsNamed(name)) {
				if (definition.kind() == SymbolKind.CPP_MACRO && definition.element() instanceof CppDefine define) {
					return Optional.of(define);
				}
			}
		}
		return Optional.empty();
	}

	/** Whether a statement of the body (separated by ';', after any labels) starts with an instruction or a prefix. */
	private static boolean bodyHasInstruction(String body) {
		for (String statement : withoutParameterList(body).split(";")) {
			Matcher word = FIRST_WORD.matcher(LEADING_LABELS.matcher(statement).replaceFirst(""));
			if (word.find() && isInstruction(word.group())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isInstruction(String word) {
		return InstructionSet.builtIn().resolve(word).isPresent() || Prefix.get(word.toLowerCase()) != null;
	}

	/** A function-like macro's body text may start with its parameter list. */
	private static String withoutParameterList(String body) {
		String stripped = body.stripLeading();
		int close = stripped.indexOf(')');
		return stripped.startsWith("(") && close > 0 ? stripped.substring(close + 1) : stripped;
	}
}
