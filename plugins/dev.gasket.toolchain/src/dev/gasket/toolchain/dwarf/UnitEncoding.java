package dev.gasket.toolchain.dwarf;

/**
 * What a unit header says about the size of its values.
 *
 * @param version     the DWARF version of the unit
 * @param dwarf64     whether the unit uses the 64-bit DWARF format (8-byte section offsets)
 * @param addressSize the size of a target address in bytes
 */
record UnitEncoding(int version, boolean dwarf64, int addressSize) {

	int offsetSize() {
		return dwarf64 ? 8 : 4;
	}
}
