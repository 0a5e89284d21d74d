package dev.gasket.x86.tests.qemu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registers a stub declares in its XML target description ("Target Descriptions" in the GDB manual),
 * with {@code xi:include}d documents expanded in place. Registers are numbered in document order unless a
 * {@code regnum} attribute restarts the count; the {@code g} packet holds them in number order.
 * <p>
 * The few elements needed here are matched with regular expressions rather than an XML parser because the
 * bundle imports no {@code javax.xml} packages; target descriptions are machine-written and regular.
 */
public final class TargetDescription {

	private static final Pattern ELEMENT = Pattern.compile(
			"<(xi:include|reg|feature|architecture)\\b([^>]*?)/?>(?:([^<]*)</architecture>)?", Pattern.DOTALL);
	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
	private static final int MAX_INCLUDE_DEPTH = 8;

	private final String architecture;
	private final List<RegisterInfo> registers;
	private final Map<String, RegisterInfo> byName = new LinkedHashMap<>();

	private TargetDescription(String architecture, List<RegisterInfo> registers) {
		this.architecture = architecture;
		this.registers = registers.stream().sorted(Comparator.comparingInt(RegisterInfo::number)).toList();
		for (RegisterInfo register : this.registers) {
			byName.putIfAbsent(register.name(), register);
		}
	}

	/**
	 * Parses {@code rootAnnex} (normally {@code "target.xml"}), fetching included documents through
	 * {@code fetch} (annex name to XML text).
	 */
	public static TargetDescription parse(String rootAnnex, Function<String, String> fetch) {
		Parser parser = new Parser(fetch);
		parser.parseDocument(rootAnnex, 0);
		if (parser.registers.isEmpty()) {
			throw new GdbRemoteException("target description " + rootAnnex + " declares no registers");
		}
		return new TargetDescription(parser.architecture, parser.registers);
	}

	/** The {@code <architecture>} text, e.g. {@code "i386:x86-64"}, or empty when absent. */
	public String architecture() {
		return architecture;
	}

	/** All registers ordered by register number, which is their order in a {@code g} reply. */
	public List<RegisterInfo> registers() {
		return registers;
	}

	public Optional<RegisterInfo> register(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	private static final class Parser {
		private final Function<String, String> fetch;
		private final List<RegisterInfo> registers = new ArrayList<>();
		private String architecture = "";
		private String feature = "";
		private int nextNumber;

		Parser(Function<String, String> fetch) {
			this.fetch = fetch;
		}

		void parseDocument(String annex, int depth) {
			if (depth > MAX_INCLUDE_DEPTH) {
				throw new GdbRemoteException("target description includes nest deeper than " + MAX_INCLUDE_DEPTH
						+ " at " + annex);
			}
			Matcher element = ELEMENT.matcher(COMMENT.matcher(fetch.apply(annex)).replaceAll(""));
			while (element.find()) {
				Map<String, String> attributes = attributes(element.group(2));
				switch (element.group(1)) {
				case "xi:include" -> parseDocument(required(attributes, "href", annex, "xi:include"), depth + 1);
				case "feature" -> feature = attributes.getOrDefault("name", "");
				case "architecture" -> architecture = element.group(3) == null ? "" : element.group(3).trim();
				default -> addRegister(attributes, annex);
				}
			}
		}

		private void addRegister(Map<String, String> attributes, String annex) {
			String name = required(attributes, "name", annex, "reg");
			int number = attributes.containsKey("regnum") ? parseInt(attributes.get("regnum"), name, annex)
					: nextNumber;
			int bitSize = parseInt(required(attributes, "bitsize", annex, "reg " + name), name, annex);
			registers.add(new RegisterInfo(name, number, bitSize, attributes.getOrDefault("type", "int"), feature));
			nextNumber = number + 1;
		}

		private static Map<String, String> attributes(String text) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(text);
			while (attribute.find()) {
				attributes.put(attribute.group(1),
						attribute.group(3) != null ? attribute.group(3) : attribute.group(4));
			}
			return attributes;
		}

		private static String required(Map<String, String> attributes, String name, String annex, String element) {
			String value = attributes.get(name);
			if (value == null) {
				throw new GdbRemoteException("<" + element + "> without " + name + " attribute in " + annex);
			}
			return value;
		}

		private static int parseInt(String value, String register, String annex) {
			try {
				return Integer.parseInt(value.trim());
			} catch (NumberFormatException e) {
				throw new GdbRemoteException("register " + register + " in " + annex + " has non-numeric value '"
						+ value + "'", e);
			}
		}
	}
}
