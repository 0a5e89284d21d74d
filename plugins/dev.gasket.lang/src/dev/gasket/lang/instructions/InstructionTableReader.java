package dev.gasket.lang.instructions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** Reads the line-oriented instruction table; its header comment describes the format. */
final class InstructionTableReader {

	private static final Set<String> FAMILIES = Set.of("general-purpose", "system", "x87", "mmx", "sse", "avx",
			"avx-512");
	private static final Map<Character, Integer> LETTER_SIZES = Map.of('b', 8, 'w', 16, 'l', 32, 'q', 64);
	private static final Pattern SUFFIX = Pattern.compile("([a-z]+)(?:=(\\d+(?:,\\d+)?))?(?:\\[(64|no64)])?");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([a-z0-9,]+))?}");

	private final String sourceName;
	private final Map<String, Map<String, String>> sets = new HashMap<>();
	private final List<InstructionInfo> instructions = new ArrayList<>();
	private final Set<String> mnemonics = new HashSet<>();
	private int lineNumber;

	InstructionTableReader(String sourceName) {
		this.sourceName = sourceName;
	}

	/** One header line or indented line with its number, for messages. */
	private record Line(int number, String text) {
	}

	List<InstructionInfo> read(Reader table) throws IOException {
		List<List<Line>> blocks = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(table)) {
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				if (text.isBlank() || text.strip().startsWith("#")) {
					continue;
				}
				if (!Character.isWhitespace(text.charAt(0))) {
					blocks.add(new ArrayList<>());
				} else if (blocks.isEmpty()) {
					lineNumber = number;
					throw error("an indented line before the first record");
				}
				blocks.get(blocks.size() - 1).add(new Line(number, text.strip()));
			}
		}
		for (List<Line> block : blocks) {
			lineNumber = block.get(0).number();
			if (block.get(0).text().startsWith("define ")) {
				define(block);
			} else {
				expand(block);
			}
		}
		return instructions;
	}

	private void define(List<Line> block) {
		String name = block.get(0).text().substring("define ".length()).strip();
		Map<String, String> meanings = new LinkedHashMap<>();
		for (Line line : block.subList(1, block.size())) {
			lineNumber = line.number();
			String[] keyAndMeaning = line.text().split("\\s+", 2);
			if (keyAndMeaning.length < 2) {
				throw error("a set entry needs a key and its meaning");
			}
			meanings.put(keyAndMeaning[0], keyAndMeaning[1]);
		}
		sets.put(name, meanings);
	}

	/** A record whose mnemonic names a set, like {@code j{cc}}, stands for one record per set entry. */
	private void expand(List<Line> block) {
		Matcher placeholder = PLACEHOLDER.matcher(block.get(0).text().split("\\s+")[0]);
		if (!placeholder.find()) {
			instructions.add(new RecordReader(block).read());
			return;
		}
		String setName = placeholder.group(1);
		Map<String, String> set = sets.get(setName);
		if (set == null) {
			throw error("no set `" + setName + "` was defined before");
		}
		List<String> keys = placeholder.group(2) == null ? List.copyOf(set.keySet())
				: List.of(placeholder.group(2).split(","));
		for (String key : keys) {
			if (!set.containsKey(key)) {
				throw error("set `" + setName + "` has no entry `" + key + "`");
			}
			String nameText = placeholder.group(0);
			List<Line> substituted = block.stream().map(line -> {
				String text = line.text();
				text = text.startsWith("text ") ? text.replace("{" + setName + "}", set.get(key))
						: text.replace(nameText, key).replace("{" + setName + "}", key);
				return new Line(line.number(), text);
			}).toList();
			instructions.add(new RecordReader(substituted).read());
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException(sourceName + ":" + lineNumber + ": " + message);
	}

	/** Reads one record after set expansion. */
	private final class RecordReader {
		private final List<Line> block;
		private final List<SizeSuffix> suffixes = new ArrayList<>();
		private final List<InstructionInfo.Alias> aliases = new ArrayList<>();
		private final List<Line> formLines = new ArrayList<>();
		private final StringBuilder description = new StringBuilder();
		private String stem;
		private DefaultSize defaultSize = DefaultSize.NONE;
		private boolean acceptedByGas = true;

		RecordReader(List<Line> block) {
			this.block = block;
		}

		InstructionInfo read() {
			String[] header = block.get(0).text().split("\\s+");
			if (header.length != 3) {
				throw error("a record starts with MNEMONIC FAMILY MODES");
			}
			String mnemonic = header[0];
			if (!mnemonics.add(mnemonic)) {
				throw error("`" + mnemonic + "` is listed twice");
			}
			if (!FAMILIES.contains(header[1])) {
				throw error("unknown family `" + header[1] + "`; one of " + FAMILIES);
			}
			ModeValidity modes = modes(header[2]);
			stem = mnemonic;
			for (Line line : block.subList(1, block.size())) {
				lineNumber = line.number();
				attribute(line);
			}
			if (formLines.isEmpty() || description.isEmpty()) {
				lineNumber = block.get(0).number();
				throw error("`" + mnemonic + "` needs at least one form and a text");
			}
			int slotCount = suffixes.stream().mapToInt(suffix -> suffix.sizesInBits().size()).max().orElse(0);
			List<InstructionForm> forms = new ArrayList<>();
			for (Line line : formLines) {
				lineNumber = line.number();
				forms.add(form(mnemonic, line.text(), slotCount));
			}
			lineNumber = block.get(0).number();
			for (InstructionInfo.Alias alias : aliases) {
				if (!alias.suffixLetters().isEmpty() && suffixes.stream().noneMatch(
						suffix -> suffix.spelled() && suffix.letters().equals(alias.suffixLetters()))) {
					throw error("alias `" + alias.spelling() + "` stands for a suffix the record does not list");
				}
			}
			return new InstructionInfo(mnemonic, header[1], description.toString(), modes, forms, suffixes, stem,
					aliases, defaultSize, acceptedByGas);
		}

		private void attribute(Line line) {
			String[] keyAndValue = line.text().split("\\s+", 2);
			String value = keyAndValue.length > 1 ? keyAndValue[1].strip() : "";
			switch (keyAndValue[0]) {
				case "suffix" -> words(value).forEach(token -> suffixes.add(suffix(token, true)));
				case "sizes" -> words(value).forEach(token -> suffixes.add(suffix(token, false)));
				case "stem" -> stem = value;
				case "alias" -> words(value).forEach(token -> {
					String[] spellingAndSuffix = token.split("=", 2);
					aliases.add(new InstructionInfo.Alias(spellingAndSuffix[0],
							spellingAndSuffix.length > 1 ? spellingAndSuffix[1] : ""));
				});
				case "default" -> defaultSize = switch (value) {
					case "stack" -> DefaultSize.STACK;
					case "operand" -> DefaultSize.OPERAND;
					default -> throw error("default is `stack` or `operand`");
				};
				case "gas" -> {
					if (!value.equals("unknown")) {
						throw error("the only gas attribute is `unknown`");
					}
					acceptedByGas = false;
				}
				case "form" -> formLines.add(new Line(line.number(), value));
				case "text" -> description.append(description.isEmpty() ? "" : " ").append(value);
				default -> throw error("unknown attribute `" + keyAndValue[0] + "`");
			}
		}
	}

	private static List<String> words(String text) {
		return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
	}

	private ModeValidity modes(String text) {
		return switch (text) {
			case "any" -> ModeValidity.ANY;
			case "64" -> ModeValidity.ONLY_64_BIT;
			case "no64" -> ModeValidity.NOT_64_BIT;
			default -> throw error("modes are `any`, `64` or `no64`, not `" + text + "`");
		};
	}

	private SizeSuffix suffix(String token, boolean spelled) {
		Matcher matcher = SUFFIX.matcher(token);
		if (!matcher.matches()) {
			throw error("bad suffix `" + token + "`");
		}
		String letters = matcher.group(1);
		List<Integer> sizes = new ArrayList<>();
		if (matcher.group(2) != null) {
			for (String bits : matcher.group(2).split(",")) {
				sizes.add(Integer.parseInt(bits));
			}
		} else {
			for (char letter : letters.toCharArray()) {
				Integer bits = LETTER_SIZES.get(letter);
				if (bits == null) {
					throw error("suffix `" + token + "` needs its size: `" + letters + "=BITS`");
				}
				sizes.add(bits);
			}
		}
		ModeValidity modes = matcher.group(3) == null ? ModeValidity.ANY : modes(matcher.group(3));
		return new SizeSuffix(letters, sizes, modes, spelled);
	}

	private InstructionForm form(String mnemonic, String text, int slotCount) {
		String operandText = text;
		ModeValidity modes = ModeValidity.ANY;
		Set<Integer> allowedSizes = new HashSet<>();
		boolean suffixAllowed = true;
		if (text.endsWith("]")) {
			int open = text.lastIndexOf('[');
			operandText = text.substring(0, open).strip();
			for (String option : words(text.substring(open + 1, text.length() - 1).strip())) {
				if (option.equals("64") || option.equals("no64")) {
					modes = modes(option);
				} else if (option.equals("nosuffix")) {
					suffixAllowed = false;
				} else if (option.startsWith("sizes=")) {
					for (String letter : option.substring("sizes=".length()).split(",")) {
						Integer bits = letter.length() == 1 ? LETTER_SIZES.get(letter.charAt(0)) : null;
						if (bits == null) {
							throw error("sizes= takes the letters b, w, l, q");
						}
						allowedSizes.add(bits);
					}
				} else {
					throw error("unknown form option `" + option + "`");
				}
			}
		}
		List<OperandPattern> operands = new ArrayList<>();
		if (!operandText.equals("-")) {
			for (String pattern : operandText.split(",")) {
				try {
					operands.add(OperandPatternParser.parse(pattern.strip(), slotCount));
				} catch (IllegalArgumentException e) {
					throw error(e.getMessage());
				}
			}
		}
		return new InstructionForm(mnemonic, operands, modes, allowedSizes, suffixAllowed);
	}
}
