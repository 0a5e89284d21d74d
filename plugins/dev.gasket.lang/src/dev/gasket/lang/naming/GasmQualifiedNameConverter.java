package dev.gasket.lang.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Symbol names are one segment even when they contain dots ({@code .Ldone}, {@code tr_start.1}).
 */
public class GasmQualifiedNameConverter extends IQualifiedNameConverter.DefaultImpl {
	@Override
	public String getDelimiter() {
		return "::";
	}
}
