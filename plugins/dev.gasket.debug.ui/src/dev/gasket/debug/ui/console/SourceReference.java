package dev.gasket.debug.ui.console;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code FILE:LINE} or {@code FILE:LINE:COLUMN} the console shows, as GNU tools print locations
 * ({@code /home/me/x.S:12:5}) and the debugger names stops ({@code trampoline_64.S:145}).
 *
 * @param path as printed: absolute, or relative to something the launch knows
 * @param line 1-based
 */
public record SourceReference(String path, int line) {

	private static final Pattern REFERENCE = Pattern.compile("(.+?):(\\d{1,9})(?::\\d{1,9})?");

	/** The reference in text the console's pattern matched; empty when it is not one (or names line 0). */
	public static Optional<SourceReference> parse(String text) {
		Matcher matcher = REFERENCE.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int line = Integer.parseInt(matcher.group(2));
		return line < 1 ? Optional.empty() : Optional.of(new SourceReference(matcher.group(1), line));
	}
}
