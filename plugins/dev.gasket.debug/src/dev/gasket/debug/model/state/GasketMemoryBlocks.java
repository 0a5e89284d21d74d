package dev.gasket.debug.model.state;

import java.util.OptionalLong;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.Expression;

/**
 * Memory blocks for the platform's Memory view, by linear address (through the page tables) or physical address.
 * An expression is a symbol (its address), a number, or an engine {@link Expression} in which symbols stand for
 * their addresses, so {@code tr_cr4 + 4} is the address four bytes past {@code tr_cr4}.
 */
public final class GasketMemoryBlocks {

	/** How many bytes a block created from an expression spans before the view scrolls. */
	static final long DEFAULT_LENGTH = 256;

	private final IDebugTarget target;
	private final DebugSession session;

	public GasketMemoryBlocks(IDebugTarget target, DebugSession session) {
		this.target = target;
		this.session = session;
	}

	/** @throws DebugException naming the problem when the expression does not evaluate */
	public IMemoryBlockExtension memoryBlock(String expression, boolean physical) throws DebugException {
		return new GasketMemoryBlock(target, session.machine(), expression, address(expression.trim()), DEFAULT_LENGTH, physical);
	}

	/** A block of {@code length} bytes at a linear address. */
	public IMemoryBlock memoryBlock(long address, long length) {
		return new GasketMemoryBlock(target, session.machine(), Hex.of(address), address, length, false);
	}

	private long address(String expression) throws DebugException {
		if (expression.isEmpty()) {
			throw StateContext.failure("enter an address, a symbol or an expression", null);
		}
		Expression.Scope values = session.scope();
		Expression.Scope addresses = new Expression.Scope() {
			@Override
			public OptionalLong register(String name) {
				return values.register(name);
			}

			@Override
			public OptionalLong symbolValue(String name) {
				return values.symbolAddress(name);
			}

			@Override
			public OptionalLong symbolAddress(String name) {
				return values.symbolAddress(name);
			}
		};
		try {
			return Expression.evaluate(expression, addresses);
		} catch (IllegalArgumentException bad) {
			throw StateContext.failure("cannot show memory at " + expression + ": " + bad.getMessage(), bad);
		}
	}
}
