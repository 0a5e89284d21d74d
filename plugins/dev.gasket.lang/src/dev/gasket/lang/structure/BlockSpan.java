package dev.gasket.lang.structure;

import org.eclipse.emf.ecore.EObject;

/**
 * A block that is properly closed: from the statement that opens it to the one that closes it, for folding.
 *
 * @param opener the {@code .macro}, {@code .rept}/{@code .irp}/{@code .irpc}, {@code .if…}, {@code #if…} or
 *               {@code SYM_*_START(x)} statement
 * @param closer the matching {@code .endm}, {@code .endr}, {@code .endif}, {@code #endif} or {@code SYM_*_END(x)}
 */
public record BlockSpan(EObject opener, EObject closer, Kind kind) {

	public enum Kind {
		/** {@code .macro … .endm} */
		MACRO,
		/** {@code .rept/.irp/.irpc … .endr} */
		REPETITION,
		/** {@code .if… (.elseif/.else) … .endif} */
		CONDITIONAL,
		/** {@code #if/#ifdef/#ifndef … #endif} */
		CPP_CONDITIONAL,
		/** {@code SYM_*_START(x) … SYM_*_END(x)}, paired by symbol name as the size computation pairs them */
		LINKAGE
	}
}
