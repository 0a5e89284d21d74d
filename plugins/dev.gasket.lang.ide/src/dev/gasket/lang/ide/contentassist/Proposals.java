package dev.gasket.lang.ide.contentassist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.gasket.lang.ide.contentassist.Completion.Kind;

/**
 * Collects the proposals that start with the typed prefix (ignoring case), the first of each label winning, and
 * hands them out best first: those matching the prefix's exact case, then alphabetically.
 */
final class Proposals {
	private final String prefix;
	private final String lowerCasePrefix;
	private final int replaceOffset;
	private final int replaceLength;
	private final Map<String, Completion> byLabel = new LinkedHashMap<>();

	/** @param prefix the text from {@code replaceOffset} to {@code caret}, which every proposal must start with */
	Proposals(String prefix, int replaceOffset, int caret) {
		this.prefix = prefix;
		this.lowerCasePrefix = prefix.toLowerCase(Locale.ROOT);
		this.replaceOffset = replaceOffset;
		this.replaceLength = caret - replaceOffset;
	}

	void add(String label, Kind kind, String detail) {
		if (label != null && !byLabel.containsKey(label) && label.toLowerCase(Locale.ROOT).startsWith(lowerCasePrefix)) {
			byLabel.put(label, new Completion(label, label, kind, detail, replaceOffset, replaceLength));
		}
	}

	List<Completion> best() {
		Comparator<Completion> order = Comparator.comparing((Completion completion) -> !completion.label().startsWith(prefix))
				.thenComparing(Completion::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Completion::label);
		return byLabel.values().stream().sorted(order).limit(CompletionProposals.MAX_PROPOSALS).toList();
	}
}
