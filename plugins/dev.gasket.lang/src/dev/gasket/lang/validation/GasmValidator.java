package dev.gasket.lang.validation;

/**
 * Semantic checks of GAS sources beyond syntax; the checks themselves come with the language issue.
 */
public class GasmValidator extends AbstractGasmValidator {
}
