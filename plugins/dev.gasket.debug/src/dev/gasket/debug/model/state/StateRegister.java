package dev.gasket.debug.model.state;

import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;

/** A {@link StateVariable} that is a register of a {@link StateRegisterGroup}. */
abstract class StateRegister extends StateVariable implements IRegister {

	private final StateRegisterGroup group;

	StateRegister(StateRegisterGroup group, String name) {
		super(group.context(), group.getName() + "/" + name, name);
		this.group = group;
	}

	@Override
	public IRegisterGroup getRegisterGroup() {
		return group;
	}
}
