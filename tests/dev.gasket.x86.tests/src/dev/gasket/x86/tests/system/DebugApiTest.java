package dev.gasket.x86.tests.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.cpu.CpuState;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSnapshot;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;
import dev.gasket.x86.machine.Watchpoint;

/** The debugger's view of {@code debug_api.S}: breakpoints, watchpoints, stop on exception, snapshots, stepping. */
class DebugApiTest {

	/** What {@link dev.gasket.x86.machine.MachineSetup#longModeIdentity} writes: six tables and a GDT. */
	private static final int FIRMWARE_TABLE_BYTES = 7 * 4096;

	private SystemProgram program;
	private Machine machine;

	@BeforeEach
	void start(@TempDir Path directory) throws IOException {
		program = SystemProgram.startIn64BitMode("debug_api.S", directory, "debug_entry", CpuModel.LEGACY,
				CpuidTable.standard(false));
		machine = program.machine();
	}

	@Test
	void breakpointStopsBeforeTheInstructionAndContinuingMovesOn() {
		long loop = program.symbol("counting_loop");
		machine.addBreakpoint(loop);
		for (int iteration = 0; iteration < program.symbol("LOOP_COUNT"); iteration++) {
			StopEvent stop = run(StopReason.BREAKPOINT);
			assertEquals(loop, stop.address());
			assertEquals(loop, machine.cpu().rip());
			assertEquals(iteration, machine.cpu().gpr(CpuState.RCX), "the incl at the breakpoint has not run yet");
		}
		machine.removeBreakpoint(loop);
		machine.addBreakpoint(program.symbol("watched_store"));
		run(StopReason.BREAKPOINT);
		assertEquals(0, program.qword("watched"), "the store at the breakpoint has not run yet");
		program.runToHalt();
		assertEquals(program.symbol("LOOP_COUNT"), program.dword("loop_result"));
	}

	@Test
	void breakpointOnARepMovsbStopsOnceForTheWholeCopy() {
		long copy = program.symbol("copy");
		machine.addBreakpoint(copy);
		run(StopReason.BREAKPOINT);
		assertEquals(program.symbol("copy_length"), machine.cpu().gpr(CpuState.RCX), "no byte copied yet");
		machine.addBreakpoint(program.symbol("after_copy"));
		run(StopReason.BREAKPOINT);
		assertEquals(program.symbol("after_copy"), machine.cpu().rip(), "continuing ran every iteration without stopping at copy again");
		assertEquals(0, machine.cpu().gpr(CpuState.RCX));
	}

	@Test
	void writeWatchpointStopsAfterTheWritingInstruction() {
		long watched = program.symbol("watched");
		machine.addWatchpoint(new Watchpoint(watched, 8, Watchpoint.Kind.WRITE));
		StopEvent stop = run(StopReason.WATCHPOINT);
		assertEquals(watched, stop.address());
		assertEquals(program.symbol("after_watched_store"), machine.cpu().rip());
		assertEquals(program.symbol("STORED_VALUE"), program.qword("watched"), "the write is done");
		program.runToHalt();
	}

	@Test
	void readWatchpointIgnoresTheStoreAndStopsAfterTheLoad() {
		machine.addWatchpoint(new Watchpoint(program.symbol("watched"), 8, Watchpoint.Kind.READ));
		run(StopReason.WATCHPOINT);
		assertEquals(program.symbol("after_watched_load"), machine.cpu().rip());
	}

	@Test
	void watchpointInsideARepMovsbStopsAfterTheIterationThatWroteThere() {
		int byteIndex = 3;
		long target = program.symbol("copy_destination") + byteIndex;
		machine.addWatchpoint(new Watchpoint(target, 1, Watchpoint.Kind.WRITE));
		StopEvent stop = run(StopReason.WATCHPOINT);
		assertEquals(target, stop.address());
		assertEquals(program.symbol("copy"), machine.cpu().rip(), "the rep movsb has iterations left");
		assertEquals(program.symbol("copy_length") - byteIndex - 1, machine.cpu().gpr(CpuState.RCX));
	}

