package dev.gasket.debug.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.gasket.toolchain.ToolDiagnostic;
import dev.gasket.toolchain.ToolchainException;
import dev.gasket.toolchain.build.BuildResult;
import dev.gasket.toolchain.build.ProgramBuilder;
import dev.gasket.toolchain.Binutils;
import dev.gasket.toolchain.dwarf.LineTable;
import dev.gasket.toolchain.dwarf.ResolvedLine;
import dev.gasket.toolchain.dwarf.SourceLocation;
import dev.gasket.toolchain.elf.ElfImage;
import dev.gasket.toolchain.elf.ElfSymbol;
import dev.gasket.x86.cpu.CpuidTable;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Operation;
import dev.gasket.x86.machine.Machine;
import dev.gasket.x86.machine.StopEvent;
import dev.gasket.x86.machine.Watchpoint;

/**
 * One debug session: a program built with GNU binutils, loaded into an emulated machine in a chosen start state,
 * and the operations a debugger needs — resume, suspend, step (instruction, over, return, line), run to line,
 * breakpoints by line, symbol or address with conditions, watchpoints on data symbols, expressions.
 * Not thread-safe except {@link #suspend()}.
 */
public final class DebugSession {

	private final ProgramImage program;
	private final Machine machine;
	private final long entry;
	private final List<ToolDiagnostic> buildDiagnostics;
	private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<Long, List<Breakpoint>> breakpointsByAddress = new HashMap<>();
	private final List<Breakpoint> breakpoints = new ArrayList<>();
	private final ConsoleLines console = new ConsoleLines(line -> listeners.forEach(listener -> listener.console(line)));
	private final StopTranslator stops;
	/** Set by {@link #suspend()} from any thread; the next stop reported, whatever its reason, answers it. */
	private volatile boolean suspendRequested;

	private DebugSession(ProgramImage program, Machine machine, long entry, List<ToolDiagnostic> buildDiagnostics) {
		this.program = program;
		this.machine = machine;
		this.entry = entry;
		this.buildDiagnostics = List.copyOf(buildDiagnostics);
		this.stops = new StopTranslator(program, machine);
		machine.setStopOnException(true);
		machine.ports().debugConsole().addListener(console::accept);
		machine.ports().serial().addListener(console::accept);
	}

	/**
	 * Builds the program in {@code workDirectory}, loads it and puts the CPU in the start state at the entry.
	 *
	 * @throws BuildFailedException with the tools' diagnostics when the program does not build
	 * @throws ToolchainException   when a tool is missing (the message names the Debian package)
	 * @throws IllegalArgumentException for an unknown entry symbol or a bad assignment
	 */
	public static DebugSession start(SessionSettings settings, Path workDirectory)
			throws BuildFailedException, ToolchainException, IOException {
		BuildResult built = new ProgramBuilder(Binutils.fromPath(settings.build().toolPrefix())).build(settings.build(), workDirectory);
		if (!built.success() || built.executable().isEmpty()) {
			throw new BuildFailedException(built.diagnostics());
		}
		ElfImage elf = ElfImage.read(built.executable().get());
		ProgramImage program = new ProgramImage(elf, LineTable.read(elf));
		ElfSymbol entry = settings.entry()
				.map(name -> program.symbol(name).orElseThrow(() -> new IllegalArgumentException("no symbol " + name + " to start at")))
				.or(program::defaultEntry)
				.orElseThrow(() -> new IllegalArgumentException("the program defines no code symbol to start at; give --entry"));
		Machine machine = new Machine(settings.cpu(), settings.memoryBytes(), CpuidTable.standard(true));
		ProgramLoader.load(elf, machine.memory());
		StartStates.apply(machine, settings.start(), entry.value());
		DebugSession session = new DebugSession(program, machine, entry.value(), built.diagnostics());
		settings.assignments().forEach(session::assign);
		return session;
	}

	public ProgramImage program() {
		return program;
	}

