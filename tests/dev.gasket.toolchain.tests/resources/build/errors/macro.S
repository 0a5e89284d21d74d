	.macro load_flags
	frobnicate %eax
	.endm

	.text
	nop
	load_flags
