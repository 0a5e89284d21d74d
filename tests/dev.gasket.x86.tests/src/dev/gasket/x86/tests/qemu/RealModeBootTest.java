package dev.gasket.x86.tests.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory layout handed to QEMU and, later, to the emulator; needs only binutils. */
class RealModeBootTest {

	private static final int FAR_JUMP_OPCODE = 0xea;
	private static final int RESET_VECTOR_OFFSET = 0xfff0;

	@Test
	void resetVectorFarJumpsToTheProgramEntryWithCsZero(@TempDir Path directory) throws IOException {
		RealModeBoot boot = ModeSwitchProgram.build(directory);
		byte[] stub = boot.resetStub().bytes();
		assertEquals(RealModeBoot.RESET_STUB_SIZE, stub.length);
		// ljmp ptr16:16 is EA, then the offset, then the segment, both little-endian.
		assertEquals(FAR_JUMP_OPCODE, stub[RESET_VECTOR_OFFSET] & 0xff);
		assertEquals(boot.program().symbol(ModeSwitchProgram.REAL_MODE_ENTRY), littleEndian16(stub, 0xfff1));
		assertEquals(0, littleEndian16(stub, 0xfff3));
	}

	@Test
	void memoryListsTheStubAtBothBiosAddressesAndTheProgramInRam(@TempDir Path directory) throws IOException {
		RealModeBoot boot = ModeSwitchProgram.build(directory);
		List<MemoryImage> memory = boot.memory();
		assertEquals(List.of(RealModeBoot.RESET_STUB_HIGH_ADDRESS, RealModeBoot.RESET_STUB_LOW_ADDRESS,
				ModeSwitchProgram.LOAD_ADDRESS), memory.stream().map(MemoryImage::physicalAddress).toList());
		assertEquals(0x1_0000_0000L, memory.get(0).endAddress(), "the stub must end exactly at 4 GiB");
		MemoryImage program = memory.get(2);
		assertTrue(!program.readOnly() && program.endAddress() <= RealModeBoot.RAM_BYTES, program.toString());
		long pml4 = boot.program().symbol(ModeSwitchProgram.PML4);
		assertEquals(0, pml4 & 0xfff, "page tables must be page-aligned");
		assertTrue(pml4 < program.endAddress(), "page tables are part of the image");
	}

	private static long littleEndian16(byte[] bytes, int offset) {
		return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8;
	}
}