	@Test
	void stopOnExceptionStopsAtTheFaultingInstructionAndResumingDeliversIt() {
		machine.setStopOnException(true);
		StopEvent stop = run(StopReason.EXCEPTION);
		assertEquals(ExceptionVector.UD, stop.exception().vector());
		assertEquals(program.symbol("undefined_instruction"), stop.rip());
		assertEquals(0, program.dword("invalid_opcode_count"), "not delivered yet");
		program.runToHalt();
		assertEquals(1, program.dword("invalid_opcode_count"));
		assertEquals(program.symbol("halt") + 1, machine.cpu().rip());
	}

	@Test
	void stepAfterAnExceptionStopEntersTheHandler() {
		machine.setStopOnException(true);
		run(StopReason.EXCEPTION);
		assertEquals(StopReason.STEP, machine.step().reason());
		assertEquals(program.symbol("invalid_opcode_handler"), machine.cpu().rip());
		assertEquals(program.symbol("undefined_instruction"), machine.memory().readQword(machine.cpu().gpr(CpuState.RSP)),
				"the frame holds the faulting RIP");
	}

	@Test
	void snapshotRestoreReturnsRegistersAndMemoryByteIdentical() {
		machine.addBreakpoint(program.symbol("copy"));
		run(StopReason.BREAKPOINT);
		machine.removeBreakpoint(program.symbol("copy"));
		MachineSnapshot snapshot = machine.snapshot();
		List<String> registers = CpuStateDump.of(machine.cpu());
		byte[] memory = image();
		long retired = machine.instructionCount();

		program.runToHalt();
		List<String> finalRegisters = CpuStateDump.of(machine.cpu());
		byte[] finalMemory = image();
		assertNotEquals(registers, finalRegisters);
		assertNotEquals(Arrays.toString(memory), Arrays.toString(finalMemory));

		machine.restore(snapshot);
		assertEquals(registers, CpuStateDump.of(machine.cpu()));
		assertArrayEquals(memory, image());
		assertEquals(retired, machine.instructionCount());

		program.runToHalt();
		assertEquals(finalRegisters, CpuStateDump.of(machine.cpu()), "running again from the snapshot ends the same way");
		assertArrayEquals(finalMemory, image());
	}

	@Test
	void repMovsbTakesOneStepPerIteration() {
		long copy = program.symbol("copy");
		machine.addBreakpoint(copy);
		run(StopReason.BREAKPOINT);
		CpuState cpu = machine.cpu();
		long length = program.symbol("copy_length");
		long source = program.symbol("copy_source"), destination = program.symbol("copy_destination");
		byte[] text = machine.memory().read(source, (int) length);
		for (int done = 1; done <= length; done++) {
			long retired = machine.instructionCount();
			assertEquals(StopReason.STEP, machine.step().reason());
			assertEquals(retired + 1, machine.instructionCount());
			assertEquals(length - done, cpu.gpr(CpuState.RCX));
			assertEquals(source + done, cpu.gpr(CpuState.RSI));
			assertEquals(destination + done, cpu.gpr(CpuState.RDI));
			assertEquals(text[done - 1], (byte) machine.memory().readByte(destination + done - 1));
			assertEquals(done < length ? copy : program.symbol("after_copy"), cpu.rip(), "iteration " + done);
		}
		assertEquals(0, machine.memory().readByte(destination + length), "nothing copied beyond the count");
	}

	private StopEvent run(StopReason expected) {
		StopEvent stop = machine.run(SystemProgram.INSTRUCTION_LIMIT);
		assertEquals(expected, stop.reason(), stop::toString);
		return stop;
	}

	/** The program and the firmware's page tables (whose accessed and dirty bits the CPU sets). */
	private byte[] image() {
		byte[] program = machine.memory().read(SystemProgram.LOAD_ADDRESS, this.program.image().size());
		byte[] tables = machine.memory().read(SystemProgram.FIRMWARE_TABLES, FIRMWARE_TABLE_BYTES);
		byte[] both = Arrays.copyOf(program, program.length + tables.length);
		System.arraycopy(tables, 0, both, program.length, tables.length);
		return both;
	}
}
