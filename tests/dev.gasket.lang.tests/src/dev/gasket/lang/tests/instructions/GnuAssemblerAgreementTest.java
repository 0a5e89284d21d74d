package dev.gasket.lang.tests.instructions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.gasket.lang.instructions.CodeMode;
import dev.gasket.lang.instructions.FormMatch;
import dev.gasket.lang.instructions.InstructionInfo;
import dev.gasket.lang.instructions.InstructionSet;
import dev.gasket.lang.tests.instructions.AssemblerExamples.Example;

/**
 * Checks the instruction table against GNU binutils: what the table calls valid, {@code as} must assemble, and
 * lines the matcher rejects, {@code as} must reject too.
 */
class GnuAssemblerAgreementTest {

	private static final InstructionSet SET = InstructionSet.builtIn();

	/**
	 * Far branches through a 10-byte pointer exist on Intel processors only; GNU as takes ljmpq and lcallq only
	 * with -mintel64.
	 */
	private static boolean needsIntel64(Example example) {
		return example.mnemonic().equals("ljmpq") || example.mnemonic().equals("lcallq");
	}

	/** GNU as assembles these outside 64-bit code too, where the processor raises #UD; the table follows the latter. */
	private static final Set<String> ONLY_64_BIT_THOUGH_AS_ALLOWS_MORE = Set.of("rdfsbase", "rdgsbase", "wrfsbase",
			"wrgsbase");

	@TestFactory
	Stream<DynamicTest> everyInstructionAssemblesInEveryModeTheTableAllows(@TempDir Path directory) throws Exception {
		List<Example> examples = AssemblerExamples.valid(SET);
		Map<Example, List<String>> rejected = assemble(directory, examples);
		Map<InstructionInfo, List<Example>> byInstruction = examples.stream()
				.collect(Collectors.groupingBy(Example::instruction, LinkedHashMap::new, Collectors.toList()));
		return SET.instructions().stream().filter(InstructionInfo::acceptedByGas)
				.map(instruction -> DynamicTest.dynamicTest(instruction.mnemonic(), () -> {
					List<Example> own = byInstruction.getOrDefault(instruction, List.of());
					assertFalse(own.isEmpty(), "no example for " + instruction.mnemonic());
					List<String> problems = new ArrayList<>();
					for (Example example : own) {
						String where = example.mode().directive() + " `" + example.line() + "`";
						if (rejected.containsKey(example)) {
							problems.add(where + ": as says " + rejected.get(example));
						}
						FormMatch match = AttOperands.match(example.line(), example.mode());
						if (!(match instanceof FormMatch.Matched)) {
							problems.add(where + ": the matcher says " + match);
						}
					}
					assertTrue(problems.isEmpty(), String.join("\n", problems));
				}));
	}

	private static Map<Example, List<String>> assemble(Path directory, List<Example> examples) throws Exception {
		Map<Example, List<String>> rejected = new LinkedHashMap<>();
		for (CodeMode mode : CodeMode.values()) {
			for (boolean intel64 : new boolean[] { false, true }) {
				List<Example> batch = examples.stream()
						.filter(example -> example.mode() == mode && needsIntel64(example) == intel64).toList();
				if (batch.isEmpty()) {
					continue;
				}
				String[] options = intel64 ? new String[] { "-mintel64" } : new String[0];
				Map<Integer, List<String>> errors = GnuAssembler.errors(directory, mode + (intel64 ? "-intel64" : ""),
						mode, batch.stream().map(Example::line).toList(), options);
				errors.forEach((index, messages) -> rejected.put(batch.get(index), messages));
			}
		}
		return rejected;
	}