	public Machine machine() {
		return machine;
	}

	public long entryAddress() {
		return entry;
	}

	/** The warnings the tools printed while building the program (a build with errors does not start a session). */
	public List<ToolDiagnostic> buildDiagnostics() {
		return buildDiagnostics;
	}

	public void addListener(SessionListener listener) {
		listeners.add(listener);
	}

	public List<Breakpoint> breakpoints() {
		return List.copyOf(breakpoints);
	}

	/**
	 * A breakpoint at {@code FILE:LINE} (a line without code moves to the next line that has code, and the
	 * breakpoint's note says so), at a symbol, or at an address ({@code 0x1000}).
	 *
	 * @throws IllegalArgumentException when the line, symbol or condition cannot be resolved
	 */
	public Breakpoint addBreakpoint(String spec, Optional<String> condition) {
		condition.ifPresent(this::evaluate);
		Breakpoint breakpoint = resolve(spec, condition);
		breakpoints.add(breakpoint);
		for (long address : breakpoint.addresses()) {
			breakpointsByAddress.computeIfAbsent(address, any -> new ArrayList<>()).add(breakpoint);
			machine.addBreakpoint(address);
		}
		return breakpoint;
	}

	public void removeBreakpoint(Breakpoint breakpoint) {
		breakpoints.remove(breakpoint);
		for (long address : breakpoint.addresses()) {
			List<Breakpoint> here = breakpointsByAddress.get(address);
			here.remove(breakpoint);
			if (here.isEmpty()) {
				breakpointsByAddress.remove(address);
				machine.removeBreakpoint(address);
			}
		}
	}

	private Breakpoint resolve(String spec, Optional<String> condition) {
		if (spec.matches("0[xX][0-9a-fA-F]+|[0-9]+")) {
			long address = Long.decode(spec);
			return new Breakpoint(spec, List.of(address), program.location(address), "", condition);
		}
		int colon = spec.lastIndexOf(':');
		if (colon > 0 && spec.substring(colon + 1).matches("[0-9]+")) {
			Path file = Path.of(spec.substring(0, colon));
			int line = Integer.parseInt(spec.substring(colon + 1));
			ResolvedLine resolved = program.lines().resolve(file, line)
					.orElseThrow(() -> new IllegalArgumentException("no code at or after " + spec));
			String note = resolved.location().line() == line ? ""
					: "line " + line + " has no code; using line " + resolved.location().line();
			return new Breakpoint(spec, resolved.addresses(), Optional.of(resolved.location()), note, condition);
		}
		ElfSymbol symbol = program.symbol(spec).orElseThrow(() -> new IllegalArgumentException("no symbol or line " + spec));
		return new Breakpoint(spec, List.of(symbol.value()), program.location(symbol.value()), "", condition);
	}

	/** Whether resuming stops when the CPU mode changes (real, protected, compatibility, 64-bit). */
	public void setStopOnModeChange(boolean stop) {
		machine.setStopOnModeChange(stop);
	}

	/** Stops after any write to the data symbol's bytes (its size from {@code .size}, else 1). */
	public Watchpoint watch(String symbolName) {
		return watch(symbolName, Watchpoint.Kind.WRITE);
	}

	/**
	 * Stops after a read, a write or any access (by {@code kind}) to the data symbol's bytes (its size from
	 * {@code .size}, else 1); {@link #unwatch} with the result removes it.
	 */
	public Watchpoint watch(String symbolName, Watchpoint.Kind kind) {
		ElfSymbol symbol = program.symbol(symbolName).orElseThrow(() -> new IllegalArgumentException("no symbol " + symbolName));
		Watchpoint watchpoint = new Watchpoint(symbol.value(), Math.max(1, symbol.size()), kind);
		machine.addWatchpoint(watchpoint);
		return watchpoint;
	}

	/** Removes one watchpoint {@link #watch} placed (an equal one placed twice stays once). */
	public void unwatch(Watchpoint watchpoint) {
		machine.removeWatchpoint(watchpoint);
	}

