package dev.gasket.lang.structure;

import java.util.List;

import dev.gasket.lang.gasm.MacroDefinition;
import dev.gasket.lang.gasm.MacroParameter;
import dev.gasket.lang.instructions.CodeMode;

/**
 * What holds at one line: the code mode set by the last {@code .codeNN}, the section being assembled into, the
 * macro whose body the line is in, the {@code .irp}/{@code .irpc} parameters in scope, and the conditional branches
 * around it.
 */
public record LineContext(CodeMode mode, String section, MacroDefinition macro, List<MacroParameter> iterationParameters,
		List<ConditionalBranch> branches) {

	public boolean inMacroBody() {
		return macro != null || !iterationParameters.isEmpty();
	}
}
