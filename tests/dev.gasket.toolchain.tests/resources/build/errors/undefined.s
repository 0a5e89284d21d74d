	.text
	.globl _start
_start:
	nop
	call nowhere
	hlt
