# Plain GAS source: a 64-bit helper and the data, each section padded to 0x10 bytes.
	.text
	.globl helper
helper:
	ret
	.org 0x10

	.section .rodata
	.globl message
message:
	.asciz "gasket"
	.org 0x10

	.data
	.globl counter
counter:
	.long 5
	.org 0x10

	.bss
	.globl buffer
buffer:
	.skip 0x40
