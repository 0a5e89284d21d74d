# A 64-bit program for the debugger API: a counting loop (breakpoints), rep movsb (single steps per iteration),
# a store and a load of "watched" (watchpoints), and ud2 with a handler that skips it (stop on exception).
	.include "system.inc"

	.set	LOOP_COUNT, 5
	.set	STORED_VALUE, 0x5555aaaa5555
	.globl	LOOP_COUNT, STORED_VALUE

	.text
	.code64
	.globl	debug_entry
debug_entry:
	leaq	stack_top(%rip), %rsp
	lgdt	gdt_pointer(%rip)
	pushq	$CODE64_SEL
	leaq	1f(%rip), %rax
	pushq	%rax
	lretq
1:	movw	$DATA_SEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	lidt	idt_pointer(%rip)
	movl	$6, %edi
	leaq	invalid_opcode_handler(%rip), %rsi
	movl	$GATE64_KERNEL, %edx
	call	set_gate64

	xorl	%ecx, %ecx
	.globl	counting_loop
counting_loop:
	incl	%ecx
	cmpl	$LOOP_COUNT, %ecx
	jne	counting_loop
	movl	%ecx, loop_result(%rip)

	cld
	leaq	copy_source(%rip), %rsi
	leaq	copy_destination(%rip), %rdi
	movl	$copy_length, %ecx
	.globl	copy, after_copy
copy:
	rep movsb
after_copy:
	movabsq	$STORED_VALUE, %rax
	.globl	watched_store, after_watched_store, after_watched_load
watched_store:
	movq	%rax, watched(%rip)
after_watched_store:
	movq	watched(%rip), %rbx
after_watched_load:
	.globl	undefined_instruction
undefined_instruction:
	ud2
	.globl	halt
halt:
	hlt

invalid_opcode_handler:
	incl	invalid_opcode_count(%rip)
	addq	$2, (%rsp)			# skip the ud2
	iretq

	.include "gate64.inc"

	.data
	GDT_ENTRIES
	.balign	8
idt_pointer:
	.word	256 * 16 - 1
	.quad	idt64
	.globl	loop_result, invalid_opcode_count, watched, copy_source, copy_destination, copy_length
loop_result:		.long	0
invalid_opcode_count:	.long	0
watched:		.quad	0
copy_source:
	.ascii	"gasket debugger"
	.set	copy_length, . - copy_source
copy_destination:
	.fill	copy_length, 1, 0

	.balign	16
	.fill	512, 1, 0
stack_top:

	.balign	4096
idt64:
	.fill	512, 8, 0			# 256 gates of 16 bytes
