package dev.gasket.debug.model.state;

import java.util.List;
import java.util.function.LongFunction;

import dev.gasket.x86.cpu.ControlRegister;
import dev.gasket.x86.cpu.Flags;

/**
 * The named bit fields of a register, highest first, and how the register's value reads with them.
 *
 * @param fields the fields shown as children
 * @param text   the value with the names of its set bits, e.g. {@code 0x00000246 [IF ZF PF]}
 */
record BitLayout(List<Field> fields, LongFunction<String> text) {

	/** Bits {@code shift .. shift + width - 1} of a register, called {@code name}. */
	record Field(String name, int shift, int width) {

		long mask() {
			return (1L << width) - 1;
		}
	}

	static final BitLayout RFLAGS = new BitLayout(List.of(
			new Field("ID", 21, 1), new Field("AC", 18, 1), new Field("VM", 17, 1), new Field("RF", 16, 1),
			new Field("NT", 14, 1), new Field("IOPL", 12, 2), new Field("OF", 11, 1), new Field("DF", 10, 1),
			new Field("IF", 9, 1), new Field("TF", 8, 1), new Field("SF", 7, 1), new Field("ZF", 6, 1),
			new Field("AF", 4, 1), new Field("PF", 2, 1), new Field("CF", 0, 1)),
			value -> Hex.of(value, 4) + " " + Flags.describe(value));

	static BitLayout of(ControlRegister register) {
		return new BitLayout(register.bits().stream().map(bit -> new Field(bit.name(), bit.bit(), 1)).toList(),
				value -> ControlRegisterText.describe(register, value));
	}
}
