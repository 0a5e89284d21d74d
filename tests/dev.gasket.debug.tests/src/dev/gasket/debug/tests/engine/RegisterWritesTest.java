package dev.gasket.debug.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.engine.SessionSettings;
import dev.gasket.debug.engine.StartState;
import dev.gasket.toolchain.build.BuildSettings;
import dev.gasket.x86.cpu.SegmentRegister;
import dev.gasket.x86.machine.MachineSetup;

/**
 * Registers a debugger's user sets through {@code assign}: system registers and segment registers are written
 * with the checks of the instruction that would write them, and a refusal says what the CPU would raise.
 */
class RegisterWritesTest {

	private static final Path SOURCE = Path.of("resources/engine/session.S").toAbsolutePath();

	@TempDir
	Path work;

	private DebugSession session;

	@BeforeEach
	void start() throws Exception {
		session = DebugSession.start(SessionSettings.of(BuildSettings.of(List.of(SOURCE))).withStart(StartState.LONG4), work);
	}

	private String refusal(String assignment) {
		return assertThrows(IllegalArgumentException.class, () -> session.assign(assignment)).getMessage();
	}

	@Test
	void la57CannotChangeWhileIa32eModeIsActive() {
		String message = refusal("%cr4=%cr4 | 0x1000");
		assertTrue(message.contains("%cr4") && message.contains("#GP") && message.contains("LA57"), message);
		assertEquals(0x20, session.evaluate("%cr4"), "unchanged");
	}

	@Test
	void pagingCannotBeTurnedOffIn64BitMode() {
		String message = refusal("%cr0=0x11");
		assertTrue(message.contains("compatibility mode"), message);
	}

	@Test
	void eferTakesItsWritableBitsAndKeepsLma() {
		session.assign("%efer=%efer | 0x800");
		assertEquals(0xd00, session.evaluate("%efer"), "NXE added to LME and LMA");
		session.assign("%cr3=%cr3");
		assertEquals(0xd00, session.evaluate("%efer"));
	}

	@Test
	void dataSegmentsLoadTheirDescriptorAndBadSelectorsFault() {
		session.assign("%es=" + MachineSetup.DATA_SELECTOR);
		assertEquals(MachineSetup.DATA_SELECTOR, session.machine().cpu().segment(SegmentRegister.ES).selector());

		String beyond = refusal("%ds=0x50");
		assertTrue(beyond.contains("#GP(0x50)") && beyond.contains("limit"), beyond);
		assertTrue(refusal("%cs=0x18").contains("far jump"), "mov to CS does not exist");
	}

	@Test
	void instructionPointerHasItsNarrowNames() {
		session.assign("%rip=0x123456789");
		assertEquals(0x23456789, session.evaluate("%eip"));
		assertEquals(0x6789, session.evaluate("%ip"));
		session.assign("%eip=0xffffffff00001000");
		assertEquals(0x1000, session.evaluate("%rip"), "a 32-bit instruction pointer zero-extends");
	}

	@Test
	void unknownRegistersAreRefused() {
		assertTrue(refusal("%xmm0=1").contains("cannot set register %xmm0"));
	}
}