	/** Runs until a stop that matters (a breakpoint whose condition holds, a watchpoint, an exception, …). */
	public SessionStop resume(long maxInstructions) {
		long limit = machine.instructionCount() + maxInstructions;
		while (true) {
			if (suspendRequested) {
				return report(stops.at(SessionStopReason.SUSPENDED, Optional.empty(), "stopped on request"));
			}
			StopEvent event = machine.run(Math.max(0, limit - machine.instructionCount()));
			SessionStop stop = stops.translate(event);
			if (stop.reason() != SessionStopReason.BREAKPOINT || conditionHolds(stop.address())) {
				return report(stop);
			}
		}
	}

	private boolean conditionHolds(long address) {
		List<Breakpoint> here = breakpointsByAddress.getOrDefault(address, List.of());
		return here.isEmpty() || here.stream().anyMatch(breakpoint -> breakpoint.condition().map(c -> evaluate(c) != 0).orElse(true));
	}

	/** For front ends that step themselves (tracing): the stop for a breakpoint at RIP whose condition holds. */
	public Optional<SessionStop> breakpointHere() {
		long address = machine.linearRip();
		if (!breakpointsByAddress.containsKey(address) || !conditionHolds(address)) {
			return Optional.empty();
		}
		return Optional.of(report(stops.at(SessionStopReason.BREAKPOINT, Optional.empty(), "")));
	}

	/**
	 * Makes a running {@link #resume}, {@link #stepLine}, {@link #stepReturn}, {@link #stepOver} or {@link #runToLine}
	 * return soon with {@link SessionStopReason#SUSPENDED}; safe from any thread. A request that arrives while nothing
	 * runs makes the next of them stop at once, unless another stop is reported first.
	 */
	public void suspend() {
		suspendRequested = true;
		machine.requestStop();
	}

	public SessionStop stepInstruction() {
		return report(stops.translate(machine.step()));
	}

	/** Steps over calls and software interrupts: runs until the instruction after them (or another stop). */
	public SessionStop stepOver(long maxInstructions) {
		Instruction next = machine.interpreter().peek();
		Operation operation = next.operation();
		if (operation != Operation.CALL && operation != Operation.CALL_FAR && operation != Operation.INT) {
			return stepInstruction();
		}
		long after = machine.linearRip() + next.length();
		boolean temporary = !breakpointsByAddress.containsKey(after);
		machine.addBreakpoint(after);
		try {
			return resume(maxInstructions);
		} finally {
			if (temporary) {
				machine.removeBreakpoint(after);
			}
		}
	}

	/** Steps until the current routine returns: a ret/lret/iret at the call depth it started at. */
	public SessionStop stepReturn(long maxInstructions) {
		int depth = 0;
		for (long step = 0; step < maxInstructions; step++) {
			if (suspendRequested) {
				return report(stops.at(SessionStopReason.SUSPENDED, Optional.empty(), "stopped on request"));
			}
			Operation operation = machine.interpreter().peek().operation();
			SessionStop stop = stops.translate(machine.step());
			if (stop.reason() != SessionStopReason.STEP_END) {
				return report(stop);
			}
			if (operation == Operation.CALL || operation == Operation.CALL_FAR) {
				depth++;
			} else if (operation == Operation.RET || operation == Operation.RET_FAR || operation == Operation.IRET) {
				if (depth-- == 0) {
					return report(stop);
				}
			}
		}
		return report(stops.limit(maxInstructions));
	}

	/** Steps instructions until the source line changes (into calls), or another stop. */
	public SessionStop stepLine(long maxInstructions) {
		Optional<SourceLocation> start = program.location(machine.linearRip());
		for (long step = 0; step < maxInstructions; step++) {
			if (suspendRequested) {
				return report(stops.at(SessionStopReason.SUSPENDED, Optional.empty(), "stopped on request"));
			}
			SessionStop stop = stops.translate(machine.step());
			if (stop.reason() != SessionStopReason.STEP_END || (stop.location().isPresent() && !stop.location().equals(start))) {
				return report(stop);
			}
		}
		return report(stops.limit(maxInstructions));
	}

