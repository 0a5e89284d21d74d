package dev.gasket.x86.decode;

import java.util.List;

/** The rows of the decoder's opcode table, for tools and tests that check they cover all of them. */
public final class OpcodeRows {

	private OpcodeRows() {
	}

	/** Every row in table order; rows that decode alike are distinct objects. */
	public static List<Opcode> all() {
		return List.copyOf(OpcodeTable.INSTANCE.all());
	}
}
