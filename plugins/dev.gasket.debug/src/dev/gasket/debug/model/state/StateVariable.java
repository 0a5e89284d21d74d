package dev.gasket.debug.model.state;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

import dev.gasket.debug.model.GasketDebugModel;

/**
 * A named value computed from the machine state. Its text for the live machine is what the views show; its
 * text for the machine at the previous suspend decides {@link #hasValueChanged()}. Elements with the same key
 * are equal, so the views keep their expansion and selection from one suspend to the next.
 */
abstract class StateVariable extends DebugElement implements IVariable {

	static final IVariable[] NONE = new IVariable[0];

	protected final StateContext context;
	private final String key;
	private final String name;

	StateVariable(StateContext context, String key, String name) {
		super(context.target());
		this.context = context;
		this.key = key;
		this.name = name;
	}

	/** The value as text in {@code sample}. */
	abstract String text(MachineSample sample);

	/** The children of the live value. */
	IVariable[] children() {
		return NONE;
	}

	boolean hasChildren() {
		return false;
	}

	/** Changes the value as {@code expression} (an engine expression) says; only called if modifiable. */
	void write(String expression) throws DebugException {
		throw StateContext.failure(name + " cannot be changed", null);
	}

	String key() {
		return key;
	}

	@Override
	public String getModelIdentifier() {
		return GasketDebugModel.ID;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IValue getValue() throws DebugException {
		return new StateValue(this);
	}

	@Override
	public boolean hasValueChanged() {
		return context.previous().map(before -> !text(before).equals(text(context.live()))).orElse(false);
	}

	@Override
	public void setValue(String expression) throws DebugException {
		if (!supportsValueModification()) {
			throw StateContext.failure(name + " is read-only", null);
		}
		context.requireSuspended();
		write(expression);
		fireChangeEvent(DebugEvent.CONTENT);
	}

	@Override
	public void setValue(IValue value) throws DebugException {
		throw StateContext.failure("set " + name + " with an expression", null);
	}

	@Override
	public boolean supportsValueModification() {
		return false;
	}

	@Override
	public boolean verifyValue(String expression) {
		if (!supportsValueModification()) {
			return false;
		}
		try {
			context.evaluate(expression);
			return true;
		} catch (DebugException bad) {
			return false;
		}
	}

	@Override
	public boolean verifyValue(IValue value) {
		return false;
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && ((StateVariable) other).key.equals(key)
				&& ((StateVariable) other).context == context;
	}

	@Override
	public int hashCode() {
		return key.hashCode();
	}

	@Override
	public String toString() {
		return name + " = " + text(context.live());
	}
}
