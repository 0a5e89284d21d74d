# Line programs written byte by byte, for what GNU as never emits for assembly sources: a DWARF 3 unit in the
# 64-bit format whose opcode_base of 10 makes opcodes 10-12 special, DW_LNE_define_file, fixed_advance_pc,
# const_add_pc, negate_stmt, a vendor extended opcode, a minimum_instruction_length of 2, and a DWARF 5 unit with
# inline strings, udata directory indices, MD5 sums and a vendor block. Assembled without -g, so these are the
# only line tables.
	.text
	.globl _start
_start:
	.fill 0x40, 1, 0x90
second:
	.fill 0x40, 1, 0x90

	.section .debug_line, "", @progbits
# ---- unit 1: DWARF 3, 64-bit format ----
	.long 0xffffffff
	.quad .Lunit1_end - .Lunit1_version
.Lunit1_version:
	.short 3
	.quad .Lunit1_program - .Lunit1_header
.Lunit1_header:
	.byte 1                 # minimum_instruction_length
	.byte 1                 # default_is_stmt
	.byte -3                # line_base
	.byte 12                # line_range
	.byte 10                # opcode_base
	.byte 0, 1, 1, 1, 1, 0, 0, 0, 1   # standard_opcode_lengths 1-9
	.asciz "sub"            # include_directories
	.byte 0
	.asciz "one.S"          # file 1 in the compilation directory
	.uleb128 0, 0, 0
	.asciz "two.S"          # file 2 in sub
	.uleb128 1, 0, 0
	.byte 0
.Lunit1_program:
	.byte 0, 9, 2           # DW_LNE_set_address
	.quad _start
	.byte 3                 # DW_LNS_advance_line +9
	.sleb128 9
	.byte 1                 # DW_LNS_copy: one.S:10
# a special opcode is opcode_base + (line advance - line_base) + line_range * address advance
	.byte 10 + 3 + 12 * 2   # address +2, line +0
	.byte 12 + 12 * 1       # opcode 12 is special here, not DW_LNS_set_isa: address +1, line -1
	.byte 8                 # DW_LNS_const_add_pc: address +(255 - 10) / 12 = 20
	.byte 10 + 3 + 1        # line +1
	.byte 9                 # DW_LNS_fixed_advance_pc
	.short 3
	.byte 6                 # DW_LNS_negate_stmt
	.byte 1
	.byte 6
	.byte 4                 # DW_LNS_set_file 2
	.uleb128 2
	.byte 5                 # DW_LNS_set_column
	.uleb128 7
	.byte 7                 # DW_LNS_set_basic_block
	.byte 10 + 3 + 12 * 5   # address +5, line +0
	.byte 0, 8, 3           # DW_LNE_define_file: file 3 is x.S in sub
	.asciz "x.S"
	.uleb128 1, 0, 0
	.byte 4                 # DW_LNS_set_file 3
	.uleb128 3
	.byte 3                 # DW_LNS_advance_line -5
	.sleb128 -5
	.byte 2                 # DW_LNS_advance_pc 4
	.uleb128 4
	.byte 1
	.byte 0, 2, 4           # DW_LNE_set_discriminator
	.uleb128 3
	.byte 0, 4, 0x9a, 1, 2, 3   # a vendor extended opcode with three operand bytes
	.byte 10 + 3 + 1 + 12 * 2   # address +2, line +1
	.byte 2                 # DW_LNS_advance_pc 0x10
	.uleb128 0x10
	.byte 0, 1, 1           # DW_LNE_end_sequence
.Lunit1_end:

# ---- unit 2: DWARF 5, instructions at least 2 bytes long ----
	.long .Lunit2_end - .Lunit2_version
.Lunit2_version:
	.short 5
	.byte 8, 0              # address_size, segment_selector_size
	.long .Lunit2_program - .Lunit2_header
.Lunit2_header:
	.byte 2                 # minimum_instruction_length
	.byte 1                 # maximum_operations_per_instruction
	.byte 0                 # default_is_stmt
	.byte -5                # line_base
	.byte 14                # line_range
	.byte 13                # opcode_base
	.byte 0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1
	.byte 1                 # directory_entry_format_count
	.uleb128 1, 0x08        # DW_LNCT_path, DW_FORM_string
	.uleb128 2              # directories_count
	.asciz "/hand/five"
	.asciz "inc"
	.byte 4                 # file_name_entry_format_count
	.uleb128 1, 0x08        # DW_LNCT_path, DW_FORM_string
	.uleb128 2, 0x0f        # DW_LNCT_directory_index, DW_FORM_udata
	.uleb128 5, 0x1e        # DW_LNCT_MD5, DW_FORM_data16
	.uleb128 0x2001, 0x09   # a vendor content type, DW_FORM_block
	.uleb128 3              # file_names_count
	.asciz "main.S"
	.uleb128 0
	.quad 0x0123456789abcdef, 0xfedcba9876543210
	.uleb128 2
	.byte 0xaa, 0xbb
	.asciz "main.S"
	.uleb128 0
	.quad 0, 0
	.uleb128 1
	.byte 0xdd
	.asciz "defs.h"
	.uleb128 1
	.quad 0, 0
	.uleb128 1
	.byte 0xcc
.Lunit2_program:
	.byte 0, 9, 2
	.quad second
	.byte 3
	.sleb128 99
	.byte 6                 # is_stmt on (default is off in this unit)
	.byte 1                 # main.S:100
	.byte 10                # DW_LNS_set_prologue_end
	.byte 13 + 5 + 14 * 3   # address +3 * 2, line +0
	.byte 11                # DW_LNS_set_epilogue_begin
	.byte 12                # DW_LNS_set_isa
	.uleb128 1
	.byte 4                 # DW_LNS_set_file 2 (0-based in DWARF 5)
	.uleb128 2
	.byte 13 + 5 + 2 + 14 * 1   # address +1 * 2, line +2
	.byte 6
	.byte 8                 # DW_LNS_const_add_pc: address +(255 - 13) / 14 * 2 = 34
	.byte 1
	.byte 4
	.uleb128 0
	.byte 13 + 5 - 4 + 14 * 2   # address +2 * 2, line -4
	.byte 2
	.uleb128 3
	.byte 0, 1, 1
.Lunit2_end:

	.section .debug_info, "", @progbits
# a DWARF 4 compilation unit giving unit 1 its compilation directory
	.long .Linfo_end - .Linfo_version
.Linfo_version:
	.short 4
	.long .debug_abbrev
	.byte 8
	.uleb128 1              # abbreviation 1
	.long .debug_line       # DW_AT_stmt_list: unit 1 at offset 0
	.asciz "/hand/three"    # DW_AT_comp_dir
	.byte 0x11              # DW_AT_language (DW_LANG_Mips_Assembler is 0x8001, but any data1 will do)
.Linfo_end:

	.section .debug_abbrev, "", @progbits
	.uleb128 2, 0x2e        # an unrelated abbreviation first, with an implicit constant
	.byte 0
	.uleb128 0x3a, 0x21
	.sleb128 -1
	.uleb128 0, 0
	.uleb128 1, 0x11        # DW_TAG_compile_unit
	.byte 0
	.uleb128 0x10, 0x17     # DW_AT_stmt_list, DW_FORM_sec_offset
	.uleb128 0x1b, 0x08     # DW_AT_comp_dir, DW_FORM_string
	.uleb128 0x13, 0x0b     # DW_AT_language, DW_FORM_data1
	.uleb128 0, 0
	.byte 0
