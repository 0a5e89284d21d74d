# Exceptions in 32-bit protected mode through an IDT of 8-byte interrupt gates: #UD, #GP from a bad selector and
# from a write through CS, and #NP for gates that are not present, raised by "int $0x40" (a software interrupt:
# error code without EXT) and by ud2 (an exception: EXT set; #UD is benign, so this is no double fault). The handler logs
# "#vv err=eeee rip=rrrrrrrr cs=ssss" on the debug console and resumes at resume_eip.
	.include "system.inc"

	.set	BAD_SELECTOR, 0x0ff8
	.set	ABSENT_VECTOR, 0x40
	.globl	BAD_SELECTOR, ABSENT_VECTOR

.macro	MAY_FAULT label, insn:vararg
	movl	$9f, resume_eip
	.globl	\label
\label:	\insn
9:
.endm

.macro	STUB vector, name
\name:	pushl	$0
	pushl	$\vector
	jmp	common_handler
.endm

.macro	STUB_WITH_ERROR vector, name
\name:	pushl	$\vector
	jmp	common_handler
.endm

	.text
	.globl	real_mode_entry
real_mode_entry:
	REAL_TO_PROTECTED32 protected_entry, stack_top
protected_entry:
	FLAT_SEGMENTS32 stack_top
	lidt	idt_pointer
	movb	$GATE32_KERNEL, %dl
	movl	$6, %edi
	movl	$invalid_opcode, %esi
	call	set_gate32
	movl	$11, %edi
	movl	$segment_not_present, %esi
	call	set_gate32
	movl	$13, %edi
	movl	$general_protection, %esi
	call	set_gate32

	MAY_FAULT fault_ud2, ud2
	movw	$BAD_SELECTOR, %ax
	MAY_FAULT fault_bad_selector, movw %ax, %es
	MAY_FAULT fault_write_code_segment, movl %eax, %cs:scratch
	MAY_FAULT fault_absent_gate_int, int $ABSENT_VECTOR
	andb	$0x7f, idt32 + 6 * 8 + 5	# #UD's gate is no longer present
	MAY_FAULT fault_absent_gate_ud2, ud2

	movl	$done_message, %esi
	call	puts32
	.globl	halt
halt:
	hlt

	STUB	6, invalid_opcode
	STUB_WITH_ERROR 11, segment_not_present
	STUB_WITH_ERROR 13, general_protection

# Stack: vector, error code, then the CPU's frame (EIP, CS, EFLAGS).
common_handler:
	pushal
	.set	VECTOR, 32
	.set	ERROR, 36
	.set	SAVED_EIP, 40
	.set	SAVED_CS, 44
	movl	$text_vector, %esi
	call	puts32
	movl	VECTOR(%esp), %eax
	movl	$2, %ecx
	call	put_hex32
	movl	$text_error, %esi
	call	puts32
	movl	ERROR(%esp), %eax
	movl	$4, %ecx
	call	put_hex32
	movl	$text_rip, %esi
	call	puts32
	movl	SAVED_EIP(%esp), %eax
	movl	$8, %ecx
	call	put_hex32
	movl	$text_cs, %esi
	call	puts32
	movl	SAVED_CS(%esp), %eax
	movl	$4, %ecx
	call	put_hex32
	movb	$'\n', %al
	outb	%al, $DEBUG_CONSOLE
	movl	resume_eip, %eax
	movl	%eax, SAVED_EIP(%esp)
	popal
	addl	$8, %esp			# vector and error code
	iretl

	.include "gate32.inc"
	.include "console32.inc"

	.data
	GDT_ENTRIES
	.balign	8
idt_pointer:
	.word	256 * 8 - 1
	.long	idt32
resume_eip:
	.long	0
scratch:
	.long	0
text_vector:	.asciz	"#"
text_error:	.asciz	" err="
text_rip:	.asciz	" rip="
text_cs:	.asciz	" cs="
done_message:	.asciz	"done\n"

	.balign	16
	.fill	1024, 1, 0
stack_top:

	.balign	8
idt32:
	.fill	256, 8, 0
