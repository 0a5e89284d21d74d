package dev.gasket.x86.tests.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a program is put into QEMU's memory and started in real mode.
 * <p>
 * Chosen set-up, for QEMU 7.2's {@code pc} machine: the program is linked at a RAM address below 64 KiB and
 * placed there with {@code -device loader,file=...,addr=...,force-raw=on}; a 64 KiB reset stub replaces the
 * firmware through {@code -bios}. QEMU maps a BIOS image just below 4 GiB (read-only) and its last 128 KiB,
 * here all 64 KiB, also below 1 MiB (0xF0000). The CPU leaves reset at F000:FFF0 with CS.base 0xFFFF0000, so
 * it fetches the stub's last 16 bytes, where one {@code ljmp $0, $entry} enters the program with CS=0.
 * <p>
 * Why not the alternatives: the default SeaBIOS would run thousands of instructions and leave state that
 * depends on its version; putting the whole program in the {@code -bios} image would make its data, GDT and
 * page tables read-only (the CPU sets accessed bits in descriptors and page tables); and the loader's
 * {@code cpu-num} option sets only EIP, not CS, so it cannot start real-mode code outside the F000 segment.
 * Every register except CS:IP keeps its reset value (QEMU's, e.g. EDX holds the CPUID signature), which the
 * first trace snapshot records.
 */
public final class RealModeBoot {

	/** Guest RAM; the program's identity map covers exactly this much. */
	public static final long RAM_BYTES = 2L << 20;
	/** Where QEMU maps a 64 KiB {@code -bios} image below 4 GiB; the reset vector is its last paragraph. */
	public static final long RESET_STUB_HIGH_ADDRESS = 0xffff_0000L;
	/** The same image's alias in the legacy BIOS area below 1 MiB. */
	public static final long RESET_STUB_LOW_ADDRESS = 0xf_0000L;
	public static final int RESET_STUB_SIZE = 0x1_0000;

	private final FlatImage resetStub;
	private final FlatImage program;

	private RealModeBoot(FlatImage resetStub, FlatImage program) {
		this.resetStub = resetStub;
		this.program = program;
	}

	/**
	 * Builds the program from {@code source} at {@code loadAddress} and a reset stub that jumps to
	 * {@code entry}, both in {@code directory}.
	 */
	public static RealModeBoot build(Path source, Path directory, long loadAddress, String entry) throws IOException {
		return build(source, directory, loadAddress, entry, new String[0]);
	}

	/** As {@link #build(Path, Path, long, String)}, with extra assembler options for the program (e.g. {@code -I}). */
	public static RealModeBoot build(Path source, Path directory, long loadAddress, String entry, String... asOptions)
			throws IOException {
		FlatImage program = FlatImage.build(source, directory, loadAddress, entry, asOptions);
		long entryAddress = program.symbol(entry);
		if (entryAddress > 0xffff) {
			throw new IllegalArgumentException(entry + " at " + Long.toHexString(entryAddress)
					+ " is not reachable with CS=0; link the program below 64 KiB");
		}
		if (program.loadAddress() + program.size() > RAM_BYTES) {
			throw new IllegalArgumentException(source + " does not fit in " + RAM_BYTES + " bytes of RAM");
		}
		FlatImage stub = FlatImage.build(QemuResources.file("reset_stub.S"), directory, RESET_STUB_LOW_ADDRESS,
				"reset_vector", "--defsym", "PROGRAM_ENTRY=0x" + Long.toHexString(entryAddress));
		if (stub.size() != RESET_STUB_SIZE) {
			throw new IllegalStateException("reset stub is " + stub.size() + " bytes; -bios needs exactly 64 KiB");
		}
		return new RealModeBoot(stub, program);
	}

	public FlatImage program() {
		return program;
	}

	public FlatImage resetStub() {
		return resetStub;
	}

	/** Every initialised region of physical memory; all other RAM starts zeroed. */
	public List<MemoryImage> memory() {
		return List.of(
				new MemoryImage("reset stub (BIOS ROM)", RESET_STUB_HIGH_ADDRESS, resetStub.bytes(), true),
				new MemoryImage("reset stub (legacy BIOS alias)", RESET_STUB_LOW_ADDRESS, resetStub.bytes(), true),
				new MemoryImage("program", program.loadAddress(), program.bytes(), false));
	}

	/** The QEMU options that place the images; the raw files are written to {@code directory}. */
	List<String> qemuArguments(Path directory) throws IOException {
		Path bios = Files.write(directory.resolve("reset-stub.rom"), resetStub.bytes());
		Path image = Files.write(directory.resolve("program.img"), program.bytes());
		return List.of("-bios", bios.toString(), "-device",
				"loader,file=" + image + ",addr=0x" + Long.toHexString(program.loadAddress()) + ",force-raw=on");
	}
}
