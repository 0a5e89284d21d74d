package dev.gasket.debug.tests.model.state;

import static dev.gasket.debug.tests.model.state.TrampolineSessions.named;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.runTo;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.target;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IIndexedValue;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.model.state.MachineStateView;

/** The Variables view's data symbols of the trampoline, started as in scenario (b): the AP stays in 64-bit mode. */
class DataSymbolsTest {

	/** boot.h: EFER_LME | EFER_NX, tr_efer's default. */
	private static final long TR_EFER = 0x100 | 0x800;

	@TempDir
	Path work;

	private DebugSession session;
	private MachineStateView view;

	@BeforeEach
	void start() throws Exception {
		session = TrampolineSessions.fourLevelOnLegacy(work);
		view = new MachineStateView(target(() -> true), session);
		view.suspended();
	}

	private IVariable symbol(String name) throws DebugException {
		return named(view.dataSymbols(null), name);
	}

	private long address(String symbol) {
		return session.program().symbol(symbol).orElseThrow().value();
	}

	@Test
	void dataAndBssSymbolsSortedByAddressWithoutCodeOrLinkerSymbols() throws DebugException {
		List<String> names = Arrays.stream(view.dataSymbols(null)).map(TrampolineSessions::name).toList();
		assertTrue(names.containsAll(List.of("kernel_online_4level", "tr_gdt", "tr_gdt32", "tr_idt", "tr_pml4", "tr_start",
				"trampoline_header", "tr_efer", "tr_cr4", "tr_flags", "tr_lock", "tr_stack", "tr_stack_end")), names::toString);
		for (String excluded : List.of("trampoline_start64", "lock_spin64", "__bss_start", "_edata", "_end")) {
			assertFalse(names.contains(excluded), excluded);
		}
		List<Long> addresses = names.stream().map(this::address).toList();
		assertEquals(addresses.stream().sorted().toList(), addresses);
	}

	@Test
	void fourByteSymbolIsAnIntegerOfItsSize() throws DebugException {
		IVariable cr4 = symbol("tr_cr4");
		assertEquals("uint32", cr4.getReferenceTypeName());
		assertEquals("0x00000000", value(cr4));
		assertEquals(String.format("0x%016x", TR_EFER), value(symbol("tr_efer")), "not a code address: no symbol");
	}

	@Test
	void anEightByteCodeAddressNamesItsSymbol() throws DebugException {
		IVariable start = symbol("tr_start");
		assertEquals("uint64", start.getReferenceTypeName());
		assertEquals(String.format("0x%016x <kernel_entry>", address("kernel_entry")), value(start));
	}

	@Test
	void otherSizesAreByteArrays() throws DebugException {
		IVariable gdt = symbol("tr_gdt");
		assertEquals("byte[32]", gdt.getReferenceTypeName());
		IIndexedValue bytes = assertInstanceOf(IIndexedValue.class, gdt.getValue());
		assertEquals(32, bytes.getSize());
		// the second quad, __KERNEL32_CS, is 0x00cf9b000000ffff: byte 6 of it is 0xcf
		assertEquals("0xcf", value(bytes.getVariable(8 + 6)));
		assertEquals("[14]", bytes.getVariable(14).getName());
		assertTrue(value(gdt).startsWith("00 00 00 00 00 00 00 00 ff ff 00 00 00 9b cf 00"), value(gdt));
		assertThrows(DebugException.class, () -> bytes.getVariable(32));
		assertEquals("label", symbol("kernel_online_4level").getReferenceTypeName());
	}

	@Test
	void settingASymbolWritesItThroughTheEngine() throws DebugException {
		IVariable cr4 = symbol("tr_cr4");
		assertTrue(cr4.supportsValueModification());
		cr4.setValue("0x1000");
		assertEquals(0x1000, session.evaluate("tr_cr4"));
		assertEquals("0x00001000", value(cr4));

		IVariable lowLimit = ((IIndexedValue) symbol("tr_gdt").getValue()).getVariable(8);
		lowLimit.setValue("0x7f");
		assertEquals(0x7f, session.machine().memory().readByte(address("tr_gdt") + 8));
		assertThrows(DebugException.class, () -> lowLimit.setValue("0x100"));
		assertFalse(symbol("tr_gdt").supportsValueModification(), "arrays change byte by byte");
	}

	@Test
	void theLockShowsAsChangedAfterTheApTookIt() throws DebugException {
		runTo(session, "lock_taken64");
		view.suspended();

		assertEquals("0x00000001", value(symbol("tr_lock")));
		assertTrue(symbol("tr_lock").hasValueChanged());
		assertFalse(symbol("tr_cr4").hasValueChanged());
		assertFalse(symbol("tr_pd").hasValueChanged());
	}
}