	@Test
	void linesTheMatcherRejectsAreRejectedByAs(@TempDir Path directory) throws Exception {
		Map<CodeMode, List<String>> invalid = Map.of(
				CodeMode.BITS_64, List.of("pusha", "aaa", "ljmp $0x10, $start", "pushl %eax", "movl %rax, %rbx",
						"mov %eax, %rbx", "lgdt %eax", "mov $1, $2", "mov %cr0, $1", "movl a(%rip), b(%rip)",
						"lgdt tr_gdt, tr_idt", "jmpl *%eax", "movzbl %ax, %eax", "inc %al, %bl", "push %es",
						"mov %ah, %r8b", "movzbq %ah, %rax", "lgdtl tr_gdt(%rip)", "jcxz .", "into", "les x, %eax",
						"jmpq .", "shl %bl, %eax", "movabs $1, %eax", "xchg a, b", "cmpxchg16b %rax",
						"outb %al, %bl", "movsd (%rsi), (%rdi)", "cltq %eax", "ret %eax"),
				CodeMode.BITS_32, List.of("swapgs", "movabs $1, %eax", "cltq", "mov %r8d, %eax", "push %rax",
						"cmpxchg16b x", "jrcxz .", "movq %xmm0, %rax", "addq $1, %eax", "lgdtq x", "sysexitl",
						"iretq", "movaps %xmm8, %xmm0", "pushfq", "lretq", "addl $1, %ax", "inb %dx, %ax"),
				CodeMode.BITS_16, List.of("mov %spl, %al", "swapgs", "pushq $1", "callq *%rax", "movslq %eax, %ebx"));
		List<String> problems = new ArrayList<>();
		for (Map.Entry<CodeMode, List<String>> entry : invalid.entrySet()) {
			CodeMode mode = entry.getKey();
			List<String> lines = entry.getValue();
			Map<Integer, List<String>> errors = GnuAssembler.errors(directory, "invalid-" + mode, mode, lines);
			for (int i = 0; i < lines.size(); i++) {
				FormMatch match = AttOperands.match(lines.get(i), mode);
				if (match instanceof FormMatch.Matched) {
					problems.add(mode.directive() + " `" + lines.get(i) + "`: the matcher accepts it");
				}
				if (!errors.containsKey(i)) {
					problems.add(mode.directive() + " `" + lines.get(i) + "`: as accepts it");
				}
			}
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void instructionsAndSuffixesTheTableLimitsToSomeModesAreRejectedElsewhere(@TempDir Path directory)
			throws Exception {
		Map<CodeMode, List<String>> lines = new LinkedHashMap<>();
		for (Example example : AssemblerExamples.valid(SET)) {
			for (CodeMode other : CodeMode.values()) {
				if (other != example.mode() && !needsIntel64(example) && usesRegistersOf(example, other)
						&& !ONLY_64_BIT_THOUGH_AS_ALLOWS_MORE.contains(example.instruction().mnemonic())) {
					FormMatch match = AttOperands.match(example.line(), other);
					if (match instanceof FormMatch.Mismatch mismatch
							&& mismatch.problem() == FormMatch.Problem.INVALID_IN_MODE) {
						lines.computeIfAbsent(other, mode -> new ArrayList<>()).add(example.line());
					}
				}
			}
		}
		List<String> problems = new ArrayList<>();
		for (Map.Entry<CodeMode, List<String>> entry : lines.entrySet()) {
			List<String> batch = entry.getValue().stream().distinct().toList();
			Map<Integer, List<String>> errors = GnuAssembler.errors(directory, "elsewhere-" + entry.getKey(),
					entry.getKey(), batch);
			for (int i = 0; i < batch.size(); i++) {
				if (!errors.containsKey(i)) {
					problems.add(entry.getKey().directive() + " `" + batch.get(i) + "`: as accepts it");
				}
			}
		}
		assertFalse(lines.isEmpty(), "no mode-limited examples");
		assertTrue(problems.isEmpty(), problems.size() + " lines:\n" + String.join("\n", problems));
	}

	/** Lines whose registers do not exist in the other mode fail for that reason, which another test covers. */
	private static boolean usesRegistersOf(Example example, CodeMode mode) {
		return mode == CodeMode.BITS_64 || example.operands().stream().map(AttOperands::shape)
				.flatMap(shape -> shape.register().stream()).noneMatch(register -> register.onlyIn64BitMode());
	}
}
