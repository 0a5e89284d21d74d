package dev.gasket.debug.model.state;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.debug.core.model.IVariable;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.SegmentDescriptor;

/**
 * One field of a segment descriptor — of a segment register's hidden cache or of a GDT entry: base, limit,
 * attributes, type, DPL, P, L, D/B or G. Read-only: the cache changes only by loading a selector.
 */
final class DescriptorField extends StateVariable {

	private static final long EFER_LMA = ControlRegister.EFER.mask("LMA");

	private record Field(String name, BiFunction<SegmentDescriptor, Boolean, String> text) {
	}

	private static final List<Field> FIELDS = List.of(
			new Field("base", (descriptor, ia32e) -> Hex.of(descriptor.base())),
			new Field("limit", (descriptor, ia32e) -> Hex.of(descriptor.limit())),
			new Field("attributes", (descriptor, ia32e) -> Hex.of(descriptor.attributes(), 2)),
			new Field("type", (descriptor, ia32e) -> descriptor.typeName(ia32e)),
			new Field("DPL", (descriptor, ia32e) -> Integer.toString(descriptor.dpl())),
			new Field("P", (descriptor, ia32e) -> bit(descriptor.isPresent())),
			new Field("L", (descriptor, ia32e) -> bit(descriptor.isLong())),
			new Field("D/B", (descriptor, ia32e) -> bit(descriptor.isDefaultBig())),
			new Field("G", (descriptor, ia32e) -> bit(descriptor.isGranular())));

	private final Function<MachineSample, Optional<SegmentDescriptor>> descriptor;
	private final Field field;

	private DescriptorField(StateContext context, String parentKey, Function<MachineSample, Optional<SegmentDescriptor>> descriptor,
			Field field) {
		super(context, parentKey + "/" + field.name(), field.name());
		this.descriptor = descriptor;
		this.field = field;
	}

	/** Every field of the descriptor {@code descriptor} finds in a sample (empty where its memory is unreadable). */
	static IVariable[] all(StateContext context, String parentKey, Function<MachineSample, Optional<SegmentDescriptor>> descriptor) {
		return FIELDS.stream().map(field -> new DescriptorField(context, parentKey, descriptor, field)).toArray(IVariable[]::new);
	}

	@Override
	String text(MachineSample sample) {
		boolean ia32e = (sample.cpu().efer() & EFER_LMA) != 0;
		return descriptor.apply(sample).map(found -> field.text().apply(found, ia32e)).orElse("unreadable");
	}

	@Override
	public String getReferenceTypeName() {
		return "descriptor field";
	}

	private static String bit(boolean set) {
		return set ? "1" : "0";
	}
}
