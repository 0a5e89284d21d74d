package dev.gasket.x86.tests.lockstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
	void smswAndStrIntoA32BitRegisterStoreZeroExtendedValues() {
		MachineSetup.longModeIdentity(machine, 0x10_0000);
		cpu.setGpr(CpuState.RAX, -1);
		cpu.setGpr(CpuState.RCX, -1);
		load(0x0f, 0x01, 0xe0, 0x0f, 0x00, 0xc9); // smsw %eax; str %ecx
		step();
		step();
		assertEquals(cpu.cr0() & 0xffffffffL, cpu.gpr(CpuState.RAX));
		assertEquals(cpu.tr().selector(), cpu.gpr(CpuState.RCX));
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

	@Test
	void iretToCpl3NullsDataSegmentsWithDpl0() {
		long gdt = 0x3000;
		machine.memory().writeQword(gdt + 0x08, 0x00cf9b000000ffffL); // code, DPL 0
		machine.memory().writeQword(gdt + 0x10, 0x00cf93000000ffffL); // data, DPL 0
		machine.memory().writeQword(gdt + 0x18, 0x00cffb000000ffffL); // code, DPL 3
		machine.memory().writeQword(gdt + 0x20, 0x00cff3000000ffffL); // data, DPL 3
		cpu.gdtr().load(gdt, 0x27);
		cpu.setCr0(0x60000011L);
		cpu.segment(SegmentRegister.CS).load(0x08, 0, 0xffffffffL, 0xc9b);
		for (SegmentRegister data : new SegmentRegister[] { SegmentRegister.SS, SegmentRegister.DS, SegmentRegister.ES }) {
			cpu.segment(data).load(0x10, 0, 0xffffffffL, 0xc93);
		}
		cpu.segment(SegmentRegister.FS).load(0x23, 0, 0xffffffffL, 0xcf3);
		machine.controlRegistersChanged();
		long frame = 0x5000;
		long[] slots = { 0x1100, 0x1b, 0x2, 0x6000, 0x23 }; // EIP, CS, EFLAGS, ESP, SS of CPL 3
		for (int i = 0; i < slots.length; i++) {
			machine.memory().writeDword(frame + 4L * i, slots[i]);
		}
		cpu.setGpr(CpuState.RSP, frame);
		load(0xcf); // iret
		step();
		assertEquals(3, cpu.cpl());
		assertEquals(0, cpu.segment(SegmentRegister.DS).selector());
		assertFalse(cpu.segment(SegmentRegister.DS).usable());
		assertEquals(0, cpu.segment(SegmentRegister.ES).selector());
		assertEquals(0x23, cpu.segment(SegmentRegister.FS).selector(), "DPL 3 data stays usable");
	}
}
