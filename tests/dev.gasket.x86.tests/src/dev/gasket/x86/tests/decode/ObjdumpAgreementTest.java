package dev.gasket.x86.tests.decode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.gasket.x86.cpu.CpuFault;
import dev.gasket.x86.decode.AttSyntax;
import dev.gasket.x86.decode.ByteSource;
import dev.gasket.x86.decode.Decoder;
import dev.gasket.x86.decode.Instruction;
import dev.gasket.x86.decode.Opcode;
import dev.gasket.x86.decode.OpcodeRows;

/**
 * The decoder and {@link AttSyntax} against GNU objdump: the assembly files under resources/decode, built
 * with GNU as, must decode to objdump's lengths and text, and together must use every opcode table row.
 */
class ObjdumpAgreementTest {

	@TestFactory
	Stream<DynamicTest> decodesLikeObjdump() {
		return Stream.of(CodeMode.values()).map(mode -> dynamicTest(mode.source, () -> assertAgrees(mode)));
	}

	private static void assertAgrees(CodeMode mode) throws IOException, InterruptedException {
		ReferenceDisassembly reference = ReferenceDisassembly.of(mode);
		assertFalse(reference.lines().isEmpty(), "objdump listed no instructions for " + mode.source);
		Decoder decoder = new Decoder();
		Instruction insn = new Instruction();
		ByteSource code = ByteSource.of(reference.code(), 0);
		List<String> differences = new ArrayList<>();
		for (ObjdumpLine line : reference.lines()) {
			String ours;
			int length;
			try {
				decoder.decode(insn, code, line.address(), mode.bitness);
				ours = AttSyntax.format(insn, line.address());
				length = insn.length();
			} catch (CpuFault fault) {
				ours = fault.getMessage();
				length = 0;
			}
			if (!ours.equals(line.text()) || length != line.bytes().length) {
				differences.add(String.format("%5x: %-30s objdump: %-40s ours: %s%s", line.address(), line.hexBytes(),
						line.text(), ours, length == line.bytes().length ? "" : " (length " + length + ")"));
			}
		}
		if (!differences.isEmpty()) {
			fail(differences.size() + " of " + reference.lines().size() + " instructions in " + mode.source
					+ " differ from objdump:\n" + String.join("\n", differences));
		}
	}

	@Test
	void assemblyFilesUseEveryTableRow() throws IOException, InterruptedException {
		Set<Opcode> used = Collections.newSetFromMap(new IdentityHashMap<>());
		Decoder decoder = new Decoder();
		Instruction insn = new Instruction();
		for (CodeMode mode : CodeMode.values()) {
			ReferenceDisassembly reference = ReferenceDisassembly.of(mode);
			ByteSource code = ByteSource.of(reference.code(), 0);
			for (ObjdumpLine line : reference.lines()) {
				try {
					decoder.decode(insn, code, line.address(), mode.bitness);
					used.add(insn.opcode());
				} catch (CpuFault fault) {
					// decodesLikeObjdump reports it.
				}
			}
		}
		List<Opcode> rows = OpcodeRows.all();
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!used.contains(rows.get(i))) {
				missing.add("row " + (i + 1) + ": " + describe(rows.get(i)));
			}
		}
		assertTrue(missing.isEmpty(), "opcode table rows that no instruction in resources/decode/*.s uses:\n"
				+ String.join("\n", missing));
	}

	/** E.g. {@code add Ev,Ib (ADD)}; fixed registers show as r with their number. */
	private static String describe(Opcode row) {
		String operands = row.operands().stream()
				.map(spec -> spec.fixedRegister() >= 0 ? spec.method() + "" + spec.fixedRegister() : spec.method() + "" + spec.size())
				.collect(Collectors.joining(","));
		return row.mnemonic() + " " + operands + " (" + row.operation() + ")";
	}
}
