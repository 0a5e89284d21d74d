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

	STUB32	6, invalid_opcode
	STUB32_WITH_ERROR 11, segment_not_present
	STUB32_WITH_ERROR 13, general_protection

# Stack: vector, error code, then the CPU's frame (EIP, CS, EFLAGS).
common_handler:
	pushal
	.set	VECTOR, 32
	.set	ERROR, 36
	.set	SAVED_EIP, 40
	.set	SAVED_CS, 44
	PUT_FIELD32 text_vector, VECTOR(%esp), 2
	PUT_FIELD32 text_error, ERROR(%esp), 4
	PUT_FIELD32 text_rip, SAVED_EIP(%esp), 8
	PUT_FIELD32 text_cs, SAVED_CS(%esp), 4
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
