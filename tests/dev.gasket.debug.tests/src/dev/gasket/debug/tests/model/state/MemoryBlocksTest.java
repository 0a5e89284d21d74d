package dev.gasket.debug.tests.model.state;

import static dev.gasket.debug.tests.model.state.TrampolineSessions.runTo;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.target;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.MemoryByte;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.model.state.GasketMemoryBlocks;

/**
 * Memory blocks on the trampoline of scenario (d), stopped where it has switched to its own 5-level tables, which
 * identity-map the first GiB with 2 MiB pages and nothing else; the machine has 2 GiB, so the page tables, not the
 * end of memory, decide what the first GiB's last bytes and the next ones read as.
 */
class MemoryBlocksTest {

	private static final long ONE_GIB = 1L << 30;
	private static final long MEMORY = 2 * ONE_GIB;

	@TempDir
	Path work;

	private DebugSession session;
	private GasketMemoryBlocks blocks;

	@BeforeEach
	void start() throws Exception {
		session = TrampolineSessions.fiveLevelOnLegacy(work, MEMORY);
		blocks = new GasketMemoryBlocks(target(() -> true), session);
		runTo(session, "lock_spin64");
	}

	private long address(String symbol) {
		return session.program().symbol(symbol).orElseThrow().value();
	}

	private static byte[] values(MemoryByte[] bytes) {
		byte[] values = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			assertTrue(bytes[i].isReadable(), "byte " + i);
			values[i] = bytes[i].getValue();
		}
		return values;
	}

	@Test
	void aSymbolsBytesAreTheSameLinearAndPhysicalUnderIdentityPaging() throws DebugException {
		assertEquals("5-level", session.machine().mmu().mode().label(), "the trampoline's own tables");
		IMemoryBlockExtension linear = blocks.memoryBlock("tr_cr4", false);
		IMemoryBlockExtension physical = blocks.memoryBlock("tr_cr4", true);
		assertEquals(BigInteger.valueOf(address("tr_cr4")), linear.getBigBaseAddress());

		byte[] bytes = values(linear.getBytesFromOffset(BigInteger.ZERO, 16));
		assertArrayEquals(bytes, values(physical.getBytesFromAddress(physical.getBigBaseAddress(), 16)));
		assertEquals(0x1000, bytes[0] & 0xff | (bytes[1] & 0xff) << 8, "tr_cr4 as scenario (d) set it");
	}

	@Test
	void anUnmappedLinearAddressIsUnreadableNotAnError() throws DebugException {
		MemoryByte[] bytes = blocks.memoryBlock("0x" + Long.toHexString(ONE_GIB - 4), false)
				.getBytesFromOffset(BigInteger.ZERO, 8);
		for (int i = 0; i < 4; i++) {
			assertTrue(bytes[i].isReadable(), "the last bytes of the mapped GiB");
		}
		for (int i = 4; i < 8; i++) {
			assertFalse(bytes[i].isReadable(), "beyond the first GiB");
		}
		assertTrue(blocks.memoryBlock("0x" + Long.toHexString(ONE_GIB), true).getBytesFromOffset(BigInteger.ZERO, 1)[0].isReadable(),
				"physical memory goes on");
		assertFalse(blocks.memoryBlock("0x" + Long.toHexString(MEMORY), true).getBytesFromOffset(BigInteger.ZERO, 1)[0].isReadable(),
				"but ends at 2 GiB");
	}

	@Test
	void expressionsTakeSymbolsAsAddresses() throws DebugException {
		assertEquals(BigInteger.valueOf(address("tr_flags")), blocks.memoryBlock("tr_cr4 + 4", false).getBigBaseAddress());
		assertEquals(BigInteger.valueOf(address("tr_lock")), blocks.memoryBlock("&tr_lock", false).getBigBaseAddress());
		DebugException unknown = assertThrows(DebugException.class, () -> blocks.memoryBlock("no_such_symbol", false));
		assertTrue(unknown.getMessage().contains("no_such_symbol"), unknown.getMessage());
	}

	@Test
	void writingABlockWritesTheMachinesMemory() throws DebugException {
		IMemoryBlock lock = blocks.memoryBlock(address("tr_lock"), 4);
		lock.setValue(0, new byte[] { 1, 0, 0, 0 });
		assertEquals(1, session.evaluate("tr_lock"));
		assertArrayEquals(new byte[] { 1, 0, 0, 0 }, lock.getBytes());

		IMemoryBlockExtension unmapped = blocks.memoryBlock("0x" + Long.toHexString(ONE_GIB), false);
		assertThrows(DebugException.class, () -> unmapped.setValue(BigInteger.ZERO, new byte[] { 1 }));
	}
}
