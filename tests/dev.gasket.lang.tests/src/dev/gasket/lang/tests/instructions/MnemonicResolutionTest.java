package dev.gasket.lang.tests.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.lang.instructions.InstructionInfo;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.instructions.MnemonicUse;

class MnemonicResolutionTest {

	private static final InstructionSet SET = InstructionSet.builtIn();

	private static final List<String> CONDITIONS = List.of("o", "no", "b", "c", "nae", "ae", "nb", "nc", "e", "z",
			"ne", "nz", "be", "na", "a", "nbe", "s", "ns", "p", "pe", "np", "po", "l", "nge", "ge", "nl", "le", "ng",
			"g", "nle");

	/** Every mnemonic the table must know, as written in Gasket's specification of it. */
	private static final List<String> REQUIRED = List.of("mov", "movabs", "movzbl", "movzwl", "movzbq", "movsbl",
			"movslq", "movsx", "movzx", "lea", "add", "adc", "sub", "sbb", "cmp", "inc", "dec", "neg", "and", "or",
			"xor", "not", "test", "shl", "sal", "shr", "sar", "rol", "ror", "rcl", "rcr", "shld", "shrd", "bt", "bts",
			"btr", "btc", "bsf", "bsr", "lzcnt", "tzcnt", "popcnt", "mul", "imul", "div", "idiv", "xchg", "cmpxchg",
			"cmpxchg8b", "cmpxchg16b", "xadd", "push", "pop", "pusha", "popa", "pushf", "popf", "call", "ret", "jmp",
			"loop", "loope", "loopne", "loopz", "loopnz", "jcxz", "jecxz", "jrcxz", "movs", "cmps", "scas", "lods",
			"stos", "ins", "outs", "movsb", "movsw", "movsl", "movsq", "stosb", "lodsq", "cld", "std", "clc", "stc",
			"cmc", "cbw", "cwde", "cdqe", "cwd", "cdq", "cqo", "cbtw", "cwtl", "cltq", "cwtd", "cltd", "cqto", "enter",
			"leave", "nop", "nopl", "nopw", "pause", "hlt", "in", "out", "int", "int3", "into", "bswap", "xlat", "lahf",
			"sahf", "aaa", "aas", "daa", "das", "aam", "aad", "bound", "les", "lds", "lss", "lfs", "lgs", "arpl",
			"salc", "ud2", "endbr32", "endbr64", "lgdt", "lidt", "sgdt", "sidt", "lldt", "sldt", "ltr", "str", "lmsw",
			"smsw", "rdmsr", "wrmsr", "rdtsc", "rdtscp", "rdpmc", "cpuid", "invlpg", "invpcid", "wbinvd", "invd",
			"clts", "swapgs", "syscall", "sysret", "sysenter", "sysexit", "iret", "iretw", "iretl", "iretq", "lret",
			"lretw", "lretl", "lretq", "ljmp", "lcall", "ljmpl", "lcalll", "cli", "sti", "xgetbv", "xsetbv", "xsave",
			"xrstor", "xsaveopt", "xsavec", "xsaves", "xrstors", "clflush", "lfence", "mfence", "sfence", "monitor",
			"mwait", "rdrand", "rdseed", "verr", "verw", "lar", "lsl", "stac", "clac", "fld", "fst", "fstp", "fild",
			"fist", "fistp", "fadd", "faddp", "fsub", "fsubp", "fsubr", "fsubrp", "fmul", "fmulp", "fdiv", "fdivp",
			"fdivr", "fdivrp", "fxch", "fcom", "fcomp", "fucom", "fucomp", "fucompp", "fcomi", "finit", "fninit",
			"fldcw", "fstcw", "fnstcw", "fstsw", "fnstsw", "fwait", "wait", "fxsave", "fxrstor", "fldz", "fld1",
			"fabs", "fchs", "fsqrt", "movaps", "movups", "movdqa", "movdqu", "movd", "movq", "movss", "movsd", "pxor",
			"por", "pand", "paddb", "paddw", "paddd", "paddq", "psubb", "psubw", "psubd", "psubq", "pcmpeqb",
			"pcmpeqw", "pcmpeqd", "pshufd", "shufps", "addps", "xorps", "andps", "cvtsi2sd", "cvttsd2si", "cvtss2sd",
			"vmovaps", "vmovdqu", "vaddps", "vpxor", "vxorps", "vmovdqu64", "vmovdqa64", "vpxorq", "vpternlogd",
			"kmovw", "kmovq", "kortestw", "kortestq");

	private static MnemonicUse resolve(String written) {
		return SET.resolve(written).orElseThrow(() -> new AssertionError(written + " does not resolve"));
	}

	private static void assertResolves(String written, String mnemonic, Integer... sizes) {
		MnemonicUse use = resolve(written);
		assertEquals(mnemonic, use.instruction().mnemonic(), written);
		assertEquals(List.of(sizes), use.suffixSizesInBits(), written);
		assertEquals(written, use.written());
	}

