package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;
import dev.gasket.x86.tests.qemu.FlatImage;

/** Checks the SDM requires that the mode-switching programs never trip: CPUID-gated CR4 bits, expand-down segments, canonical RIP. */
class ArchitecturalChecksTest {

	private static final Path SOURCE = Path.of("resources/exec/architectural_checks.S").toAbsolutePath();
	private static final long LOAD_ADDRESS = 0x10000;
	private static final int FLAT_32 = Segment.P | Segment.S | Segment.DB | Segment.G | Segment.TYPE_WRITABLE_OR_READABLE;

	@TempDir
	Path directory;

	@Test
	void settingCr4La57FaultsWhenCpuidDoesNotReportIt() throws IOException {
		assertEquals(ExceptionVector.GP, faultIn32BitMode("set_la57", CpuidTable.standard(false)).exception().vector());
	}

	@Test
	void settingCr4La57WorksWhenCpuidReportsIt() throws IOException {
		Machine machine = protectedMode32(CpuidTable.standard(true));
		start(machine, "set_la57");
		assertEquals(StopReason.HALTED, machine.run(100).reason());
		assertEquals(0x1000, machine.cpu().cr4() & 0x1000);
	}

	@Test
	void expandDownSegmentRejectsOffsetsUpToItsLimit() throws IOException {
		Machine machine = protectedMode32(CpuidTable.standard(false));
		expandDownDataSegment(machine);
		StopEvent stop = start(machine, "expand_down_below_limit").run(100);
		assertEquals(StopReason.EXCEPTION, stop.reason(), stop::toString);
		assertEquals(ExceptionVector.GP, stop.exception().vector());
	}

	@Test
	void expandDownSegmentAcceptsOffsetsAboveItsLimit() throws IOException {
		Machine machine = protectedMode32(CpuidTable.standard(false));
		expandDownDataSegment(machine);
		StopEvent stop = start(machine, "expand_down_above_limit").run(100);
		assertEquals(StopReason.HALTED, stop.reason(), stop::toString);
		assertEquals(0x1234, machine.cpu().gpr(CpuState.RBX));
		assertEquals(0x1234, machine.memory().readDword(0x2000));
	}

	@Test
	void fetchingFromANonCanonicalAddressIsAGeneralProtectionFault() throws IOException {
		Machine machine = new Machine(CpuModel.LEGACY, 16L << 20);
		MachineSetup.longModeIdentity(machine, 0x100000);
		machine.setStopOnException(true);
		StopEvent stop = start(machine, "fall_off_canonical").run(100);
		assertEquals(StopReason.EXCEPTION, stop.reason(), stop::toString);
		assertEquals(ExceptionVector.GP, stop.exception().vector());
	}

	private StopEvent faultIn32BitMode(String entry, CpuidTable cpuid) throws IOException {
		Machine machine = protectedMode32(cpuid);
		StopEvent stop = start(machine, entry).run(100);
		assertEquals(StopReason.EXCEPTION, stop.reason(), stop::toString);
		return stop;
	}

	/** Flat 32-bit protected mode at CPL 0 without paging, set directly as firmware would leave it. */
	private static Machine protectedMode32(CpuidTable cpuid) {
		Machine machine = new Machine(CpuModel.LEGACY, 16L << 20, cpuid);
		CpuState cpu = machine.cpu();
		cpu.setCr0(0x11);
		cpu.segment(SegmentRegister.CS).load(0x08, 0, 0xffffffffL, FLAT_32 | Segment.TYPE_CODE);
		for (SegmentRegister data : new SegmentRegister[] { SegmentRegister.DS, SegmentRegister.ES, SegmentRegister.SS }) {
			cpu.segment(data).load(0x10, 0, 0xffffffffL, FLAT_32);
		}
		machine.controlRegistersChanged();
		machine.setStopOnException(true);
		return machine;
	}

	private static void expandDownDataSegment(Machine machine) {
		machine.cpu().segment(SegmentRegister.DS).load(0x10, 0, 0xfff, FLAT_32 | Segment.TYPE_CONFORMING_OR_EXPAND_DOWN);
	}

	private Machine start(Machine machine, String entry) throws IOException {
		FlatImage image = FlatImage.build(SOURCE, directory, LOAD_ADDRESS, entry);
		machine.memory().write(LOAD_ADDRESS, image.bytes());
		machine.cpu().setRip(image.symbol(entry));
		return machine;
	}
}
