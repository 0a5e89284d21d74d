package dev.gasket.lang.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the quick outline's filter text matches, case ignored: a name it starts ({@code boot_f}); a name whose words
 * its words start, in order, words being split at {@code _}, {@code .} and lower-to-upper case steps ({@code b_f} and
 * {@code bF} both find {@code boot_flag}); or, with {@code *} or {@code ?} in it, a name it matches as a wildcard pattern
 * that may continue past its end. The workbench's camel-case matching wants capitals, which assembly names rarely have.
 */
final class NamePattern {
	private final String prefix;
	private final List<String> words;
	private final Pattern wildcard;

	NamePattern(String text) {
		prefix = text.toLowerCase(Locale.ROOT);
		words = words(text);
		wildcard = text.contains("*") || text.contains("?") ? wildcard(text) : null;
	}

	boolean matches(String name) {
		if (wildcard != null) {
			return wildcard.matcher(name).matches();
		}
		return name.toLowerCase(Locale.ROOT).startsWith(prefix) || words.size() > 1 && wordsStart(words(name));
	}

	/** Each pattern word starts a later word of the name than the one before; the first starts the name's first. */
	private boolean wordsStart(List<String> nameWords) {
		int next = 0;
		for (int index = 0; index < words.size(); index++) {
			String word = words.get(index);
			while (next < nameWords.size() && !nameWords.get(next).startsWith(word)) {
				if (index == 0) {
					return false;
				}
				next++;
			}
			if (next == nameWords.size()) {
				return false;
			}
			next++;
		}
		return true;
	}

	/** Lower-cased words: {@code trampoline_start64} gives trampoline, start64; {@code bootTable} gives boot, table. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			boolean separator = c == '_' || c == '.';
			boolean hump = Character.isUpperCase(c) && index > 0 && Character.isLowerCase(text.charAt(index - 1));
			if ((separator || hump) && !word.isEmpty()) {
				words.add(word.toString().toLowerCase(Locale.ROOT));
				word.setLength(0);
			}
			if (!separator) {
				word.append(c);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	private static Pattern wildcard(String text) {
		StringBuilder regex = new StringBuilder();
		for (char c : text.toCharArray()) {
			regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
		}
		return Pattern.compile(regex.append(".*").toString(), Pattern.CASE_INSENSITIVE);
	}
}
