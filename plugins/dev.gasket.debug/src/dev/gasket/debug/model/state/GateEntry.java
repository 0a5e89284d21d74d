package dev.gasket.debug.model.state;

import java.util.OptionalLong;

import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.GateDescriptor;

/**
 * One IDT entry, named by its vector (with the exception's mnemonic for the architectural ones): the gate
 * decoded, or in real mode the handler's segment:offset from the interrupt vector table.
 */
final class GateEntry extends StateVariable {

	private static final int EXCEPTIONS = 32;

	private final DescriptorTableElement table;
	private final int offset;

	GateEntry(DescriptorTableElement table, int offset) {
		super(table.context, table.key() + "/" + offset, vectorName(offset / table.table().slotSize(table.context.live().cpu())));
		this.table = table;
		this.offset = offset;
	}

	private static String vectorName(int vector) {
		if (vector < EXCEPTIONS) {
			for (ExceptionVector exception : ExceptionVector.values()) {
				if (exception.vector() == vector) {
					return vector + " " + exception.mnemonic();
				}
			}
		}
		return Integer.toString(vector);
	}

	@Override
	String text(MachineSample sample) {
		DescriptorTable idt = table.table();
		int size = idt.slotSize(sample.cpu());
		if (offset + size - 1 > idt.register(sample.cpu()).limit()) {
			return "beyond the limit";
		}
		long address = idt.register(sample.cpu()).base() + offset;
		OptionalLong low = sample.readValue(address, Math.min(size, 8));
		if (low.isEmpty()) {
			return "unreadable";
		}
		boolean ia32e = DescriptorTable.ia32e(sample.cpu());
		return switch (size) {
			case 4 -> Hex.of(low.getAsLong() >>> 16, 2) + ":" + Hex.of(low.getAsLong() & 0xffff, 2);
			case 8 -> GateDescriptor.of(low.getAsLong()).describe(ia32e);
			default -> sample.readValue(address + 8, 8)
					.stream().mapToObj(high -> GateDescriptor.of64(low.getAsLong(), high).describe(ia32e))
					.findFirst().orElse("unreadable");
		};
	}

	@Override
	public String getReferenceTypeName() {
		return "gate";
	}
}
