package dev.gasket.x86.tests.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Memory operands for a snippet: absolute, RIP-relative, and base + index * scale + displacement (with 64- or
 * 32-bit address size), where the base and index registers get initial values that point the operand at an
 * address the generator chose, or already hold values it knows.
 */
final class Addressing {

	/** Memory operands keep this far from the ends of the data area, so pushes and pops around them fit. */
	static final int MARGIN = 64;
	private static final int SMALL_INDEX = 64;

	private final SnippetBuilder builder;
	private final Random random;
	private final HarnessLayout layout;

	Addressing(SnippetBuilder builder) {
		this.builder = builder;
		this.random = builder.random();
		this.layout = builder.layout();
	}

	/** An operand of {@code bytes} bytes somewhere in the data area. */
	Memory anywhere(int bytes) {
		return at(randomAddress(bytes), true);
	}

	long randomAddress(int bytes) {
		return layout.dataBase() + MARGIN + random.nextInt(layout.dataSize() - 2 * MARGIN - bytes + 1);
	}

	/** An operand whose effective address is {@code address}; {@code mayUseRsp} allows RSP as the base. */
	Memory at(long address, boolean mayUseRsp) {
		int form = random.nextInt(10);
		boolean lowAddress = address >= 0 && address < 1L << 31;
		if (form == 0 && lowAddress) {
			return new Memory(Hex.signed(address), false, address);
		}
		if (form == 1 && lowAddress) {
			// RIP-relative to a target given as an offset from the snippet's start (label 0b), which the
			// harness places at its code base; as resolves the displacement itself.
			String target = "0b+" + Hex.signed(address) + "-" + Hex.signed(layout.codeBase());
			return new Memory("(" + target + ")(%rip)", false, address);
		}
		return based(address, mayUseRsp);
	}

	private Memory based(long address, boolean mayUseRsp) {
		RegisterFile registers = builder.registers();
		Register index = null;
		long indexValue = 0;
		int scale = 1 << random.nextInt(4);
		if (random.nextBoolean()) {
			index = pickIndex(registers);
			if (index != null) {
				indexValue = registers.known(index.number()).getAsLong();
			}
		}
		long scaled = indexValue * scale;
		int base = pickBase(registers, address - scaled, mayUseRsp, index);
		if (base < 0) {
			Infeasible.unless(address >= 0 && address < 1L << 31);
			return new Memory(Hex.signed(address), false, address);
		}
		builder.use(Register.of(base, 64), true, false);
		if (index != null) {
			builder.use(index, true, false);
		}
		long displacement = address - scaled - registers.known(base).getAsLong();
		boolean address32 = random.nextInt(8) == 0;
		int addressBits = address32 ? 32 : 64;
		String registersText = Register.of(base, addressBits).text()
				+ (index == null ? "" : "," + Register.of(index.number(), addressBits).text() + "," + scale);
		String text = (displacement == 0 ? "" : Hex.signed(displacement)) + "(" + registersText + ")";
		return new Memory(text, base >= 8 || index != null && index.number() >= 8, address);
	}

	/** A register with a small known value, or a fresh one given such a value. */
	private Register pickIndex(RegisterFile registers) {
		List<Integer> candidates = new ArrayList<>();
		for (int number = 0; number < 16; number++) {
			OptionalLong value = registers.known(number);
			boolean small = value.isPresent() && Math.abs(value.getAsLong()) <= SMALL_INDEX;
			if (number != Register.RSP && (small || registers.state(number) == RegisterFile.State.UNTOUCHED)) {
				candidates.add(number);
			}
		}
		if (candidates.isEmpty()) {
			return null;
		}
		int number = candidates.get(random.nextInt(candidates.size()));
		if (registers.state(number) == RegisterFile.State.UNTOUCHED) {
			registers.choose(number, random.nextInt(2 * SMALL_INDEX + 1) - SMALL_INDEX);
		}
		return Register.of(number, 64);
	}

	/**
	 * A register whose known value is within a 32-bit displacement of {@code target}, or a fresh one given a
	 * value near it; -1 if there is none.
	 */
	private int pickBase(RegisterFile registers, long target, boolean mayUseRsp, Register index) {
		List<Integer> known = new ArrayList<>();
		List<Integer> fresh = new ArrayList<>();
		for (int number = 0; number < 16; number++) {
			if ((number == Register.RSP && !mayUseRsp) || index != null && index.number() == number) {
				continue;
			}
			if (registers.state(number) == RegisterFile.State.UNTOUCHED) {
				fresh.add(number);
			} else {
				OptionalLong value = registers.known(number);
				if (value.isPresent() && fitsDisplacement(target - value.getAsLong())) {
					known.add(number);
				}
			}
		}
		if (!fresh.isEmpty() && (known.isEmpty() || random.nextInt(3) != 0)) {
			int number = fresh.get(random.nextInt(fresh.size()));
			long displacement = switch (random.nextInt(4)) {
			case 0 -> 0;
			case 1 -> random.nextInt(256) - 128;
			default -> random.nextInt(2 * layout.dataSize()) - layout.dataSize();
			};
			registers.choose(number, target - displacement);
			return number;
		}
		return known.isEmpty() ? -1 : known.get(random.nextInt(known.size()));
	}

	private static boolean fitsDisplacement(long displacement) {
		return displacement >= Integer.MIN_VALUE && displacement <= Integer.MAX_VALUE;
	}

	/**
	 * An address expression for {@code lea}: any registers, any displacement; nothing is accessed, so the
	 * generator needs no value for it.
	 */
	Memory forLea() {
		int form = random.nextInt(8);
		if (form == 0) {
			return new Memory(Hex.signed(random.nextInt(Integer.MAX_VALUE)), false, 0);
		}
		if (form == 1) {
			return new Memory(Hex.signed(random.nextInt()) + "(%rip)", false, 0);
		}
		int addressBits = random.nextInt(6) == 0 ? 32 : 64;
		Register base = builder.readable(64);
		Register index = null;
		if (random.nextBoolean()) {
			index = builder.readable(64);
			Infeasible.unless(index.number() != Register.RSP);
		}
		long displacement = switch (random.nextInt(3)) {
		case 0 -> 0;
		case 1 -> random.nextInt(256) - 128;
		default -> random.nextInt();
		};
		String registersText = Register.of(base.number(), addressBits).text() + (index == null ? ""
				: "," + Register.of(index.number(), addressBits).text() + "," + (1 << random.nextInt(4)));
		String text = (displacement == 0 ? "" : Hex.signed(displacement)) + "(" + registersText + ")";
		return new Memory(text, base.number() >= 8 || index != null && index.number() >= 8, 0);
	}
}
