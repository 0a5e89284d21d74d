package dev.gasket.debug.tests.model.state;

import static dev.gasket.debug.tests.model.state.TrampolineSessions.child;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.register;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.runTo;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.target;
import static dev.gasket.debug.tests.model.state.TrampolineSessions.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.debug.engine.DebugSession;
import dev.gasket.debug.model.state.MachineStateView;

/**
 * The Registers view's groups on the trampoline's scenario (d): it starts in 64-bit mode with the firmware's
 * 4-level paging and goes through compatibility mode to turn on the 5-level paging {@code tr_cr4} asks for.
 */
class RegisterGroupsTest {

	/** boot.h's selectors into tr_gdt. */
	private static final String KERNEL32_CS = "0x0008", KERNEL_CS = "0x0010", KERNEL_DS = "0x0018";

	@TempDir
	Path work;

	private DebugSession session;
	private MachineStateView view;
	private boolean suspended = true;

	@BeforeEach
	void start() throws Exception {
		session = TrampolineSessions.fiveLevelOnLegacy(work);
		view = new MachineStateView(target(() -> suspended), session);
		view.suspended();
	}

	private IRegisterGroup[] groups() {
		return view.registerGroups(null);
	}

	private IVariable register(String group, String name) throws DebugException {
		return TrampolineSessions.register(groups(), group, name);
	}

	private long address(String symbol) {
		return session.program().symbol(symbol).orElseThrow().value();
	}

	private static List<String> names(IVariable[] variables) {
		return Arrays.stream(variables).map(TrampolineSessions::name).toList();
	}

	private void step(int instructions) {
		for (int i = 0; i < instructions; i++) {
			session.stepInstruction();
		}
		view.suspended();
	}

	@Test
	void groupsAreTheIssuesInItsOrder() throws DebugException {
		List<String> names = Arrays.stream(groups()).map(group -> {
			try {
				return group.getName();
			} catch (DebugException e) {
				throw new AssertionError(e);
			}
		}).toList();
		assertEquals(List.of("General", "Flags", "Segments", "Control", "MSRs", "Descriptor tables", "Mode"), names);
	}

