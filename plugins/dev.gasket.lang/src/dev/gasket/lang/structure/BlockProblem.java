package dev.gasket.lang.structure;

import org.eclipse.emf.ecore.EObject;

/**
 * A block directive without its partner: {@code .endm} with no {@code .macro}, an {@code .if} never closed, …
 *
 * @param element the directive to mark
 * @param message what is wrong, in the user's terms
 */
public record BlockProblem(EObject element, String message) {
}
