package dev.gasket.debug.model.state;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IIndexedValue;
import org.eclipse.debug.core.model.IVariable;

/** The bytes of a data symbol that is not a 1-, 2-, 4- or 8-byte integer, indexed so large arrays are partitioned. */
final class ByteArrayValue extends StateValue implements IIndexedValue {

	private final DataSymbolVariable symbol;

	ByteArrayValue(DataSymbolVariable symbol) {
		super(symbol);
		this.symbol = symbol;
	}

	static IVariable[] elements(DataSymbolVariable symbol, int offset, int length) {
		IVariable[] elements = new IVariable[length];
		for (int i = 0; i < length; i++) {
			elements[i] = new ByteElement(symbol, offset + i);
		}
		return elements;
	}

	@Override
	public IVariable getVariable(int offset) throws DebugException {
		checkRange(offset, 1);
		return new ByteElement(symbol, offset);
	}

	@Override
	public IVariable[] getVariables(int offset, int length) throws DebugException {
		checkRange(offset, length);
		return elements(symbol, offset, length);
	}

	private void checkRange(int offset, int length) throws DebugException {
		if (offset < 0 || length < 0 || offset + length > symbol.size()) {
			throw StateContext.failure(String.format("%s has %d bytes; [%d..%d) is outside", symbol.getName(), symbol.size(),
					offset, offset + length), null);
		}
	}

	@Override
	public int getSize() {
		return symbol.size();
	}

	@Override
	public int getInitialOffset() {
		return 0;
	}
}
