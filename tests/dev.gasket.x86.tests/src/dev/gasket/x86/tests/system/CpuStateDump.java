package dev.gasket.x86.tests.system;

import java.util.ArrayList;
import java.util.List;

import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;

/** Every architectural register of a {@link CpuState} as text, so two states compare with a readable diff. */
final class CpuStateDump {

	private CpuStateDump() {
	}

	static List<String> of(CpuState cpu) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			lines.add(String.format("r%d=%x", i, cpu.gpr(i)));
		}
		lines.add(String.format("rip=%x rflags=%x cpl=%d", cpu.rip(), cpu.rflags(), cpu.cpl()));
		for (SegmentRegister register : SegmentRegister.values()) {
			lines.add(register + " " + cpu.segment(register));
		}
		lines.add("ldtr " + cpu.ldtr());
		lines.add("tr " + cpu.tr());
		lines.add(String.format("gdtr=%x/%x idtr=%x/%x", cpu.gdtr().base(), cpu.gdtr().limit(), cpu.idtr().base(),
				cpu.idtr().limit()));
		lines.add(String.format("cr0=%x cr2=%x cr3=%x cr4=%x cr8=%x efer=%x", cpu.cr0(), cpu.cr2(), cpu.cr3(), cpu.cr4(), cpu.cr8(),
				cpu.efer()));
		return lines;
	}
}
