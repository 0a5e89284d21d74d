# Real-mode interrupts through the IVT at address 0: a software "int $0x42" and a divide error (vector 0, a
# fault: the saved IP is the div itself, which the handler skips). The handlers record the frame the CPU pushed
# and the flags they run with; the console shows "I" and "D" as they run.
	.include "system.inc"

	.set	SOFTWARE_VECTOR, 0x42
	.set	HANDLER_BX, 0x5678
	.globl	SOFTWARE_VECTOR, HANDLER_BX

	.text
	.code16
	.globl	real_mode_entry
real_mode_entry:
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movw	$stack_top, %sp
	movw	$software_handler, SOFTWARE_VECTOR * 4
	movw	%cs, SOFTWARE_VECTOR * 4 + 2
	movw	$divide_handler, 0
	movw	%cs, 2
	sti					# so that the test can see int clear IF and iret restore it
	movw	$0x1234, %bx
	.globl	software_interrupt, after_software_interrupt
software_interrupt:
	int	$SOFTWARE_VECTOR
after_software_interrupt:
	movw	%bx, bx_after_interrupt
	pushfw
	popw	flags_after_iret
	movw	$1, %ax
	xorw	%dx, %dx
	xorw	%cx, %cx
	.globl	fault_divide, after_divide
fault_divide:
	divw	%cx
after_divide:
	PUTC	'\n'
	cli
	.globl	halt
halt:
	hlt

software_handler:
	pushw	%bp
	movw	%sp, %bp
	movw	2(%bp), %ax
	movw	%ax, software_saved_ip
	movw	4(%bp), %ax
	movw	%ax, software_saved_cs
	movw	6(%bp), %ax
	movw	%ax, software_saved_flags
	pushfw
	popw	software_handler_flags
	PUTC	'I'
	movw	$HANDLER_BX, %bx
	popw	%bp
	iret

divide_handler:
	pushw	%bp
	movw	%sp, %bp
	movw	2(%bp), %ax
	movw	%ax, divide_saved_ip
	movw	$after_divide, 2(%bp)
	PUTC	'D'
	popw	%bp
	iret

	.data
	.balign	2
	.globl	software_saved_ip, software_saved_cs, software_saved_flags, software_handler_flags
	.globl	bx_after_interrupt, flags_after_iret, divide_saved_ip
software_saved_ip:	.word	0
software_saved_cs:	.word	0xffff
software_saved_flags:	.word	0
software_handler_flags:	.word	0
bx_after_interrupt:	.word	0
flags_after_iret:	.word	0
divide_saved_ip:	.word	0

	.balign	16
	.fill	256, 1, 0
stack_top:
