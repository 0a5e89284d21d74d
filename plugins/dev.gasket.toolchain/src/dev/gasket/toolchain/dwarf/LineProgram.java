package dev.gasket.toolchain.dwarf;

import java.util.List;

/** Runs the line-number state machine of one unit (DWARF 5, section 6.2) and appends the rows it emits. */
final class LineProgram {

	private static final int DW_LNS_COPY = 1;
	private static final int DW_LNS_ADVANCE_PC = 2;
	private static final int DW_LNS_ADVANCE_LINE = 3;
	private static final int DW_LNS_SET_FILE = 4;
	private static final int DW_LNS_SET_COLUMN = 5;
	private static final int DW_LNS_NEGATE_STMT = 6;
	private static final int DW_LNS_SET_BASIC_BLOCK = 7;
	private static final int DW_LNS_CONST_ADD_PC = 8;
	private static final int DW_LNS_FIXED_ADVANCE_PC = 9;
	private static final int DW_LNS_SET_PROLOGUE_END = 10;
	private static final int DW_LNS_SET_EPILOGUE_BEGIN = 11;
	private static final int DW_LNS_SET_ISA = 12;
	private static final int DW_LNE_END_SEQUENCE = 1;
	private static final int DW_LNE_SET_ADDRESS = 2;
	private static final int DW_LNE_DEFINE_FILE = 3;
	private static final int DW_LNE_SET_DISCRIMINATOR = 4;

	private final LineProgramHeader header;
	private final SectionCursor cursor;
	private final List<LineRow> rows;

	// the registers that rows need; column, discriminator, ISA and block flags are decoded but not kept
	private long address;
	private long opIndex;
	private long file;
	private long line;
	private boolean isStmt;

	private LineProgram(LineProgramHeader header, SectionCursor cursor, List<LineRow> rows) {
		this.header = header;
		this.cursor = cursor;
		this.rows = rows;
		reset();
	}

	/** Decodes the opcodes from the cursor (at the program start) to the end of the unit. */
	static void run(LineProgramHeader header, SectionCursor cursor, List<LineRow> rows) throws DwarfException {
		new LineProgram(header, cursor, rows).run();
	}

	private void run() throws DwarfException {
		while (cursor.position() < header.unitEnd()) {
			int opcodeOffset = cursor.position();
			int opcode = cursor.u8("opcode");
			if (opcode >= header.opcodeBase()) {
				int adjusted = opcode - header.opcodeBase();
				advance(adjusted / header.lineRange());
				line += header.lineBase() + adjusted % header.lineRange();
				emit(false, opcodeOffset);
			} else if (opcode == 0) {
				extended(opcodeOffset);
			} else {
				standard(opcode, opcodeOffset);
			}
		}
	}

	private void standard(int opcode, int opcodeOffset) throws DwarfException {
		switch (opcode) {
			case DW_LNS_COPY -> emit(false, opcodeOffset);
			case DW_LNS_ADVANCE_PC -> advance(cursor.uleb("DW_LNS_advance_pc operand"));
			case DW_LNS_ADVANCE_LINE -> line += cursor.sleb("DW_LNS_advance_line operand");
			case DW_LNS_SET_FILE -> file = cursor.uleb("DW_LNS_set_file operand");
			case DW_LNS_SET_COLUMN -> cursor.uleb("DW_LNS_set_column operand");
			case DW_LNS_NEGATE_STMT -> isStmt = !isStmt;
			case DW_LNS_SET_BASIC_BLOCK, DW_LNS_SET_PROLOGUE_END, DW_LNS_SET_EPILOGUE_BEGIN -> {
				// flags for other consumers
			}
			case DW_LNS_CONST_ADD_PC -> advance((255 - header.opcodeBase()) / header.lineRange());
			case DW_LNS_FIXED_ADVANCE_PC -> {
				address += cursor.u16("DW_LNS_fixed_advance_pc operand");
				opIndex = 0;
			}
			case DW_LNS_SET_ISA -> cursor.uleb("DW_LNS_set_isa operand");
			default -> {
				// an opcode this reader does not know: the header says how many LEB128 operands to skip
				for (int i = 0; i < header.standardOpcodeLengths()[opcode - 1]; i++) {
					cursor.uleb("operand of standard opcode " + opcode);
				}
			}
		}
	}

	private void extended(int opcodeOffset) throws DwarfException {
		long length = cursor.uleb("extended opcode length");
		long end = cursor.position() + length;
		if (length <= 0 || end > header.unitEnd()) {
			throw cursor.errorAt(opcodeOffset, "extended opcode length " + length + " does not fit the unit (ending at 0x"
					+ Integer.toHexString(header.unitEnd()) + ")");
		}
		int opcode = cursor.u8("extended opcode");
		switch (opcode) {
			case DW_LNE_END_SEQUENCE -> {
				emit(true, opcodeOffset);
				reset();
			}
			case DW_LNE_SET_ADDRESS -> {
				int size = (int) length - 1;
				if (size < 1 || size > 8) {
					throw cursor.errorAt(opcodeOffset, "DW_LNE_set_address with a " + size + "-byte address");
				}
				address = cursor.fixed(size, "DW_LNE_set_address operand");
				opIndex = 0;
			}
			case DW_LNE_DEFINE_FILE -> header.files().addVersion2Entry(cursor);
			case DW_LNE_SET_DISCRIMINATOR -> cursor.uleb("DW_LNE_set_discriminator operand");
			default -> {
				// vendor extension: its length lets us step over it
			}
		}
		if (cursor.position() > end) {
			throw cursor.errorAt(opcodeOffset, "the operands of extended opcode " + opcode + " run past its length "
					+ length);
		}
		cursor.seek(end, "end of extended opcode");
	}

	private void advance(long operationAdvance) {
		int maximumOperations = header.maximumOperationsPerInstruction();
		if (maximumOperations == 1) {
			address += header.minimumInstructionLength() * operationAdvance;
		} else {
			long operations = opIndex + operationAdvance;
			address += header.minimumInstructionLength() * Long.divideUnsigned(operations, maximumOperations);
			opIndex = Long.remainderUnsigned(operations, maximumOperations);
		}
	}

	private void emit(boolean endSequence, int opcodeOffset) throws DwarfException {
		SourceLocation location = new SourceLocation(header.files().file(file, cursor, opcodeOffset), (int) line);
		rows.add(new LineRow(address, location, isStmt, endSequence));
	}

	private void reset() {
		address = 0;
		opIndex = 0;
		file = 1;
		line = 1;
		isStmt = header.defaultIsStmt();
	}
}
