package dev.gasket.debug.model.state;

import java.math.BigInteger;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrieval;
import org.eclipse.debug.core.model.MemoryByte;

import dev.gasket.debug.model.GasketDebugModel;
import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.machine.Machine;

/**
 * Bytes of the machine's memory from a base address: linear (translated by the current page tables without
 * side effects, unmapped bytes reported unreadable) or physical (bytes beyond the memory unreadable). Editable.
 * The Memory view tracks changed bytes itself.
 */
final class GasketMemoryBlock extends DebugElement implements IMemoryBlockExtension {

	private static final long EFER_LMA = ControlRegister.EFER.mask("LMA");
	private static final BigInteger LAST_32_BIT = BigInteger.valueOf(0xffffffffL);
	private static final BigInteger LAST_64_BIT = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

	private final Machine machine;
	private final String expression;
	private final long length;
	private final boolean physical;
	private final Set<Object> connections = new CopyOnWriteArraySet<>();
	private volatile long base;

	GasketMemoryBlock(IDebugTarget target, Machine machine, String expression, long base, long length, boolean physical) {
		super(target);
		this.machine = machine;
		this.expression = expression;
		this.base = base;
		this.length = length;
		this.physical = physical;
	}

	@Override
	public String getModelIdentifier() {
		return GasketDebugModel.ID;
	}

	@Override
	public String getExpression() {
		return physical ? expression + " (physical)" : expression;
	}

	@Override
	public long getStartAddress() {
		return base;
	}

	@Override
	public long getLength() {
		return length;
	}

	@Override
	public BigInteger getBigBaseAddress() {
		return unsigned(base);
	}

	@Override
	public BigInteger getMemoryBlockStartAddress() {
		return BigInteger.ZERO;
	}

	@Override
	public BigInteger getMemoryBlockEndAddress() {
		if (physical) {
			return BigInteger.valueOf(machine.memory().size() - 1);
		}
		return longMode() ? LAST_64_BIT : LAST_32_BIT;
	}

	@Override
	public BigInteger getBigLength() {
		return BigInteger.valueOf(length);
	}

	@Override
	public int getAddressSize() {
		if (physical) {
			return machine.memory().size() > 1L << 32 ? 8 : 4;
		}
		return longMode() ? 8 : 4;
	}

	private boolean longMode() {
		return (machine.cpu().efer() & EFER_LMA) != 0;
	}

	@Override
	public int getAddressableSize() {
		return 1;
	}

	@Override
	public byte[] getBytes() {
		MemoryByte[] bytes = read(base, (int) length);
		byte[] values = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			values[i] = bytes[i].getValue();
		}
		return values;
	}

	@Override
	public MemoryByte[] getBytesFromOffset(BigInteger unitOffset, long addressableUnits) {
		return read(base + unitOffset.longValue(), (int) addressableUnits);
	}

	@Override
	public MemoryByte[] getBytesFromAddress(BigInteger address, long units) {
		return read(address.longValue(), (int) units);
	}

	private MemoryByte[] read(long address, int count) {
		if (running()) {
			return MemoryBytes.unknown(count);
		}
		return physical ? MemoryBytes.physical(machine, address, count) : MemoryBytes.linear(machine, address, count);
	}

	private boolean running() {
		return getDebugTarget() != null && !getDebugTarget().isSuspended() && !getDebugTarget().isTerminated();
	}

	@Override
	public boolean supportsValueModification() {
		return true;
	}

	@Override
	public void setValue(long offset, byte[] bytes) throws DebugException {
		write(base + offset, bytes);
	}

	@Override
	public void setValue(BigInteger offset, byte[] bytes) throws DebugException {
		write(base + offset.longValue(), bytes);
	}

	private void write(long address, byte[] bytes) throws DebugException {
		if (running()) {
			throw StateContext.failure("suspend the program to change memory", null);
		}
		try {
			if (physical) {
				MemoryBytes.writePhysical(machine, address, bytes);
			} else {
				LinearMemory.write(machine, address, bytes);
			}
		} catch (IllegalArgumentException unwritable) {
			throw StateContext.failure(unwritable.getMessage(), unwritable);
		}
		fireChangeEvent(DebugEvent.CONTENT);
	}

	@Override
	public boolean supportBaseAddressModification() {
		return true;
	}

	@Override
	public void setBaseAddress(BigInteger address) {
		base = address.longValue();
		fireChangeEvent(DebugEvent.STATE);
	}

	@Override
	public boolean supportsChangeManagement() {
		return false;
	}

	@Override
	public void connect(Object client) {
		connections.add(client);
	}

	@Override
	public void disconnect(Object client) {
		connections.remove(client);
	}

	@Override
	public Object[] getConnections() {
		return connections.toArray();
	}

	@Override
	public void dispose() {
		connections.clear();
	}

	@Override
	public IMemoryBlockRetrieval getMemoryBlockRetrieval() {
		return getDebugTarget();
	}

	private static BigInteger unsigned(long value) {
		return new BigInteger(Long.toUnsignedString(value));
	}
}
