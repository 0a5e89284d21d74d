package dev.gasket.debug.model.state;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.model.IVariable;

import dev.gasket.x86.cpu.DescriptorTableRegister;

/** GDTR or IDTR: base and limit, with the table's entries decoded as children (at most {@value #MAX_ENTRIES}). */
final class DescriptorTableElement extends StateRegister {

	static final int MAX_ENTRIES = 256;

	private final DescriptorTable table;

	DescriptorTableElement(StateRegisterGroup group, DescriptorTable table) {
		super(group, table.registerName());
		this.table = table;
	}

	@Override
	String text(MachineSample sample) {
		DescriptorTableRegister register = table.register(sample.cpu());
		String text = "base=" + Hex.of(register.base()) + " limit=" + Hex.of(register.limit());
		int slots = table.slots(sample.cpu());
		return slots > MAX_ENTRIES ? text + " (" + slots + " slots, the first " + MAX_ENTRIES + " entries shown)" : text;
	}

	@Override
	IVariable[] children() {
		List<IVariable> entries = new ArrayList<>();
		for (int offset : table.entryOffsets(context.live(), MAX_ENTRIES)) {
			entries.add(table == DescriptorTable.GDT ? new DescriptorEntry(this, offset) : new GateEntry(this, offset));
		}
		return entries.toArray(IVariable[]::new);
	}

	@Override
	boolean hasChildren() {
		return table.slots(context.live().cpu()) > 0;
	}

	@Override
	public String getReferenceTypeName() {
		return "descriptor table register";
	}

	DescriptorTable table() {
		return table;
	}
}
