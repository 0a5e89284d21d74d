package dev.gasket.lang.instructions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.gasket.lang.instructions.FormMatch.Matched;
import dev.gasket.lang.instructions.FormMatch.Mismatch;
import dev.gasket.lang.instructions.FormMatch.Problem;

/**
 * The x86 instructions GAS accepts in AT&T syntax, as the validator and content assist need them: which
 * mnemonics exist, how suffixes and operands combine, in which modes, and how much memory an operand touches.
 */
public final class InstructionSet {

	/** The table, next to this class on the classpath. */
	public static final String TABLE_RESOURCE = "x86-instructions.txt";

	private final List<InstructionInfo> instructions;
	private final Map<String, InstructionInfo> byMnemonic = new LinkedHashMap<>();
	private final MnemonicResolver resolver;
	private final FormMatcher matcher = new FormMatcher();

	/** Code repeats the same few instruction shapes; matching each once keeps validation off the table. */
	private static final int MATCH_CACHE_LIMIT = 50_000;

	/** The instruction by identity: its record equality would compare the whole table entry. */
	private record MatchKey(String written, InstructionIdentity instruction, List<OperandShape> operands, CodeMode mode) {
	}

	private record InstructionIdentity(InstructionInfo instruction) {
		@Override
		public boolean equals(Object other) {
			return other instanceof InstructionIdentity identity && identity.instruction == instruction;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(instruction);
		}
	}

	private final Map<MatchKey, FormMatch> matches = new ConcurrentHashMap<>();

	private InstructionSet(List<InstructionInfo> instructions) {
		this.instructions = List.copyOf(instructions);
		for (InstructionInfo instruction : instructions) {
			byMnemonic.putIfAbsent(instruction.mnemonic(), instruction);
		}
		for (InstructionInfo instruction : instructions) {
			instruction.aliases().forEach(alias -> byMnemonic.putIfAbsent(alias.spelling(), instruction));
		}
		this.resolver = new MnemonicResolver(this.instructions);
	}

	/** Loads the built-in table once; later calls, from any thread, share it. */
	public static InstructionSet builtIn() {
		return BuiltIn.INSTANCE;
	}

	/** Reads a table in the format of {@value #TABLE_RESOURCE}; {@code sourceName} appears in error messages. */
	public static InstructionSet read(Reader table, String sourceName) throws IOException {
		return new InstructionSet(new InstructionTableReader(sourceName).read(table));
	}

	private static final class BuiltIn {
		static final InstructionSet INSTANCE = load();

		private static InstructionSet load() {
			try (InputStream stream = InstructionSet.class.getResourceAsStream(TABLE_RESOURCE)) {
				if (stream == null) {
					throw new IllegalStateException(TABLE_RESOURCE + " is missing next to " + InstructionSet.class);
				}
				return read(new InputStreamReader(stream, StandardCharsets.UTF_8), TABLE_RESOURCE);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The preferred reading of a written mnemonic, case-insensitively; empty when it is unknown. */
	public Optional<MnemonicUse> resolve(String writtenMnemonic) {
		return resolver.resolveAll(writtenMnemonic).stream().findFirst();
	}

	/**
	 * Every reading, preferred first: {@code movsd} is the SSE2 move and the string move, {@code movq} the SSE
	 * move and {@code mov} with suffix {@code q}.
	 */
	public List<MnemonicUse> resolveAll(String writtenMnemonic) {
		return resolver.resolveAll(writtenMnemonic);
	}

	/** By base mnemonic or alias ({@code cdqe} finds {@code cltq}), case-insensitively. */
	public Optional<InstructionInfo> instruction(String baseMnemonic) {
		return Optional.ofNullable(byMnemonic.get(baseMnemonic.toLowerCase(Locale.ROOT)));
	}

	/** All instructions in table order. */
	public Collection<InstructionInfo> instructions() {
		return instructions;
	}

	/**
	 * Matches written operands against the forms of {@code use}, and when none fits, against the other readings
	 * of the same spelling ({@code movsd} without operands is the string move). A mismatch is reported for the
	 * reading that came closest.
	 */
	public FormMatch match(MnemonicUse use, List<OperandShape> operands, CodeMode mode) {
		MatchKey key = new MatchKey(use.written(), new InstructionIdentity(use.instruction()), List.copyOf(operands), mode);
		FormMatch known = matches.get(key);
		if (known != null) {
			return known;
		}
		if (matches.size() >= MATCH_CACHE_LIMIT) {
			matches.clear();
		}
		FormMatch result = matchUncached(use, operands, mode);
		matches.put(key, result);
		return result;
	}

	private FormMatch matchUncached(MnemonicUse use, List<OperandShape> operands, CodeMode mode) {
		FormMatch best = matcher.match(use, operands, mode);
		for (MnemonicUse other : resolver.resolveAll(use.written())) {
			if (best instanceof Matched) {
				break;
			}
			if (other.instruction() != use.instruction()) {
				FormMatch result = matcher.match(other, operands, mode);
				if (result instanceof Matched || closeness(result) > closeness(best)) {
					best = result;
				}
			}
		}
		return best;
	}

	private static int closeness(FormMatch match) {
		Problem problem = ((Mismatch) match).problem();
		return switch (problem) {
			case OPERAND_COUNT -> 0;
			case OPERAND_KINDS -> 1;
			case SUFFIX_VS_REGISTER, INVALID_IN_MODE, REGISTER_NOT_IN_MODE -> 2;
		};
	}
}
