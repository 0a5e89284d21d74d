package dev.gasket.x86.tests.qemu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.CpuMode;

/** The GDB client against a real {@code qemu-system-x86_64} running {@code mode_switch.S}. */
@Timeout(10)
class QemuGdbClientTest {

	private static final Duration RUN_LIMIT = Duration.ofSeconds(5);
	/** CR0 after reset: CD, NW and ET set (Intel SDM Vol. 3, 10.1.1, Table 10-1). */
	private static final long CR0_AT_RESET = 0x6000_0010L;
	private static final long RESET_CS_BASE = 0xffff_0000L;
	/** Bit 5 of a paging-structure entry, set by the processor when it uses the entry (Intel SDM Vol. 3, 4.8). */
	private static final long PAGE_ACCESSED = 1 << 5;

	@TempDir
	Path directory;
	private RealModeBoot boot;

	/** Per test rather than in {@code @BeforeAll}: surefire reports a skipped class without its reason. */
	@BeforeEach
	void requireQemuAndBuild() throws IOException {
		QemuSystem.assumeInstalled();
		boot = ModeSwitchProgram.build(directory);
	}

	@Test
	void targetDescriptionDeclaresControlRegistersAndEfer() throws IOException {
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			TargetDescription description = qemu.gdb().targetDescription();
			assertEquals("i386:x86-64", description.architecture());
			for (String name : new String[] { "rip", "eflags", "cr0", "cr3", "cr4", "efer", "cs", "ss" }) {
				assertTrue(description.register(name).isPresent(), name + " missing from " + description.registers());
			}
			assertEquals(64, description.register("efer").orElseThrow().bitSize());
			assertEquals("+".equals(qemu.gdb().supportedFeatures().get("QStartNoAckMode")),
					qemu.gdb().acknowledgementsDisabled());
			assertTrue(qemu.gdb().readRegisters().names().containsAll(CpuSnapshot.GENERAL_REGISTERS));
		}
	}

	@Test
	void registersAtResetShowTheArchitecturalResetState() throws IOException {
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			assertTrue(qemu.gdb().stopReason().stopped());
			CpuSnapshot reset = QemuTrace.snapshot(qemu.gdb());
			assertEquals(CR0_AT_RESET, reset.cr0());
			assertEquals(0, reset.efer());
			assertEquals(CpuMode.REAL, reset.mode());
			assertEquals(0xf000, reset.selectors().get("cs"));
			assertEquals(RESET_CS_BASE, reset.hidden().segment("CS").base());
			// QEMU reports IP without the CS base.
			assertEquals(0xfff0, reset.rip());
			assertEquals(RESET_CS_BASE + 0xfff0, reset.linearInstructionPointer());
		}
	}

	@Test
	void breakpointAtSymbolStopsThere() throws IOException {
		long longModeEntry = boot.program().symbol(ModeSwitchProgram.LONG_MODE_ENTRY);
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			GdbRemoteClient gdb = qemu.gdb();
			gdb.insertBreakpoint(longModeEntry);
			assertTrue(gdb.continueUntilStop(RUN_LIMIT).isTrap());
			CpuSnapshot stop = QemuTrace.snapshot(gdb);
			assertEquals(longModeEntry, stop.rip());
			assertEquals(CpuMode.LONG_64, stop.mode());
			assertTrue((stop.efer() & ControlRegister.EFER.mask("LMA")) != 0);

			gdb.removeBreakpoint(longModeEntry);
			long halt = boot.program().symbol(ModeSwitchProgram.HALT);
			gdb.insertBreakpoint(halt);
			gdb.continueUntilStop(RUN_LIMIT);
			assertEquals(halt, QemuTrace.snapshot(gdb).rip());
		}
	}

	@Test
	void memoryAtDataLabelsHoldsWhatTheProgramWrote() throws IOException {
		FlatImage program = boot.program();
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			GdbRemoteClient gdb = qemu.gdb();
			int copyLength = (int) program.symbol(ModeSwitchProgram.COPY_LENGTH);
			long destination = program.symbol(ModeSwitchProgram.COPY_DESTINATION);
			assertArrayEquals(new byte[copyLength], gdb.readMemory(destination, copyLength), "not yet copied");

			gdb.insertBreakpoint(program.symbol(ModeSwitchProgram.HALT));
			gdb.continueUntilStop(RUN_LIMIT);
			assertArrayEquals(program.bytesAt(ModeSwitchProgram.COPY_SOURCE, copyLength),
					gdb.readMemory(destination, copyLength));
			assertEquals(1, littleEndian(gdb.readMemory(program.symbol(ModeSwitchProgram.LOCK_WORD), 4)) & 1);
			assertEquals(program.symbol(ModeSwitchProgram.COMPAT_MARKER_VALUE),
					littleEndian(gdb.readMemory(program.symbol(ModeSwitchProgram.COMPAT_MARKER), 4)));
			long pml4Entry = littleEndian(gdb.readMemory(program.symbol(ModeSwitchProgram.PML4), 8));
			long pdptEntry = program.symbol(ModeSwitchProgram.PDPT)
					+ program.symbol(ModeSwitchProgram.PTE_PRESENT_WRITABLE);
			assertEquals(pdptEntry, pml4Entry & ~PAGE_ACCESSED);
			assertEquals(PAGE_ACCESSED, pml4Entry & PAGE_ACCESSED, "the page walk marks the entry accessed");
		}
	}

	@Test
	void killEndsQemu() throws IOException, InterruptedException {
		try (QemuSystem qemu = QemuSystem.start(boot, directory)) {
			assertTrue(qemu.isAlive());
			qemu.gdb().kill();
			assertTrue(qemu.awaitExit(Duration.ofSeconds(5)), "QEMU still running after k:\n" + qemu.output());
		}
	}

	@Test
	void closeKillsQemuEvenWhileItRuns() throws IOException {
		QemuSystem qemu = QemuSystem.start(boot, directory);
		try (qemu) {
			qemu.gdb().detach();
		}
		assertFalse(qemu.isAlive());
	}

	private static long littleEndian(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(bytes);
		return buffer.getLong(0);
	}
}
