package dev.gasket.toolchain;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One error or warning reported by a GNU tool.
 *
 * @param file     the source file as the tool printed it, if the message names one
 * @param line     the 1-based line in {@code file}, if the tool gave one
 * @param severity how serious the tool considers it
 * @param message  the tool's text, without the location and severity prefix
 */
public record ToolDiagnostic(Optional<String> file, OptionalInt line, Severity severity, String message) {

	public enum Severity {
		ERROR,
		WARNING
	}
}
