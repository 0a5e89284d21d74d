package dev.gasket.x86.tests.differential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.gasket.x86.cpu.ExceptionVector;
import dev.gasket.x86.cpu.Flags;

/** The C harness itself: state in and out, faults reported as the exceptions they are. */
class NativeHarnessTest {

	private final HostRunner runner = new HostRunner(Path.of("target", "differential", "harness-test"));
	private final Random random = new Random(1);

	@Test
	void stcSetsCarryAndLeavesEverythingElse() throws Exception {
		Snippet snippet = snippet(0, "stc");
		HostCase result = run(snippet).get(0);
		Outcome outcome = result.host();
		assertNull(outcome.exception());
		assertTrue((outcome.rflags() & Flags.CF) != 0, Flags.describe(outcome.rflags()));
		assertEquals(0, outcome.rflags() & (Flags.STATUS & ~Flags.CF));
		assertArrayEquals(snippet.registers(), outcome.registers());
		assertArrayEquals(snippet.data(), outcome.data());
		assertEquals(HostRunner.layout().codeBase() + result.assembled().code().length, outcome.rip());
	}

	@Test
	void clcClearsCarryAndKeepsTheOtherFlags() throws Exception {
		long flags = Flags.STATUS | Flags.DF;
		Outcome outcome = run(snippet(flags, "clc")).get(0).host();
		assertEquals(flags & ~Flags.CF, outcome.rflags() & (Flags.STATUS | Flags.DF));
	}

	@Test
	void divisionByZeroIsADivideErrorAtTheDiv() throws Exception {
		HostCase result = run(snippet(0, "xorl %ecx, %ecx", "divl %ecx")).get(0);
		Outcome outcome = result.host();
		assertEquals(ExceptionVector.DE, outcome.exception());
		assertEquals(HostRunner.layout().codeBase() + result.assembled().offsets()[1], outcome.rip());
		assertEquals(0, outcome.registers()[Register.RCX]);
	}

	@Test
	void ud2IsAnInvalidOpcode() throws Exception {
		Outcome outcome = run(snippet(0, "ud2")).get(0).host();
		assertEquals(ExceptionVector.UD, outcome.exception());
		assertEquals(HostRunner.layout().codeBase(), outcome.rip());
	}

	@Test
	void nonCanonicalAddressIsAGeneralProtectionFault() throws Exception {
		Snippet snippet = withRegister(snippet(0, "movq (%rbx), %rax"), Register.RBX, 0x8000_0000_0000_1000L);
		assertEquals(ExceptionVector.GP, run(snippet).get(0).host().exception());
	}

	@Test
	void storePastTheDataAreaIsAPageFaultThatChangesNothing() throws Exception {
		HarnessLayout layout = HostRunner.layout();
		long outside = layout.dataBase() + layout.dataSize();
		Snippet snippet = snippet(0, "movb %al, " + Hex.signed(outside));
		Outcome outcome = run(snippet).get(0).host();
		assertEquals(ExceptionVector.PF, outcome.exception());
		assertEquals(outside, outcome.faultAddress());
		assertArrayEquals(snippet.data(), outcome.data());
	}

	@Test
	void pushStoresTheRegisterBelowTheStackPointer() throws Exception {
		Snippet snippet = snippet(0, "pushq %rax");
		Outcome outcome = run(snippet).get(0).host();
		long rsp = snippet.registers()[Register.RSP] - 8;
		assertEquals(rsp, outcome.registers()[Register.RSP]);
		int offset = (int) (rsp - HostRunner.layout().dataBase());
		long stored = 0;
		for (int i = 7; i >= 0; i--) {
			stored = stored << 8 | (outcome.data()[offset + i] & 0xff);
		}
		assertEquals(snippet.registers()[Register.RAX], stored);
	}

	@Test
	void ripRelativeAndAbsoluteOperandsReachTheSameDataByte() throws Exception {
		HarnessLayout layout = HostRunner.layout();
		long target = layout.dataBase() + 0x123;
		String ripRelative = "(0b+" + Hex.signed(target) + "-" + Hex.signed(layout.codeBase()) + ")(%rip)";
		Snippet snippet = snippet(0, "movzbq " + ripRelative + ", %rax", "movzbq " + Hex.signed(target) + ", %rbx");
		Outcome outcome = run(snippet).get(0).host();
		long expected = snippet.data()[0x123] & 0xff;
		assertEquals(expected, outcome.registers()[Register.RAX]);
		assertEquals(expected, outcome.registers()[Register.RBX]);
	}

	@Test
	void aFaultWithDirectionFlagSetDoesNotDisturbTheNextCase() throws Exception {
		Snippet faulting = snippet(0, "std", "ud2");
		Snippet next = snippet(0, "stc");
		List<HostCase> results = run(faulting, next);
		assertEquals(ExceptionVector.UD, results.get(0).host().exception());
		assertTrue((results.get(0).host().rflags() & Flags.DF) != 0);
		Outcome outcome = results.get(1).host();
		assertNull(outcome.exception());
		assertArrayEquals(next.registers(), outcome.registers());
		assertArrayEquals(next.data(), outcome.data());
	}

	private Snippet snippet(long rflags, String... instructions) throws Exception {
		HarnessLayout layout = HostRunner.layout();
		long[] registers = new long[16];
		for (int i = 0; i < registers.length; i++) {
			registers[i] = InterestingValues.next(random);
		}
		registers[Register.RSP] = layout.dataBase() + layout.dataSize() / 2;
		byte[] data = new byte[layout.dataSize()];
		random.nextBytes(data);
		return Snippet.of(List.of(instructions), registers, rflags, data);
	}

	private static Snippet withRegister(Snippet snippet, int number, long value) {
		long[] registers = snippet.registers().clone();
		registers[number] = value;
		return Snippet.of(snippet.instructions(), registers, snippet.rflags(), snippet.data());
	}

	private List<HostCase> run(Snippet... snippets) throws Exception {
		return runner.run(0, new ArrayList<>(List.of(snippets)));
	}
}