	@Test
	void in64BitModeTheGeneralRegistersAreRaxToR15AndRipNamesItsSymbol() throws DebugException {
		IRegisterGroup general = groups()[0];
		assertEquals(List.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12", "r13", "r14",
				"r15", "rip"), names(general.getRegisters()));
		assertEquals(String.format("0x%016x <trampoline_start64>", address("trampoline_start64")), value(register("General", "rip")));
		assertTrue(value(register("General", "rsp")).matches("0x[0-9a-f]{16}"), "64 bits wide");
		assertEquals("64-bit", value(register("Mode", "mode")));
	}

	@Test
	void inCompatibilityModeTheyAreEaxToEspAndEip() throws DebugException {
		runTo(session, "trampoline_compat");
		view.suspended();

		assertEquals(List.of("eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp", "eip"), names(groups()[0].getRegisters()));
		assertEquals(String.format("0x%08x <trampoline_compat>", address("trampoline_compat")), value(register("General", "eip")));
		assertEquals("compatibility", value(register("Mode", "mode")));
		IVariable cs = register("Segments", "cs");
		assertTrue(value(cs).startsWith(KERNEL32_CS + " (32-bit code"), value(cs));
		assertEquals("0", value(child(cs, "L")));
		assertEquals("1", value(child(cs, "D/B")));
	}

	@Test
	void cr4ShowsLa57OnceTheTrampolineHasSetIt() throws DebugException {
		IVariable cr4 = register("Control", "cr4");
		assertEquals("0x00000020 [PAE]", value(cr4), "the firmware's 4-level paging");
		assertEquals("0", value(child(cr4, "LA57")));

		runTo(session, "lock_spin64");
		view.suspended();

		cr4 = register("Control", "cr4");
		assertEquals("0x00001020 [LA57 PAE]", value(cr4));
		assertEquals("1", value(child(cr4, "LA57")));
		assertEquals("1", value(child(cr4, "PAE")));
		assertTrue(cr4.hasValueChanged());
		assertEquals("5-level", value(register("Mode", "paging")));
		assertEquals(String.format("0x%016x", address("tr_pml5")), value(register("Control", "cr3")));
	}

	@Test
	void eferHasLmeAndLmaInLongMode() throws DebugException {
		IVariable efer = register("MSRs", "efer");
		assertEquals("0x00000500 [LMA LME]", value(efer));
		assertEquals("1", value(child(efer, "LME")));
		assertEquals("1", value(child(efer, "LMA")));
		assertEquals("0", value(child(efer, "NXE")), "only the real-mode path adds tr_efer's NX");
	}

	@Test
	void the64BitCodeSegmentsCacheHasL() throws DebugException {
		IVariable cs = register("Segments", "cs");
		assertEquals(List.of("base", "limit", "attributes", "type", "DPL", "P", "L", "D/B", "G"), names(cs.getValue().getVariables()));
		assertEquals("1", value(child(cs, "L")));
		assertEquals("0", value(child(cs, "D/B")));
		assertEquals("0", value(child(cs, "DPL")));
		assertEquals("0x0", value(child(cs, "base")));
		assertTrue(value(cs).contains("64-bit code"), value(cs));
	}

	@Test
	void gdtrEntriesAreDecodedOnceLgdtHasLoadedTrGdt() throws DebugException {
		step(2);

		IVariable gdtr = register("Descriptor tables", "gdtr");
		assertEquals(String.format("base=0x%x limit=0x1f", address("tr_gdt")), value(gdtr));
		IVariable[] entries = gdtr.getValue().getVariables();
		assertEquals(List.of("0x0000", KERNEL32_CS, KERNEL_CS, KERNEL_DS), names(entries));
		assertEquals("0x0000000000000000 (null descriptor)", value(entries[0]));
		assertTrue(value(entries[1]).contains("32-bit code, execute/read"), value(entries[1]));
		assertEquals("0x00af9b000000ffff (64-bit code, execute/read, accessed, DPL 0)", value(entries[2]));
		assertEquals("1", value(child(entries[2], "L")));
		assertEquals("0xffffffff", value(child(entries[3], "limit")));
		assertTrue(value(entries[3]).contains("data, read/write"), value(entries[3]));
	}

	@Test
	void rflagsHasEachFlagAsAChild() throws DebugException {
		// lidt, lgdt, mov %cr4, xor tr_cr4, test $LA57: the firmware has no LA57 but tr_cr4 asks for it, so the result is 0x1000
		step(5);

		IVariable rflags = register("Flags", "rflags");
		assertEquals(List.of("ID", "AC", "VM", "RF", "NT", "IOPL", "OF", "DF", "IF", "TF", "SF", "ZF", "AF", "PF", "CF"),
				names(rflags.getValue().getVariables()));
		assertEquals("0", value(child(rflags, "ZF")), "jnz enter_compat will be taken");
		assertEquals("1", value(child(rflags, "PF")), "the result's low byte has no bits set");
		assertEquals("0", value(child(rflags, "CF")));
		assertEquals("0x00000006 [PF]", value(rflags));
	}

	@Test
	void hasValueChangedComparesWithThePreviousSuspend() throws DebugException {
		IVariable rip = register("General", "rip");
		IVariable rax = register("General", "rax");
		IVariable idtr = register("Descriptor tables", "idtr");
		IVariable gdtr = register("Descriptor tables", "gdtr");
		assertFalse(rip.hasValueChanged(), "nothing to compare with at the first suspend");

		step(1);
		assertTrue(rip.hasValueChanged());
		assertTrue(idtr.hasValueChanged(), "lidt");
		assertFalse(gdtr.hasValueChanged());
		assertFalse(rax.hasValueChanged());

		step(1);
		assertFalse(idtr.hasValueChanged());
		assertTrue(gdtr.hasValueChanged(), "lgdt");
		assertTrue(child(gdtr, KERNEL_CS).hasValueChanged(), "tr_gdt's __KERNEL_CS differs from the firmware's entry 0x10");
	}

	@Test
	void setValueEvaluatesAnEngineExpressionIntoTheRegister() throws DebugException {
		IVariable rax = register("General", "rax");
		assertTrue(rax.supportsValueModification());
		assertTrue(rax.verifyValue("&tr_cr4 + 1"));
		assertFalse(rax.verifyValue("no_such_symbol"));

		rax.setValue("&tr_cr4 + 1");

		assertEquals(address("tr_cr4") + 1, session.evaluate("%rax"));
		assertEquals(String.format("0x%016x", address("tr_cr4") + 1), value(rax));
	}

	@Test
	void aFlagSetAloneRewritesRflags() throws DebugException {
		child(register("Flags", "rflags"), "CF").setValue("1");
		assertEquals(1, session.evaluate("%rflags") & 1);
	}

	@Test
	void la57CannotChangeInLongModeAndTheReasonIsGiven() throws DebugException {
		IVariable la57 = child(register("Control", "cr4"), "LA57");
		DebugException refused = assertThrows(DebugException.class, () -> la57.setValue("1"));
		assertTrue(refused.getMessage().contains("#GP") && refused.getMessage().contains("LA57"), refused.getMessage());
		assertEquals(0x20, session.evaluate("%cr4"));
	}

	@Test
	void aDataSegmentRegisterLoadsItsDescriptorFromTheGdt() throws DebugException {
		step(2);
		IVariable ds = register("Segments", "ds");
		ds.setValue("0x18");
		assertTrue(value(ds).startsWith(KERNEL_DS + " (data, read/write, accessed"), value(ds));
		assertEquals("1", value(child(ds, "D/B")));
		assertFalse(register("Segments", "cs").supportsValueModification(), "mov cannot load CS");
	}

	@Test
	void nothingCanBeSetWhileTheProgramRuns() throws DebugException {
		IVariable rax = register("General", "rax");
		suspended = false;
		DebugException refused = assertThrows(DebugException.class, () -> rax.setValue("1"));
		assertTrue(refused.getMessage().contains("suspend"), refused.getMessage());
	}
}
