	.code32
	nop
