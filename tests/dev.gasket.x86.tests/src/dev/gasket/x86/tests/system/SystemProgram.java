package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;
import dev.gasket.x86.tests.qemu.FlatImage;
import dev.gasket.x86.tests.qemu.MemoryImage;
import dev.gasket.x86.tests.qemu.RealModeBoot;

/**
 * A program from {@code resources/system}, assembled and linked by binutils, loaded into a new {@link Machine}.
 * Either the machine starts from power-on and a reset stub far-jumps to the program's real-mode entry, or it
 * starts in 64-bit mode with {@link MachineSetup#longModeIdentity} page tables, as firmware hands over to an
 * X86S-style 64-bit entry.
 */
final class SystemProgram {

	/** Above the real-mode IVT and BIOS data area; programs entered in real mode must start below 64 KiB. */
	static final long LOAD_ADDRESS = 0x8000;
	/** Sparse RAM up to 4 GiB, so the reset stub can sit where the reset vector points. */
	static final long MEMORY_BYTES = 1L << 32;
	/** Where {@link MachineSetup#longModeIdentity} puts its page tables and GDT: above every program image. */
	static final long FIRMWARE_TABLES = 0x10_0000;
	/** Every program here halts long before this; reaching it means it went astray. */
	static final long INSTRUCTION_LIMIT = 200_000;

	private static final Path DIRECTORY = Path.of("resources", "system");

	private final FlatImage image;
	private final Machine machine;

	private SystemProgram(FlatImage image, Machine machine) {
		this.image = image;
		this.machine = machine;
	}

	/** Builds {@code source} and powers on a machine whose reset stub jumps to {@code entry} in real mode. */
	static SystemProgram bootFromReset(String source, Path directory, String entry, CpuModel model, CpuidTable cpuid)
			throws IOException {
		RealModeBoot boot = RealModeBoot.build(file(source), directory, LOAD_ADDRESS, entry, includeOptions());
		Machine machine = new Machine(model, MEMORY_BYTES, cpuid);
		for (MemoryImage region : boot.memory()) {
			machine.memory().write(region.physicalAddress(), region.contents());
		}
		return new SystemProgram(boot.program(), machine);
	}

	static SystemProgram bootFromReset(String source, Path directory, String entry) throws IOException {
		return bootFromReset(source, directory, entry, CpuModel.LEGACY, CpuidTable.standard(false));
	}

	/** Builds {@code source} and starts it at {@code entry} in 64-bit mode with the first 4 GiB identity-mapped. */
	static SystemProgram startIn64BitMode(String source, Path directory, String entry, CpuModel model, CpuidTable cpuid)
			throws IOException {
		FlatImage image = FlatImage.build(file(source), directory, LOAD_ADDRESS, entry, includeOptions());
		if (LOAD_ADDRESS + image.size() > FIRMWARE_TABLES) {
			throw new IllegalArgumentException(source + " overlaps the firmware page tables at 0x" + Long.toHexString(FIRMWARE_TABLES));
		}
		Machine machine = new Machine(model, MEMORY_BYTES, cpuid);
		machine.memory().write(LOAD_ADDRESS, image.bytes());
		MachineSetup.longModeIdentity(machine, FIRMWARE_TABLES);
		machine.cpu().setRip(image.symbol(entry));
		return new SystemProgram(image, machine);
	}

	private static Path file(String name) {
		Path file = DIRECTORY.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("test resource " + file.toAbsolutePath()
					+ " not found; tests must run with the dev.gasket.x86.tests module directory as working directory");
		}
		return file.toAbsolutePath();
	}

	private static String[] includeOptions() {
		return new String[] { "-I", DIRECTORY.toAbsolutePath().toString() };
	}

	Machine machine() {
		return machine;
	}

	FlatImage image() {
		return image;
	}

	long symbol(String name) {
		return image.symbol(name);
	}

	long qword(String symbol) {
		return machine.memory().readQword(symbol(symbol));
	}

	long dword(String symbol) {
		return machine.memory().readDword(symbol(symbol));
	}

	String console() {
		return machine.ports().debugConsole().output();
	}

	/** Runs to the program's final {@code hlt}, failing with the stop and the console output otherwise. */
	StopEvent runToHalt() {
		StopEvent stop = machine.run(INSTRUCTION_LIMIT);
		assertEquals(StopReason.HALTED, stop.reason(), () -> "expected hlt, got " + stop + "; console: " + console());
		return stop;
	}
}
