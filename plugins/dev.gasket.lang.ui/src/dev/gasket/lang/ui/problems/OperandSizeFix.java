package dev.gasket.lang.ui.problems;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * The fix of an {@code operand-size-vs-symbol} warning: the instruction's size suffix changed to the symbol's size,
 * e.g. {@code xorq tr_cr4(%rip), %rax} on a 4-byte {@code tr_cr4} becomes {@code xorl}.
 */
public record OperandSizeFix(int offset, String mnemonic, String fixed) {
	/** A word followed by blanks that is neither a register, a directive, a label nor a macro parameter. */
	private static final Pattern MNEMONIC = Pattern.compile("(?<![%\\w.$\\\\])[A-Za-z][A-Za-z0-9]*(?=[ \\t])");

	public String label() {
		return "Change " + mnemonic + " to " + fixed;
	}

	public void apply(IDocument document) throws BadLocationException {
		document.replace(offset, mnemonic.length(), fixed);
	}

	/**
	 * The fix for the warning on the operand at {@code operandOffset}, from the data (symbol, access bytes,
	 * symbol bytes): only when the mnemonic before the operand carries the suffix of the access size.
	 */
	public static Optional<OperandSizeFix> find(IDocument document, int operandOffset, String[] data) {
		if (data.length < 3) {
			return Optional.empty();
		}
		Optional<Character> accessSuffix = suffix(data[1]);
		Optional<Character> symbolSuffix = suffix(data[2]);
		if (accessSuffix.isEmpty() || symbolSuffix.isEmpty()) {
			return Optional.empty();
		}
		try {
			IRegion line = document.getLineInformationOfOffset(operandOffset);
			String before = document.get(line.getOffset(), operandOffset - line.getOffset());
			Matcher matcher = MNEMONIC.matcher(before);
			if (!matcher.find() || !matcher.group().endsWith(accessSuffix.get().toString())) {
				return Optional.empty();
			}
			String mnemonic = matcher.group();
			String fixed = mnemonic.substring(0, mnemonic.length() - 1) + symbolSuffix.get();
			return Optional.of(new OperandSizeFix(line.getOffset() + matcher.start(), mnemonic, fixed));
		} catch (BadLocationException e) {
			// the marker is older than the text: nothing to offer until the next build
			return Optional.empty();
		}
	}

	private static Optional<Character> suffix(String bytes) {
		return switch (bytes) {
			case "1" -> Optional.of('b');
			case "2" -> Optional.of('w');
			case "4" -> Optional.of('l');
			case "8" -> Optional.of('q');
			default -> Optional.empty();
		};
	}
}