	/** Runs to the first address of {@code file:line} (or the next line with code), or another stop. */
	public SessionStop runToLine(Path file, int line, long maxInstructions) {
		ResolvedLine resolved = program.lines().resolve(file, line)
				.orElseThrow(() -> new IllegalArgumentException("no code at or after " + file + ":" + line));
		List<Long> temporary = resolved.addresses().stream().filter(address -> !breakpointsByAddress.containsKey(address)).toList();
		temporary.forEach(machine::addBreakpoint);
		try {
			return resume(maxInstructions);
		} finally {
			temporary.forEach(machine::removeBreakpoint);
		}
	}

	/** Evaluates an {@link Expression} against the current registers and memory. */
	public long evaluate(String expression) {
		return Expression.evaluate(expression, scope());
	}

	public Expression.Scope scope() {
		return new Expression.Scope() {
			@Override
			public OptionalLong register(String name) {
				return RegisterNames.read(machine.cpu(), name);
			}

			@Override
			public OptionalLong symbolValue(String name) {
				return program.symbol(name).map(symbol -> switch ((int) symbol.size()) {
					case 1, 2, 4, 8 -> OptionalLong.of(readSymbol(symbol));
					default -> OptionalLong.of(symbol.value());
				}).orElse(OptionalLong.empty());
			}

			@Override
			public OptionalLong symbolAddress(String name) {
				return program.symbol(name).map(symbol -> OptionalLong.of(symbol.value())).orElse(OptionalLong.empty());
			}
		};
	}

	/**
	 * {@code SYMBOL=EXPRESSION} (written with the symbol's size at its linear address) or {@code %reg=EXPRESSION}
	 * (see {@link RegisterNames#write} for which registers can be set and how).
	 *
	 * @throws IllegalArgumentException for a bad expression, an unknown name, or a value the CPU would refuse
	 */
	public void assign(String assignment) {
		int equals = assignment.indexOf('=');
		if (equals <= 0) {
			throw new IllegalArgumentException("expected NAME=VALUE, not " + assignment);
		}
		String target = assignment.substring(0, equals).trim();
		long value = evaluate(assignment.substring(equals + 1));
		if (target.startsWith("%")) {
			if (!RegisterNames.write(machine, target, value)) {
				throw new IllegalArgumentException("cannot set register " + target);
			}
			return;
		}
		ElfSymbol symbol = program.symbol(target).orElseThrow(() -> new IllegalArgumentException("no symbol " + target));
		long size = symbol.size();
		if (size != 1 && size != 2 && size != 4 && size != 8) {
			throw new IllegalArgumentException(target + " has size " + size + "; only symbols of 1, 2, 4 or 8 bytes can be set");
		}
		byte[] bytes = new byte[(int) size];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (value >>> (8 * i));
		}
		machine.writeLinear(symbol.value(), bytes);
	}

	/**
	 * A symbol's value as the program sees it: its address is linear (the link address, with flat segments), so
	 * it is read through the page tables, without side effects.
	 *
	 * @throws IllegalArgumentException if the address is not mapped
	 */
	private long readSymbol(ElfSymbol symbol) {
		byte[] bytes = machine.readLinear(symbol.value(), (int) symbol.size());
		long value = 0;
		for (int i = bytes.length - 1; i >= 0; i--) {
			value = value << 8 | Byte.toUnsignedLong(bytes[i]);
		}
		return value;
	}

	/** Hands on a console line the program left without a newline. */
	public void flushConsole() {
		console.flush();
	}

	private SessionStop report(SessionStop stop) {
		suspendRequested = false;
		listeners.forEach(listener -> listener.stopped(stop));
		return stop;
	}
}
