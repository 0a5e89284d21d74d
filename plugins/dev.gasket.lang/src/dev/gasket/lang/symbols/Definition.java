package dev.gasket.lang.symbols;

import java.util.OptionalLong;

import org.eclipse.emf.ecore.EObject;

/**
 * A symbol defined in a file: by a label, {@code =}/{@code .set}, {@code .comm}, {@code #define}, {@code .macro} or a
 * linkage macro such as {@code SYM_DATA(tr_cr4, .space 4)}.
 *
 * @param name the symbol's name
 * @param element the model element that defines it (a {@code Label}, {@code MacroCall}, …)
 * @param lineIndex index of the defining line in the program
 * @param kind what it names
 * @param size its size in bytes, when the file makes that known
 * @param redefinable whether GAS allows defining it again ({@code .set}, {@code =}, {@code #define})
 */
public record Definition(String name, EObject element, int lineIndex, SymbolKind kind, OptionalLong size, boolean redefinable) {

	/** {@code .L} names never reach the object file and are private to the assembly unit. */
	public boolean isFileLocal() {
		return isFileLocal(name);
	}

	/** Whether a name stays in its file: {@code .L} names and the digits of numeric labels ({@code 1:}, {@code 1b}). */
	public static boolean isFileLocal(String name) {
		return name.startsWith(".L") || !name.isEmpty() && Character.isDigit(name.charAt(0));
	}
}
