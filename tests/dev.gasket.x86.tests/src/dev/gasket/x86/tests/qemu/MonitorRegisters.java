package dev.gasket.x86.tests.qemu;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state QEMU shows only through the {@code info registers} monitor command: segment descriptor caches,
 * GDTR/IDTR, CPL, the interrupt shadow and the halted flag.
 *
 * @param segments           ES, CS, SS, DS, FS, GS, LDT and TR by those names
 * @param interruptInhibited QEMU's {@code II}: the next instruction follows {@code mov ss}/{@code pop ss}/{@code sti}
 * @param halted             the CPU executed {@code hlt} and waits for an interrupt
 */
public record MonitorRegisters(Map<String, SegmentCache> segments, long gdtBase, int gdtLimit, long idtBase,
		int idtLimit, int currentPrivilegeLevel, boolean interruptInhibited, boolean halted) {

	private static final Pattern SEGMENT = Pattern.compile(
			"^(ES|CS|SS|DS|FS|GS|LDT|TR)\\s*=([0-9a-f]{4}) ([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+)", Pattern.MULTILINE);
	private static final Pattern TABLE = Pattern.compile("^(GDT|IDT)=\\s+([0-9a-f]+) ([0-9a-f]+)", Pattern.MULTILINE);
	private static final Pattern STATUS = Pattern.compile("CPL=(\\d) II=(\\d) A20=\\d SMM=\\d HLT=(\\d)");

	/** Parses the monitor's output; fails naming what is missing when the format is not QEMU's. */
	public static MonitorRegisters parse(String infoRegisters) {
		Map<String, SegmentCache> segments = new LinkedHashMap<>();
		Matcher segment = SEGMENT.matcher(infoRegisters);
		while (segment.find()) {
			segments.put(segment.group(1), new SegmentCache(Integer.parseInt(segment.group(2), 16),
					Long.parseUnsignedLong(segment.group(3), 16), Long.parseLong(segment.group(4), 16),
					Integer.parseUnsignedInt(segment.group(5), 16)));
		}
		if (segments.size() != 8) {
			throw new GdbRemoteException("expected 8 segment lines in 'info registers' but found " + segments.keySet()
					+ ":\n" + infoRegisters);
		}
		Map<String, long[]> tables = new LinkedHashMap<>();
		Matcher table = TABLE.matcher(infoRegisters);
		while (table.find()) {
			tables.put(table.group(1), new long[] { Long.parseUnsignedLong(table.group(2), 16),
					Long.parseLong(table.group(3), 16) });
		}
		Matcher status = STATUS.matcher(infoRegisters);
		if (tables.size() != 2 || !status.find()) {
			throw new GdbRemoteException("no GDT/IDT or CPL/II/HLT line in 'info registers':\n" + infoRegisters);
		}
		return new MonitorRegisters(Map.copyOf(segments), tables.get("GDT")[0], (int) tables.get("GDT")[1],
				tables.get("IDT")[0], (int) tables.get("IDT")[1], Integer.parseInt(status.group(1)),
				status.group(2).equals("1"), status.group(3).equals("1"));
	}

	public SegmentCache segment(String name) {
		SegmentCache cache = segments.get(name);
		if (cache == null) {
			throw new IllegalArgumentException("no segment " + name + "; known: " + segments.keySet());
		}
		return cache;
	}
}
