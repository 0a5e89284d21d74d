# Ring 3 in 32-bit protected mode with 32-bit paging: the first 4 MiB are user pages, the next 4 MiB are
# supervisor-only and hold the ring-0 stack named by the TSS. The kernel enters ring 3 with iretl; user code makes
# a system call through a DPL-3 gate ("int $0x80"), touches a supervisor page (#PF with the user bit), tries
# "int $13" through a DPL-0 gate and port output with IOPL 0 (#GP each), and finally executes hlt (#GP). The handler logs "#vv err=eeee rip=rrrrrrrr cs=ssss esp=eeeeeeee ss=ssss[ cr2=cccccccc]".
	.include "system.inc"

	.set	KERNEL_REGION, 0x400000
	.set	KERNEL_STACK_TOP, KERNEL_REGION + 0x1000
	.set	SYSCALL_VECTOR, 0x80
	.set	SYSCALL_RESULT, 0x600d
	.globl	KERNEL_REGION, KERNEL_STACK_TOP, SYSCALL_VECTOR, SYSCALL_RESULT

.macro	MAY_FAULT label, insn:vararg
	movl	$9f, %ss:resume_eip
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
	movl	$PTE_PS + PTE_U + PTE_W + PTE_P, page_directory
	movl	$KERNEL_REGION + PTE_PS + PTE_W + PTE_P, page_directory + 4
	movl	%cr4, %eax
	orl	$CR4_PSE, %eax
	movl	%eax, %cr4
	movl	$page_directory, %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$CR0_PG + CR0_WP, %eax
	movl	%eax, %cr0

	# 32-bit TSS descriptor: limit, base in bytes 2-4 and 7, type 0x89 (present, available).
	movl	$tss, %eax
	movw	$tss_end - tss - 1, gdt + TSS_SEL
	movw	%ax, gdt + TSS_SEL + 2
	shrl	$16, %eax
	movb	%al, gdt + TSS_SEL + 4
	movb	$0x89, gdt + TSS_SEL + 5
	movb	%ah, gdt + TSS_SEL + 7
	movw	$TSS_SEL, %ax
	ltr	%ax

	lidt	idt_pointer
	movb	$GATE32_USER, %dl
	movl	$SYSCALL_VECTOR, %edi
	movl	$system_call, %esi
	call	set_gate32
	movb	$GATE32_KERNEL, %dl
	movl	$13, %edi
	movl	$general_protection, %esi
	call	set_gate32
	movl	$14, %edi
	movl	$page_fault, %esi
	call	set_gate32

	pushl	$USER_DATA_SEL
	pushl	$user_stack_top
	pushfl
	pushl	$USER_CODE32_SEL
	pushl	$user_entry
	.globl	enter_user_mode
enter_user_mode:
	iretl

	.globl	user_entry
user_entry:
	movw	%ds, %ss:user_ds_on_entry
	movl	$USER_DATA_SEL, %eax
	movw	%ax, %ds
	movw	%ax, %es
	.globl	user_syscall, after_user_syscall
user_syscall:
	int	$SYSCALL_VECTOR
after_user_syscall:
	movl	%eax, syscall_result
	MAY_FAULT user_read_kernel, movl KERNEL_REGION, %eax
	MAY_FAULT user_write_kernel, movl %eax, KERNEL_REGION
	MAY_FAULT user_int_kernel_gate, int $13	# the #GP gate has DPL 0: #GP naming the gate
	MAY_FAULT user_out, outb %al, $DEBUG_CONSOLE	# IOPL 0
	.globl	user_hlt
user_hlt:
	hlt

system_call:
	movl	%esp, system_call_esp
	pushl	$0
	pushl	$SYSCALL_VECTOR
	jmp	common_handler
	STUB32_WITH_ERROR 13, general_protection
	STUB32_WITH_ERROR 14, page_fault

# Stack: vector, error code, then the CPU's frame (EIP, CS, EFLAGS, ESP, SS: all calls come from ring 3).
common_handler:
	pushal
	.set	SAVED_EAX, 28
	.set	VECTOR, 32
	.set	ERROR, 36
	.set	SAVED_EIP, 40
	.set	SAVED_CS, 44
	.set	SAVED_ESP, 52
	.set	SAVED_SS, 56
	movw	%cs, handler_cs
	PUT_FIELD32 text_vector, VECTOR(%esp), 2
	PUT_FIELD32 text_error, ERROR(%esp), 4
	PUT_FIELD32 text_rip, SAVED_EIP(%esp), 8
	PUT_FIELD32 text_cs, SAVED_CS(%esp), 4
	PUT_FIELD32 text_esp, SAVED_ESP(%esp), 8
	PUT_FIELD32 text_ss, SAVED_SS(%esp), 4
	cmpl	$14, VECTOR(%esp)
	jne	1f
	PUT_FIELD32 text_cr2, %cr2, 8
1:	movb	$'\n', %al
	outb	%al, $DEBUG_CONSOLE
	cmpl	$user_hlt, SAVED_EIP(%esp)
	je	finish
	cmpl	$SYSCALL_VECTOR, VECTOR(%esp)
	jne	2f
	movl	$SYSCALL_RESULT, SAVED_EAX(%esp)
	jmp	3f
2:	movl	resume_eip, %eax
	movl	%eax, SAVED_EIP(%esp)
3:	popal
	addl	$8, %esp
	iretl

finish:
	movl	$done_message, %esi
	call	puts32
	.globl	halt
halt:
	hlt

	.include "gate32.inc"
	.include "console32.inc"

	.data
	GDT_ENTRIES
	.balign	8
idt_pointer:
	.word	256 * 8 - 1
	.long	idt32
	.globl	syscall_result, system_call_esp, user_ds_on_entry, handler_cs, handler_cs_guard
resume_eip:		.long	0
syscall_result:		.long	0
system_call_esp:	.long	0
user_ds_on_entry:	.word	0xffff
handler_cs:		.word	0
handler_cs_guard:	.word	0xbeef		# "movw %cs, handler_cs" must leave this alone
text_vector:	.asciz	"#"
text_error:	.asciz	" err="
text_rip:	.asciz	" rip="
text_cs:	.asciz	" cs="
text_esp:	.asciz	" esp="
text_ss:	.asciz	" ss="
text_cr2:	.asciz	" cr2="
done_message:	.asciz	"done\n"

	.balign	4
tss:						# 32-bit TSS: only ESP0 and SS0 matter here
	.long	0
	.long	KERNEL_STACK_TOP		# ESP0
	.long	DATA_SEL			# SS0
	.fill	22, 4, 0
	.word	0
	.word	tss_end - tss			# no I/O bitmap
tss_end:

	.balign	16
	.fill	512, 1, 0
stack_top:
	.fill	512, 1, 0
	.globl	user_stack_top
user_stack_top:

	.balign	4096
page_directory:
	.fill	1024, 4, 0
idt32:
	.fill	256, 8, 0
