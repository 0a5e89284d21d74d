package dev.gasket.x86.tests.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.Segment;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;
import dev.gasket.x86.machine.StopReason;

/**
 * Divergences {@link QemuLockstepTest} found, pinned down without QEMU: the architecturally required result
 * of one instruction each (bytes as GNU as encodes them).
 */
class LockstepRegressionTest {

	private static final long CODE = 0x1000;
	private static final long DATA = 0x2000;

	private final Machine machine = new Machine(CpuModel.LEGACY, 1 << 24);
	private final CpuState cpu = machine.cpu();

	/** Real mode with CS=0 and IP at {@link #CODE}. */
	private void realModeAtCode(int... code) {
		cpu.segment(SegmentRegister.CS).loadReal(0);
		load(code);
	}

	private void load(int... code) {
		for (int i = 0; i < code.length; i++) {
			machine.memory().writeByte(CODE + i, code[i]);
		}
		cpu.setRip(CODE);
	}

	private void step() {
		assertEquals(StopReason.STEP, machine.step().reason());
	}

	@Test
	void movOfA32BitImmediateTo64BitRegisterSignExtends() {
		MachineSetup.longModeIdentity(machine, 0x10_0000);
		load(0x48, 0xc7, 0xc3, 0xff, 0xff, 0xff, 0xff); // mov $-1, %rbx
		step();
		assertEquals(-1L, cpu.gpr(CpuState.RBX));
	}

	@Test
	void lesLoadsOffsetAndRealModeSegment() {
		machine.memory().writeWord(DATA, 0x1234);
		machine.memory().writeWord(DATA + 2, 0x0100);
		realModeAtCode(0xc4, 0x3e, 0x00, 0x20); // les 0x2000, %di
		step();
		assertEquals(0x1234, cpu.reg(CpuState.RDI, 2));
		Segment es = cpu.segment(SegmentRegister.ES);
		assertEquals(0x0100, es.selector());
		assertEquals(0x1000, es.base());
	}

	@Test
	void pushAndPopSsUseSsNotCs() {
		cpu.segment(SegmentRegister.SS).loadReal(0x0300);
		cpu.setGpr(CpuState.RSP, 0x100);
		realModeAtCode(0x16, 0x68, 0x00, 0x04, 0x17); // push %ss; push $0x400; pop %ss
		step();
		assertEquals(0x0300, machine.memory().readWord(0x3000 + 0xfe));
		step();
		step();
		Segment ss = cpu.segment(SegmentRegister.SS);
		assertEquals(0x0400, ss.selector());
		assertEquals(0x4000, ss.base());
		assertEquals(0xfe, cpu.reg(CpuState.RSP, 2));
	}
}
