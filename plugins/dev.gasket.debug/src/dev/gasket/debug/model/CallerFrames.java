package dev.gasket.debug.model;

import java.util.ArrayList;
import java.util.List;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.ProgramImage;
import dev.gasket.x86.cpu.CpuMode;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.Machine;

/**
 * A best-effort call chain: assembly code has no frame records, so the stack is scanned for values that look like
 * return addresses — addresses in the program's line table right after a near call instruction.
 */
final class CallerFrames {

	/** How far up the stack to look, in slots. */
	private static final int SCAN_SLOTS = 256;
	private static final int MAX_CALLERS = 32;
	/** E8 rel16/rel32: the call lengths of its 16- and 32/64-bit forms. */
	private static final int CALL_REL = 0xe8;
	/** FF /2: an indirect near call, two to seven bytes long. */
	private static final int CALL_INDIRECT = 0xff;
	private static final int LONGEST_INDIRECT_CALL = 7;

	private CallerFrames() {
	}

	/** The top frame at {@code address} (where the CPU stopped), then the callers found on the stack, innermost first. */
	static List<FrameInfo> of(DebugSession session, long address) {
		Machine machine = session.machine();
		ProgramImage program = session.program();
		List<FrameInfo> frames = new ArrayList<>();
		frames.add(frame(program, address));
		CpuMode mode = machine.cpu().mode();
		int width = slotWidth(mode);
		long stack = stackPointer(machine.cpu(), width);
		// outside 64-bit mode a return address is an offset in the code segment
		long codeBase = mode == CpuMode.LONG_64 ? 0 : machine.cpu().segment(SegmentRegister.CS).base();
		for (int slot = 0; slot < SCAN_SLOTS && frames.size() <= MAX_CALLERS; slot++) {
			byte[] bytes;
			try {
				bytes = machine.readLinear(stack + (long) slot * width, width);
			} catch (RuntimeException unmapped) {
				break;
			}
			long value = codeBase + littleEndian(bytes);
			long call = callBefore(machine, program, value, width);
			if (call >= 0) {
				frames.add(frame(program, call));
			}
		}
		return frames;
	}

	private static FrameInfo frame(ProgramImage program, long address) {
		return new FrameInfo(address, program.location(address), program.describe(address));
	}

	/** The address of the call instruction that {@code returnAddress} follows, or -1 if it follows none. */
	private static long callBefore(Machine machine, ProgramImage program, long returnAddress, int width) {
		if (returnAddress <= LONGEST_INDIRECT_CALL || program.location(returnAddress - 1).isEmpty()) {
			return -1;
		}
		byte[] before;
		try {
			before = machine.readLinear(returnAddress - LONGEST_INDIRECT_CALL, LONGEST_INDIRECT_CALL);
		} catch (RuntimeException unmapped) {
			return -1;
		}
		int relativeLength = width == 2 ? 3 : 5;
		if ((before[LONGEST_INDIRECT_CALL - relativeLength] & 0xff) == CALL_REL) {
			return returnAddress - relativeLength;
		}
		for (int length = 2; length <= LONGEST_INDIRECT_CALL; length++) {
			int opcode = LONGEST_INDIRECT_CALL - length;
			boolean callGroup = ((before[opcode + 1] >> 3) & 7) == 2;
			if ((before[opcode] & 0xff) == CALL_INDIRECT && callGroup) {
				return returnAddress - length;
			}
		}
		return -1;
	}

	private static int slotWidth(CpuMode mode) {
		return switch (mode) {
			case LONG_64 -> 8;
			case PROTECTED_32, COMPATIBILITY -> 4;
			case REAL, PROTECTED_16 -> 2;
		};
	}

	private static long stackPointer(CpuState cpu, int width) {
		long rsp = cpu.gpr(CpuState.RSP);
		if (width == 8) {
			return rsp;
		}
		long mask = width == 4 ? 0xffffffffL : 0xffffL;
		return (cpu.segment(SegmentRegister.SS).base() + (rsp & mask)) & 0xffffffffL;
	}

	private static long littleEndian(byte[] bytes) {
		long value = 0;
		for (int i = bytes.length - 1; i >= 0; i--) {
			value = (value << 8) | (bytes[i] & 0xff);
		}
		return value;
	}
}
