package dev.gasket.debug.ui.breakpoints;

import java.util.Optional;
import java.util.OptionalLong;

import dev.gasket.debug.engine.Expression;
import dev.gasket.debug.engine.RegisterNames;
import dev.gasket.x86.cpu.CpuState;

/**
 * Checks a breakpoint condition before there is a session: the engine's {@link Expression} grammar and register
 * names. Any symbol passes, since a program's symbols are known only once it is assembled and linked.
 */
public final class ConditionSyntax {

	private ConditionSyntax() {
	}

	/** Empty for a blank or well-formed condition; else the parser's message, with the column. */
	public static Optional<String> problem(String condition) {
		if (condition.isBlank()) {
			return Optional.empty();
		}
		CpuState anyCpu = new CpuState();
		Expression.Scope namesOnly = new Expression.Scope() {
			@Override
			public OptionalLong register(String name) {
				return RegisterNames.read(anyCpu, name);
			}

			@Override
			public OptionalLong symbolValue(String name) {
				return OptionalLong.of(0);
			}

			@Override
			public OptionalLong symbolAddress(String name) {
				return OptionalLong.of(0);
			}
		};
		try {
			Expression.evaluate(condition.strip(), namesOnly);
			return Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.of(e.getMessage());
		}
	}
}
