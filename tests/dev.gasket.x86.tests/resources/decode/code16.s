	.code16
	nop
