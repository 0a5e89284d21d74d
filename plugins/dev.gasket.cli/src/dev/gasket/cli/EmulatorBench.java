package dev.gasket.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.gasket.debug.engine.ProgramLoader;
import dev.gasket.toolchain.Assembler;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.Linker;
import dev.gasket.toolchain.ToolResult;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.x86.cpu.CpuModel;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.MachineSetup;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.StopReason;

/**
 * {@code gasket bench --emulator}: the emulator's speed in MIPS on three 64-bit workloads, without and with 100
 * breakpoints armed, and in the same run {@code qemu-x86_64} (Linux user mode) on the same integer loop as the
 * reference; ratios compare across machines, absolute numbers don't.
 */
final class EmulatorBench {

	/** The loop body qemu runs too: five dependent instructions per iteration. */
	private static final String INTEGER_LOOP = """
			1:	addq %rcx, %rax
				xorq %rdx, %rax
				rolq $3, %rax
				decq %rcx
				jnz 1b
			""";
	private static final int INSTRUCTIONS_PER_ITERATION = 5;
	private static final long ITERATIONS = 20_000_000;
	private static final String WORKLOADS = """
				.code64
				.globl integer_loop, copy_loop, page_table_loop
			integer_loop:
				movq $%d, %%rcx
				xorl %%eax, %%eax
				movl $1, %%edx
			%s	hlt
			# rep movsb over 1 MiB, 16 times: every byte is one instruction (one iteration).
			copy_loop:
				movl $16, %%edx
			2:	movl $0x400000, %%esi
				movl $0x800000, %%edi
				movl $0x100000, %%ecx
				cld
				rep movsb
				decl %%edx
				jnz 2b
				hlt
			# 2 MiB page-directory entries for 512 GiB, 8 times over: stores, adds and a loop.
			page_table_loop:
				movl $8, %%edx
			3:	movl $0x400000, %%edi
				movl $0x83, %%eax
				movl $262144, %%ecx
			4:	movq %%rax, (%%rdi)
				addq $8, %%rdi
				addq $0x200000, %%rax
				decl %%ecx
				jnz 4b
				decl %%edx
				jnz 3b
				hlt
			""";
	private static final String USER_PROGRAM = """
				.globl _start
			_start:
				movq $%d, %%rcx
				xorl %%eax, %%eax
				movl $1, %%edx
			%s	movl $60, %%eax
				xorl %%edi, %%edi
				syscall
			""";
	private static final long TEXT_ADDRESS = 0x100000;
	private static final long PAGE_TABLES = 0x1000000;
	private static final long MEMORY = 64L << 20;
	private static final long UNREACHED_CODE = 0x2000000;

	private final PrintStream out;
	private final PrintStream err;

	EmulatorBench(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Path workspace, int rounds) throws IOException {
		Binutils binutils = Binutils.fromPath("");
		ElfImage image;
		try {
			image = build(binutils, workspace, "workloads", String.format(WORKLOADS, ITERATIONS, INTEGER_LOOP), "integer_loop").image();
		} catch (ToolchainException e) {
			err.println("gasket bench: " + e.getMessage());
			return GasketCli.USAGE_ERROR;
		}
		out.println("x86 emulator, 64-bit mode, best of " + rounds + " rounds after warm-up");
		out.printf("%-16s %14s %18s%n", "workload", "MIPS", "MIPS 100 bkpts");
		double integerMips = 0;
		for (String workload : List.of("integer_loop", "copy_loop", "page_table_loop")) {
			double plain = mips(image, workload, 0, rounds);
			double armed = mips(image, workload, 100, rounds);
			out.printf("%-16s %14.1f %18.1f%n", workload, plain, armed);
			if (workload.equals("integer_loop")) {
				integerMips = plain;
			}
		}
		try {
			double qemu = qemuMips(binutils, workspace);
			out.printf("qemu-x86_64 on the same integer loop: %.1f MIPS; emulator/qemu = %.2f%n", qemu, integerMips / qemu);
		} catch (ToolchainException | IOException e) {
			out.println("qemu-x86_64 reference not measured: " + e.getMessage());
		}
		return GasketCli.OK;
	}

	private double mips(ElfImage image, String workload, int breakpoints, int rounds) {
		long entry = image.symbol(workload).orElseThrow().value();
		double best = 0;
		for (int round = 0; round < rounds + 2; round++) {
			Machine machine = new Machine(CpuModel.LEGACY, MEMORY);
			ProgramLoader.load(image, machine.memory());
			MachineSetup.longModeIdentity(machine, PAGE_TABLES);
			machine.cpu().setRip(entry);
			for (int i = 0; i < breakpoints; i++) {
				machine.addBreakpoint(UNREACHED_CODE + 16L * i);
			}
			long start = System.nanoTime();
			StopEvent stop = machine.run(Long.MAX_VALUE);
			long elapsed = System.nanoTime() - start;
			if (stop.reason() != StopReason.HALTED) {
				throw new IllegalStateException(workload + " did not run to hlt: " + stop);
			}
			best = Math.max(best, machine.instructionCount() * 1e3 / elapsed);
		}
		return best;
	}

	/** MIPS from two runs of different length, so qemu's start-up and translation time cancel out. */
	private double qemuMips(Binutils binutils, Path workspace) throws ToolchainException, IOException {
		long shortRun = ITERATIONS;
		long longRun = 5 * ITERATIONS;
		Path shortProgram = build(binutils, workspace, "short", String.format(USER_PROGRAM, shortRun, INTEGER_LOOP), "_start").path();
		Path longProgram = build(binutils, workspace, "long", String.format(USER_PROGRAM, longRun, INTEGER_LOOP), "_start").path();
		long shortTime = Long.MAX_VALUE;
		long longTime = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			shortTime = Math.min(shortTime, runQemu(shortProgram));
			longTime = Math.min(longTime, runQemu(longProgram));
		}
		return (longRun - shortRun) * INSTRUCTIONS_PER_ITERATION * 1e3 / (longTime - shortTime);
	}

	private static long runQemu(Path program) throws IOException {
		long start = System.nanoTime();
		Process process = new ProcessBuilder("qemu-x86_64", program.toString()).redirectErrorStream(true).start();
		try {
			process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("qemu-x86_64 failed on " + program);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running qemu-x86_64");
		} catch (IOException e) {
			throw new IOException("qemu-x86_64 could not run (install the Debian package qemu-user): " + e.getMessage());
		} finally {
			process.destroyForcibly();
		}
		return System.nanoTime() - start;
	}

	private record Built(Path path, ElfImage image) {
	}

	private Built build(Binutils binutils, Path workspace, String name, String source, String entry) throws ToolchainException, IOException {
		Path sourceFile = Files.writeString(workspace.resolve(name + ".s"), source);
		Path object = workspace.resolve(name + ".o");
		Path executable = workspace.resolve(name);
		ToolResult assembled = new Assembler(binutils).assemble(sourceFile, object);
		if (!assembled.success()) {
			throw new IOException("as failed on the benchmark source: " + assembled.diagnostics());
		}
		ToolResult linked = new Linker(binutils).link(List.of(object), TEXT_ADDRESS, entry, executable);
		if (!linked.success()) {
			throw new IOException("ld failed on the benchmark: " + linked.diagnostics());
		}
		return new Built(executable, ElfImage.read(executable));
	}
}
