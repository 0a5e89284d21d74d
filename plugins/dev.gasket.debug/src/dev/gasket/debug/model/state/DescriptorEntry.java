package dev.gasket.debug.model.state;

import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.debug.core.model.IVariable;

import dev.gasket.x86.cpu.SegmentDescriptor;

/**
 * One GDT entry, named by its selector: the raw descriptor and what it describes, with the decoded fields as
 * children. IA-32e system descriptors (LDT, TSS) are read as the 16 bytes they take.
 */
final class DescriptorEntry extends StateVariable {

	private final DescriptorTableElement table;
	private final int offset;

	DescriptorEntry(DescriptorTableElement table, int offset) {
		super(table.context, table.key() + "/" + Hex.of(offset, 2), Hex.of(offset, 2));
		this.table = table;
		this.offset = offset;
	}

	@Override
	String text(MachineSample sample) {
		if (!withinLimit(sample)) {
			return "beyond the limit";
		}
		OptionalLong low = sample.readValue(address(sample), 8);
		Optional<SegmentDescriptor> descriptor = descriptor(sample);
		if (low.isEmpty() || descriptor.isEmpty()) {
			return "unreadable";
		}
		String raw = Hex.of(low.getAsLong(), 8);
		if (offset == 0) {
			return raw + " (null descriptor)";
		}
		return raw + " (" + descriptor.get().describe(DescriptorTable.ia32e(sample.cpu())) + ")";
	}

	private boolean withinLimit(MachineSample sample) {
		return offset + 7 <= table.table().register(sample.cpu()).limit();
	}

	private long address(MachineSample sample) {
		return table.table().register(sample.cpu()).base() + offset;
	}

	private Optional<SegmentDescriptor> descriptor(MachineSample sample) {
		if (!withinLimit(sample)) {
			return Optional.empty();
		}
		long address = address(sample);
		OptionalLong low = sample.readValue(address, 8);
		if (low.isEmpty()) {
			return Optional.empty();
		}
		if (table.table().entrySize(sample, offset) == 16) {
			OptionalLong high = sample.readValue(address + 8, 8);
			return high.isPresent() ? Optional.of(SegmentDescriptor.ofSystem64(low.getAsLong(), high.getAsLong())) : Optional.empty();
		}
		return Optional.of(SegmentDescriptor.of(low.getAsLong()));
	}

	@Override
	IVariable[] children() {
		return DescriptorField.all(context, key(), this::descriptor);
	}

	@Override
	boolean hasChildren() {
		return true;
	}

	@Override
	public String getReferenceTypeName() {
		return "segment descriptor";
	}
}
