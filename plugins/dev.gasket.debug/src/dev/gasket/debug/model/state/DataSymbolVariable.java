package dev.gasket.debug.model.state;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

import dev.gasket.toolchain.elf.ElfSymbol;

/**
 * A data symbol with its declared size ({@code .size}) and its current contents at its linear address: a
 * 1-, 2-, 4- or 8-byte value as an integer (an 8-byte one that points into code also as {@code <symbol+off>}),
 * anything else as an array of bytes; a symbol without a size is only a label.
 */
final class DataSymbolVariable extends StateVariable {

	private static final int PREVIEW_BYTES = 16;

	private final ElfSymbol symbol;

	DataSymbolVariable(StateContext context, ElfSymbol symbol) {
		super(context, "data/" + symbol.name() + "@" + symbol.value(), symbol.name());
		this.symbol = symbol;
	}

	long address() {
		return symbol.value();
	}

	int size() {
		return (int) symbol.size();
	}

	private boolean isInteger() {
		return switch (size()) {
			case 1, 2, 4, 8 -> true;
			default -> false;
		};
	}

	@Override
	String text(MachineSample sample) {
		if (size() == 0) {
			return "label at " + Hex.of(address()) + " (no .size)";
		}
		if (isInteger()) {
			return sample.readValue(address(), size()).stream().mapToObj(this::integer).findFirst().orElseGet(this::unreadable);
		}
		return sample.readLinear(address(), Math.min(size(), PREVIEW_BYTES))
				.map(bytes -> HexFormat.ofDelimiter(" ").formatHex(bytes) + (size() > PREVIEW_BYTES ? " …" : ""))
				.orElseGet(this::unreadable);
	}

	private String integer(long value) {
		String hex = Hex.of(value, size());
		if (size() == 8 && context.program().location(value).isPresent()) {
			return context.program().describe(value).map(symbolic -> hex + " <" + symbolic + ">").orElse(hex);
		}
		return hex;
	}

	private String unreadable() {
		return "unreadable at " + Hex.of(address()) + ": " + LinearMemory.failure(context.live().machine(), address());
	}

	/** An array changed if any byte did, not only the ones its text previews. */
	@Override
	public boolean hasValueChanged() {
		if (isInteger() || size() == 0) {
			return super.hasValueChanged();
		}
		Optional<byte[]> now = context.live().readLinear(address(), size());
		return context.previous()
				.map(before -> !Arrays.equals(before.readLinear(address(), size()).orElse(null), now.orElse(null)))
				.orElse(false);
	}

	@Override
	public IValue getValue() {
		return isInteger() || size() == 0 ? new StateValue(this) : new ByteArrayValue(this);
	}

	@Override
	IVariable[] children() {
		return ByteArrayValue.elements(this, 0, isInteger() ? 0 : size());
	}

	@Override
	boolean hasChildren() {
		return !isInteger() && size() > 0;
	}

	@Override
	public String getReferenceTypeName() {
		if (size() == 0) {
			return "label";
		}
		return isInteger() ? "uint" + 8 * size() : "byte[" + size() + "]";
	}

	@Override
	public boolean supportsValueModification() {
		return isInteger();
	}

	@Override
	void write(String expression) throws DebugException {
		context.assign(getName() + "=" + expression);
	}
}
