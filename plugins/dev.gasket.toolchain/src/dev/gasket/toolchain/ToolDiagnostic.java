package dev.gasket.toolchain;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One error or warning reported by a GNU tool.
 *
 * @param file          the source file as the tool printed it, if the message names one
 * @param line          the 1-based line in {@code file}, if the tool gave one
 * @param severity      how serious the tool considers it
 * @param message       the tool's text, without the location and severity prefix
 * @param fromAssembler whether GNU as printed it (after its "Assembler messages:" header), rather than the program
 *                      that was run: the C preprocessor or driver of gcc, or ld
 */
public record ToolDiagnostic(Optional<String> file, OptionalInt line, Severity severity, String message, boolean fromAssembler) {

	public enum Severity {
		ERROR,
		WARNING
	}

	/** A diagnostic not printed by GNU as. */
	public ToolDiagnostic(Optional<String> file, OptionalInt line, Severity severity, String message) {
		this(file, line, severity, message, false);
	}
}
