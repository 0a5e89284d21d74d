package dev.gasket.debug.model.state;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.x86.cpu.CpuState;

/**
 * The registers and data symbols of a suspended session as debug model elements: register groups for the
 * Registers view, data symbols for the Variables view. Values are read from the machine when the views ask, so
 * they must only ask while the session is suspended; edits go through the engine's assignments.
 */
public final class MachineStateView {

	private final StateContext context;

	public MachineStateView(IDebugTarget target, DebugSession session) {
		this.context = new StateContext(target, session);
	}

	/**
	 * General, Flags, Segments, Control, MSRs, Descriptor tables and Mode, named for the current CPU mode. Every
	 * frame shows the CPU's registers: caller frames are found without restoring registers.
	 */
	public IRegisterGroup[] registerGroups(IStackFrame frame) {
		return RegisterGroups.of(context);
	}

	/** The program's data symbols, sorted by address (the same for every frame). */
	public IVariable[] dataSymbols(IStackFrame frame) {
		return DataSymbols.of(context.program()).stream().map(symbol -> new DataSymbolVariable(context, symbol)).toArray(IVariable[]::new);
	}

	/**
	 * Call on the session's thread after every stop, before announcing it: from then on {@code hasValueChanged()} is
	 * true for the values that differ from the previous suspend.
	 */
	public void suspended() {
		context.suspended(shownMemory());
	}

	/** The memory the elements read: data symbols and the descriptor tables' entries. */
	private List<LinearRange> shownMemory() {
		List<LinearRange> ranges = new ArrayList<>();
		for (ElfSymbol symbol : DataSymbols.of(context.program())) {
			if (symbol.size() > 0) {
				ranges.add(new LinearRange(symbol.value(), (int) symbol.size()));
			}
		}
		CpuState cpu = context.live().cpu();
		for (DescriptorTable table : DescriptorTable.values()) {
			// an IA-32e system descriptor may take two slots, so twice the shown entries' slots cover them
			int shown = Math.min(table.slots(cpu), 2 * DescriptorTableElement.MAX_ENTRIES);
			if (shown > 0) {
				ranges.add(new LinearRange(table.register(cpu).base(), shown * table.slotSize(cpu)));
			}
		}
		return ranges;
	}
}
