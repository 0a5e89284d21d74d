package dev.gasket.debug.launch;

/**
 * The attributes of a "Gasket x86 Emulator" launch configuration. Paths are workspace paths
 * ({@code /project/file.S}) or absolute file-system paths; lists keep the user's order.
 */
public final class LaunchAttributes {

	private static final String PREFIX = "dev.gasket.debug.";

	/** String: the project the program belongs to (its folder is the default include directory). */
	public static final String PROJECT = PREFIX + "project";
	/** List of strings: the sources to assemble and link, at least one. */
	public static final String SOURCES = PREFIX + "sources";
	/** String: the entry symbol; empty means {@code _start}, else the first code symbol. */
	public static final String ENTRY = PREFIX + "entry";
	/** String: the user's linker script; empty means the generated one at {@link #LOAD_ADDRESS}. */
	public static final String LINKER_SCRIPT = PREFIX + "linkerScript";
	/** String: the load address of the generated linker script, e.g. {@code 0x1000}. */
	public static final String LOAD_ADDRESS = PREFIX + "loadAddress";
	/** List of strings {@code NAME=VALUE}: {@code ld --defsym}. */
	public static final String DEFSYMS = PREFIX + "defsyms";
	/** List of strings: include directories for cpp and {@code .include}. */
	public static final String INCLUDE_PATHS = PREFIX + "includePaths";
	/** List of strings {@code NAME} or {@code NAME=VALUE}: cpp defines. */
	public static final String DEFINES = PREFIX + "defines";
	/** String: a binutils target prefix such as {@code x86_64-linux-gnu-}; empty for the host's tools. */
	public static final String TOOL_PREFIX = PREFIX + "toolPrefix";
	/** String: the name of a {@code dev.gasket.debug.engine.StartState} (REAL, PROTECTED32, LONG4, LONG5). */
	public static final String START_STATE = PREFIX + "startState";
	/** String: the name of a {@code dev.gasket.x86.cpu.CpuModel} (LEGACY, X86S). */
	public static final String CPU_MODEL = PREFIX + "cpuModel";
	/** Integer: RAM in MiB from physical address 0. */
	public static final String MEMORY_MIB = PREFIX + "memoryMiB";
	/** List of strings {@code SYMBOL=VALUE} or {@code %reg=VALUE}, applied after the start state. */
	public static final String ASSIGNMENTS = PREFIX + "assignments";
	/** Boolean: suspend whenever the CPU mode changes (real, protected, compatibility, 64-bit). */
	public static final String STOP_ON_MODE_CHANGE = PREFIX + "stopOnModeChange";
	/** Boolean: suspend at the entry point before the first instruction. */
	public static final String STOP_AT_ENTRY = PREFIX + "stopAtEntry";

	private LaunchAttributes() {
	}
}
