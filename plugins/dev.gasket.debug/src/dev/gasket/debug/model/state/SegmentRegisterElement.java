package dev.gasket.debug.model.state;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IVariable;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentDescriptor;

/**
 * A segment register (or LDTR/TR): the selector, with the hidden descriptor cache the CPU loaded with it as
 * children. Data segment registers (and CS in real mode) are set through the engine, which loads the descriptor
 * as {@code mov} would.
 */
final class SegmentRegisterElement extends StateRegister {

	private static final long EFER_LMA = ControlRegister.EFER.mask("LMA");

	private final Function<CpuState, Segment> segment;
	private final boolean settable;

	SegmentRegisterElement(StateRegisterGroup group, String name, Function<CpuState, Segment> segment, boolean settable) {
		super(group, name);
		this.segment = segment;
		this.settable = settable;
	}

	@Override
	String text(MachineSample sample) {
		Segment cache = segment.apply(sample.cpu());
		String selector = Hex.of(cache.selector(), 2);
		if (!cache.usable()) {
			return selector + " (unusable)";
		}
		return selector + " (" + cache(sample).orElseThrow().describe((sample.cpu().efer() & EFER_LMA) != 0) + ")";
	}

	private Optional<SegmentDescriptor> cache(MachineSample sample) {
		Segment cache = segment.apply(sample.cpu());
		return Optional.of(new SegmentDescriptor(cache.base(), cache.limit(), cache.attributes()));
	}

	@Override
	IVariable[] children() {
		return DescriptorField.all(context, key(), this::cache);
	}

	@Override
	boolean hasChildren() {
		return true;
	}

	@Override
	public String getReferenceTypeName() {
		return "selector";
	}

	@Override
	public boolean supportsValueModification() {
		return settable;
	}

	@Override
	void write(String expression) throws DebugException {
		context.assign("%" + getName() + "=" + expression);
	}
}
