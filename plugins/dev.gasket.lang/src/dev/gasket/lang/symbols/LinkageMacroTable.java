package dev.gasket.lang.symbols;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import dev.gasket.lang.symbols.LinkageMacro.Role;

/**
 * Which cpp macros define symbols: the Linux {@code SYM_*} family and the legacy {@code ENTRY/END/ENDPROC/GLOBAL/WEAK}
 * built in, extended by rows from the project settings (see {@link #parseRow(String)}).
 */
public final class LinkageMacroTable {
	private final Map<String, LinkageMacro> macros = new LinkedHashMap<>();

	private LinkageMacroTable() {
	}

	public static LinkageMacroTable builtIn() {
		LinkageMacroTable table = new LinkageMacroTable();
		for (String suffix : new String[] { "", "_LOCAL", "_NOALIGN", "_LOCAL_NOALIGN", "_WEAK", "_WEAK_NOALIGN" }) {
			table.add("SYM_FUNC_START" + suffix, 0, SymbolKind.CODE, Role.START);
		}
		table.add("SYM_TYPED_FUNC_START", 0, SymbolKind.CODE, Role.START);
		table.add("SYM_FUNC_END", 0, SymbolKind.CODE, Role.END);
		for (String suffix : new String[] { "", "_LOCAL", "_WEAK" }) {
			table.add("SYM_FUNC_ALIAS" + suffix, 0, SymbolKind.CODE, Role.DEFINE);
		}
		for (String suffix : new String[] { "", "_LOCAL", "_NOALIGN", "_LOCAL_NOALIGN" }) {
			table.add("SYM_CODE_START" + suffix, 0, SymbolKind.CODE, Role.START);
		}
		table.add("SYM_CODE_END", 0, SymbolKind.CODE, Role.END);
		table.add("SYM_INNER_LABEL", 0, SymbolKind.LABEL, Role.DEFINE);
		table.add("SYM_INNER_LABEL_ALIGN", 0, SymbolKind.LABEL, Role.DEFINE);
		table.add("SYM_DATA_START", 0, SymbolKind.DATA, Role.START);
		table.add("SYM_DATA_START_LOCAL", 0, SymbolKind.DATA, Role.START);
		table.add("SYM_DATA_END", 0, SymbolKind.DATA, Role.END);
		table.add("SYM_DATA_END_LABEL", 2, SymbolKind.LABEL, Role.DEFINE);
		table.macros.put("SYM_DATA", new LinkageMacro("SYM_DATA", 0, SymbolKind.DATA, Role.DEFINE, OptionalInt.of(1)));
		table.macros.put("SYM_DATA_LOCAL", new LinkageMacro("SYM_DATA_LOCAL", 0, SymbolKind.DATA, Role.DEFINE, OptionalInt.of(1)));
		table.add("SYM_START", 0, SymbolKind.CODE, Role.START);
		table.add("SYM_END", 0, SymbolKind.CODE, Role.END);
		table.add("SYM_ENTRY", 0, SymbolKind.LABEL, Role.DEFINE);
		table.add("ENTRY", 0, SymbolKind.CODE, Role.START);
		table.add("END", 0, SymbolKind.CODE, Role.END);
		table.add("ENDPROC", 0, SymbolKind.CODE, Role.END);
		table.add("GLOBAL", 0, SymbolKind.LABEL, Role.DEFINE);
		table.add("WEAK", 0, SymbolKind.LABEL, Role.DEFINE);
		return table;
	}

	/**
	 * This table plus user rows, one per line or separated by {@code ;}: {@code NAME ARGUMENT KIND ROLE [SIZE_ARGUMENT]},
	 * e.g. {@code MY_DATA 0 data define 1} or {@code MY_FUNC 0 code start}.
	 *
	 * @throws IllegalArgumentException naming the row that is malformed
	 */
	public LinkageMacroTable with(String userRows) {
		LinkageMacroTable table = new LinkageMacroTable();
		table.macros.putAll(macros);
		for (String row : userRows.split("[;\n]")) {
			if (!row.isBlank()) {
				LinkageMacro macro = parseRow(row.trim());
				table.macros.put(macro.name(), macro);
			}
		}
		return table;
	}

	/** Every macro of the table, built-in rows first, in the order they were added. */
	public Collection<LinkageMacro> macros() {
		return Collections.unmodifiableCollection(macros.values());
	}

	public Optional<LinkageMacro> get(String macroName) {
		return Optional.ofNullable(macros.get(macroName));
	}

	static LinkageMacro parseRow(String row) {
		String[] fields = row.split("\\s+");
		if (fields.length < 4 || fields.length > 5) {
			throw new IllegalArgumentException("linkage macro row '" + row + "': expected NAME ARGUMENT KIND ROLE [SIZE_ARGUMENT]");
		}
		try {
			OptionalInt size = fields.length == 5 ? OptionalInt.of(Integer.parseInt(fields[4])) : OptionalInt.empty();
			return new LinkageMacro(fields[0], Integer.parseInt(fields[1]), SymbolKind.valueOf(fields[2].toUpperCase()),
					Role.valueOf(fields[3].toUpperCase()), size);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("linkage macro row '" + row + "': " + e.getMessage()
					+ " (ARGUMENT and SIZE_ARGUMENT are 0-based numbers, KIND one of code, data, label, ROLE one of define, start, end)", e);
		}
	}

	private void add(String name, int argument, SymbolKind kind, Role role) {
		macros.put(name, new LinkageMacro(name, argument, kind, role, OptionalInt.empty()));
	}
}
