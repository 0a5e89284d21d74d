package dev.gasket.debug.model.state;

import java.util.List;
import java.util.function.Function;

import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;

import dev.gasket.debug.model.GasketDebugModel;

/** A named group of registers (General, Flags, Segments, …) as the Registers view shows it. */
final class StateRegisterGroup extends DebugElement implements IRegisterGroup {

	private final StateContext context;
	private final String name;
	private final IRegister[] registers;

	/** {@code registers} makes the group's registers, which refer back to the group. */
	StateRegisterGroup(StateContext context, String name, Function<StateRegisterGroup, List<? extends IRegister>> registers) {
		super(context.target());
		this.context = context;
		this.name = name;
		this.registers = registers.apply(this).toArray(IRegister[]::new);
	}

	StateContext context() {
		return context;
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
	public IRegister[] getRegisters() {
		return registers.clone();
	}

	@Override
	public boolean hasRegisters() {
		return registers.length > 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StateRegisterGroup group && group.context == context && group.name.equals(name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}

	@Override
	public String toString() {
		return name;
	}
}