	@Test
	void suffixesGiveOperationSizes() {
		assertResolves("btsl", "bts", 32);
		assertResolves("movzbl", "movzx", 8, 32);
		assertResolves("movzwq", "movzx", 16, 64);
		assertResolves("movsbl", "movsx", 8, 32);
		assertResolves("movslq", "movsxd", 32, 64);
		assertResolves("lretq", "lret", 64);
		assertResolves("addb", "add", 8);
		assertResolves("stosb", "stos", 8);
		assertResolves("fildll", "fild", 64);
		assertResolves("flds", "fld", 32);
		assertResolves("fldt", "fld", 80);
	}

	@Test
	void exactMnemonicsWinOverSuffixLookingLetters() {
		for (String exact : List.of("call", "shl", "sal", "cmpxchg8b", "setb", "jb", "cwtl", "cltq", "jl", "cmovl",
				"setl", "bswap", "int", "outs", "ins", "lods", "scas", "cmps", "str", "lsl", "lidt")) {
			assertResolves(exact, exact);
		}
	}

	@Test
	void attSpellingsOfSystemInstructions() {
		assertResolves("ljmpl", "ljmp", 32);
		assertResolves("ljmpw", "ljmp", 16);
		assertResolves("lcalll", "lcall", 32);
		assertResolves("lretl", "lret", 32);
		assertResolves("lgdtl", "lgdt", 32);
		assertResolves("lidtl", "lidt", 32);
		assertResolves("jmpq", "jmp", 64);
		assertResolves("callq", "call", 64);
		assertResolves("pushq", "push", 64);
		assertResolves("retq", "ret", 64);
		assertResolves("popfq", "popf", 64);
		assertResolves("pushfq", "pushf", 64);
		assertResolves("iretq", "iret", 64);
		assertResolves("sysretq", "sysret", 64);
		assertResolves("movabs", "movabs");
		assertResolves("movabsq", "movabs", 64);
	}

	@Test
	void intelNamesAreAliasesOfTheAttOnes() {
		assertResolves("cdqe", "cltq");
		assertResolves("cqo", "cqto");
		assertResolves("cbw", "cbtw");
		assertResolves("xlatb", "xlat");
		assertResolves("wait", "fwait");
		assertSame(SET.instruction("cltq").orElseThrow(), SET.instruction("cdqe").orElseThrow());
	}

	@Test
	void stringMovesAndTheirLookalikes() {
		assertEquals(List.of("movsd", "movs"), mnemonics("movsd"), "SSE2 movsd first, the string move second");
		assertEquals(List.of(List.of(), List.of(32)),
				SET.resolveAll("movsd").stream().map(MnemonicUse::suffixSizesInBits).toList());
		assertEquals(List.of("cmpsd", "cmps"), mnemonics("cmpsd"));
		assertEquals(List.of("movs", "movsx"), mnemonics("movsb"));
		assertEquals(List.of("movs", "movsxd"), mnemonics("movsl"));
		assertEquals(List.of("movs"), mnemonics("movsq"));
		assertEquals(List.of("movsxd"), mnemonics("movslq"));
		assertEquals(List.of("movq", "mov"), mnemonics("movq"), "the SSE movq first, mov with suffix q second");
	}

	private static List<String> mnemonics(String written) {
		return SET.resolveAll(written).stream().map(use -> use.instruction().mnemonic()).toList();
	}

	@Test
	void resolvingIgnoresCaseButKeepsTheWrittenText() {
		MnemonicUse use = resolve("MOVL");
		assertEquals("mov", use.instruction().mnemonic());
		assertEquals("MOVL", use.written());
		assertEquals(List.of(32), use.suffixSizesInBits());
		assertEquals("l", use.suffix().orElseThrow().letters());
	}

	@Test
	void unknownSpellingsDoNotResolve() {
		for (String unknown : List.of("frobnicate", "rdrandl", "movzlq", "pushb", "jmpb", "cpuidl", "lodsd", "icebp",
				"fcomil", "")) {
			assertTrue(SET.resolve(unknown).isEmpty(), unknown);
		}
	}

	@TestFactory
	Stream<DynamicTest> everyConditionNameExistsForJumpsSetsAndMoves() {
		return CONDITIONS.stream().flatMap(condition -> Stream.of("j", "set", "cmov").map(prefix -> prefix + condition))
				.map(name -> DynamicTest.dynamicTest(name, () -> assertResolves(name, name)));
	}

	@TestFactory
	Stream<DynamicTest> everyRequiredMnemonicResolves() {
		return REQUIRED.stream().map(name -> DynamicTest.dynamicTest(name, () -> resolve(name)));
	}

	@Test
	void instructionsAreUniqueAndFindableByMnemonic() {
		Set<String> mnemonics = SET.instructions().stream().map(InstructionInfo::mnemonic).collect(Collectors.toSet());
		assertEquals(SET.instructions().size(), mnemonics.size());
		for (InstructionInfo instruction : SET.instructions()) {
			assertSame(instruction, SET.instruction(instruction.mnemonic().toUpperCase(Locale.ROOT)).orElseThrow());
		}
		assertTrue(SET.instruction("movl").isEmpty(), "instruction() takes base mnemonics, not suffixed ones");
	}

	@Test
	void builtInIsLoadedOnce() {
		assertSame(InstructionSet.builtIn(), InstructionSet.builtIn());
	}
}
