package dev.gasket.lang.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

/**
 * Mutated sources (characters and lines deleted, duplicated, swapped, punctuation inserted) must never make the
 * parser, linker or validator throw, and no input may be pathologically slow: per byte, the slowest inputs must stay
 * within 10x the median. {@code -Dgasket.fuzz.count=N} runs more than the 20,000 CI runs.
 */
class GasmFuzzTest {
	private static final int COUNT = Integer.getInteger("gasket.fuzz.count", 20_000);
	private static final long SEED = Long.getLong("gasket.fuzz.seed", 0x6a5e7L);
	private static final String INSERTABLE = "#\\$%(){}:;,.*\"'@=<>|&!~-+/\n\t 01bfLx";
	private static final int WINDOW_LINES = 24;
	/** Runs this short are dominated by clock and allocator noise, not by the input. */
	private static final long NOISE_FLOOR_NANOS = 2_000_000;

	private record Run(String input, long nanos) {
		double nanosPerByte() {
			return (double) nanos / Math.max(1, input.length());
		}
	}

	@Test
	void mutatedInputsNeverThrowAndNeverTakePathologicallyLong() throws IOException {
		List<List<String>> seeds = seeds();
		Random random = new Random(SEED);
		List<Run> runs = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			List<String> seed = seeds.get(random.nextInt(seeds.size()));
			int start = random.nextInt(Math.max(1, seed.size() - WINDOW_LINES));
			List<String> window = new ArrayList<>(seed.subList(start, Math.min(seed.size(), start + WINDOW_LINES)));
			String input = mutate(window, random);
			runs.add(new Run(input, timeOf(input, i)));
		}
		double median = median(runs);
		List<Run> slowest = runs.stream().sorted(Comparator.comparingDouble(Run::nanosPerByte).reversed()).limit(10).toList();
		for (Run run : slowest) {
			long best = Long.MAX_VALUE;
			for (int repeat = 0; repeat < 5; repeat++) {
				best = Math.min(best, timeOf(run.input(), -1));
			}
			double perByte = (double) best / Math.max(1, run.input().length());
			assertTrue(best < NOISE_FLOOR_NANOS || perByte <= 10 * median,
					() -> "input took " + perByte + " ns/byte, median " + median + " ns/byte:\n" + run.input());
		}
		System.out.printf("fuzz: %d mutated inputs (seed %d), median %.0f ns/byte, slowest re-measured within 10x%n", COUNT, SEED, median);
	}

	private static long timeOf(String input, int iteration) {
		LanguageFixture fixture = new LanguageFixture();
		long start = System.nanoTime();
		try {
			Resource resource = fixture.load(iteration % 3 == 0 ? "fuzz.s" : "fuzz.S", input);
			fixture.validate(resource);
		} catch (RuntimeException | StackOverflowError e) {
			fail("mutation " + iteration + " threw " + e + " on:\n" + input, e);
		}
		return System.nanoTime() - start;
	}

	private static String mutate(List<String> lines, Random random) {
		int edits = 1 + random.nextInt(4);
		for (int edit = 0; edit < edits && !lines.isEmpty(); edit++) {
			int line = random.nextInt(lines.size());
			String text = lines.get(line);
			int at = text.isEmpty() ? 0 : random.nextInt(text.length());
			switch (random.nextInt(7)) {
				case 0 -> lines.set(line, text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1));
				case 1 -> lines.set(line, text.isEmpty() ? text : text.substring(0, at + 1) + text.substring(at));
				case 2 -> lines.set(line, text.length() < 2 || at + 1 >= text.length() ? text
						: text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2));
				case 3 -> lines.set(line, text.substring(0, at) + INSERTABLE.charAt(random.nextInt(INSERTABLE.length())) + text.substring(at));
				case 4 -> lines.remove(line);
				case 5 -> lines.add(line, text);
				default -> Collections.swap(lines, line, random.nextInt(lines.size()));
			}
		}
		return String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
	}

	private static double median(List<Run> runs) {
		double[] perByte = runs.stream().mapToDouble(Run::nanosPerByte).sorted().toArray();
		return perByte.length == 0 ? 0 : perByte[perByte.length / 2];
	}

	/** The example trampoline plus constructs the example does not use. */
	private static List<List<String>> seeds() throws IOException {
		List<List<String>> seeds = new ArrayList<>();
		seeds.add(Files.readAllLines(Path.of("../../examples/trampoline/trampoline_64.S")));
		seeds.add(Arrays.asList("""
				#include <asm/segment.h>
				#define LOAD(reg, value) \\
				\tmovl value, reg
				#ifdef CONFIG_X86_64
				.macro LOCK_AND_LOAD_REALMODE_ESP lock_pa=0 lock_rip=0
				.Llock_rm\\@:
				\t.if \\lock_rip
				\tlock btsl $0, tr_lock(%rip)
				\t.elseif \\lock_pa
				\tlock btsl $0, pa_tr_lock
				\t.else
				\tlock btsl $0, tr_lock
				\t.endif
				\tjc\t.Llock_rm\\@
				.endm
				#else
				.irp reg, %rax, %rbx
				\tpushq \\reg
				.endr
				#endif
				SYM_DATA(tr_cr4, .space 4)
				\tvaddps (%rax){1to16}, %zmm1, %zmm2{%k1}{z}
				\tljmpl $__KERNEL32_CS, $1f
				1:\tfadd %st(1), %st
				\t.byte 'a', 'b, 0x1F, 0b101, 017
				\t.float 1.5, 0f-2.5e3
				.intel_syntax noprefix
				\tmov eax, [ebx+4]
				.att_syntax
				\t_ASM_EXTABLE(1b, 2b)
				\tALTERNATIVE "", "lfence", X86_FEATURE_LFENCE
				\txorq tr_cr4(%rip), %rax
				""".split("\n")));
		return seeds;
	}
}
