package dev.gasket.lang.scoping;

/**
 * Symbol scopes of GAS sources; labels, numeric labels and linkage-macro symbols come with the language issue.
 */
public class GasmScopeProvider extends AbstractGasmScopeProvider {
}
