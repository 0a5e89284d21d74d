# Reset stub used as QEMU's -bios image (64 KiB, linked at 0xF0000).
# After reset the CPU fetches its first instruction at F000:FFF0 (CS.base 0xFFFF0000, so linear 0xFFFFFFF0,
# the last 16 bytes of this image as QEMU maps it below 4 GiB). The only thing done there is a far jump to the
# program's entry, which makes CS=0 and leaves every other register as reset left it.
# PROGRAM_ENTRY is a linear address below 64 KiB, passed with --defsym.
	.code16
	.text
	.org	0xfff0
	.globl	reset_vector
reset_vector:
	ljmp	$0, $PROGRAM_ENTRY
	.org	0x10000
