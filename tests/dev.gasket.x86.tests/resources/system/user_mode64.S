# Ring 3 in IA-32e mode, entered from a 64-bit firmware hand-over (so it also runs on X86S): the kernel builds
# page tables where the first 2 MiB are user pages and the next 2 MiB (the ring-0 stack of the TSS) are not,
# enters 64-bit ring 3 with iretq, and user code calls the kernel through a DPL-3 gate, page-faults on a
# supervisor page, far-jumps into a 32-bit user segment (compatibility mode at CPL 3, which X86S keeps), calls the
# kernel from there and finally executes hlt (#GP). The handler logs
# "#vv err=eeee rip=rrrrrrrr cs=ssss rsp=rrrrrrrr ss=ssss[ cr2=cccccccc]".
	.include "system.inc"

	.set	KERNEL_REGION, 0x200000
	.set	KERNEL_STACK_TOP, KERNEL_REGION + 0x1000
	.set	SYSCALL_VECTOR, 0x80
	.set	SYSCALL_RESULT, 0x600d
	.globl	KERNEL_REGION, KERNEL_STACK_TOP, SYSCALL_VECTOR, SYSCALL_RESULT

	.text
	.code64
	.globl	kernel_entry
kernel_entry:
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

	leaq	pdpt(%rip), %rax
	orq	$PTE_P + PTE_W + PTE_U, %rax
	movq	%rax, pml4(%rip)
	leaq	pd(%rip), %rax
	orq	$PTE_P + PTE_W + PTE_U, %rax
	movq	%rax, pdpt(%rip)
	movq	$PTE_PS + PTE_P + PTE_W + PTE_U, pd(%rip)
	movq	$KERNEL_REGION + PTE_PS + PTE_P + PTE_W, pd + 8(%rip)
	leaq	pml4(%rip), %rax
	movq	%rax, %cr3

	# 64-bit TSS descriptor: limit, base split over bytes 2-4, 7 and 8-11, type 0x89 (present, available).
	leaq	tss(%rip), %rax
	movw	$tss_end - tss - 1, gdt + TSS_SEL(%rip)
	movw	%ax, gdt + TSS_SEL + 2(%rip)
	shrq	$16, %rax
	movb	%al, gdt + TSS_SEL + 4(%rip)
	movb	$0x89, gdt + TSS_SEL + 5(%rip)
	movb	%ah, gdt + TSS_SEL + 7(%rip)
	shrq	$16, %rax
	movl	%eax, gdt + TSS_SEL + 8(%rip)
	movw	$TSS_SEL, %ax
	ltr	%ax

	lidt	idt_pointer(%rip)
	movl	$SYSCALL_VECTOR, %edi
	leaq	system_call(%rip), %rsi
	movl	$GATE64_USER, %edx
	call	set_gate64
	movl	$13, %edi
	leaq	general_protection(%rip), %rsi
	movl	$GATE64_KERNEL, %edx
	call	set_gate64
	movl	$14, %edi
	leaq	page_fault(%rip), %rsi
	movl	$GATE64_KERNEL, %edx
	call	set_gate64

	pushq	$USER_DATA_SEL
	leaq	user_stack_top(%rip), %rax
	pushq	%rax
	pushfq
	pushq	$USER_CODE64_SEL
	leaq	user_entry(%rip), %rax
	pushq	%rax
	iretq

	.globl	user_entry
user_entry:
	movw	%ds, user_ds_on_entry(%rip)
	.globl	user_syscall64, after_user_syscall64
user_syscall64:
	int	$SYSCALL_VECTOR
after_user_syscall64:
	movl	%eax, syscall64_result(%rip)
	leaq	1f(%rip), %rax
	movq	%rax, resume_rip(%rip)
	.globl	user_read_kernel
user_read_kernel:
	movq	KERNEL_REGION, %rax
1:	.globl	user_far_jump
user_far_jump:
	ljmpl	*user_compat_pointer(%rip)

	.code32
	.globl	user_compat_entry, after_user_syscall32, user_hlt
user_compat_entry:
	int	$SYSCALL_VECTOR
after_user_syscall32:
	movl	%eax, %ss:syscall32_result
user_hlt:
	hlt

	.code64
system_call:
	movq	%rsp, system_call_rsp(%rip)
	movw	%ss, system_call_ss(%rip)
	pushq	$0
	pushq	$SYSCALL_VECTOR
	jmp	common_handler
	STUB64_WITH_ERROR 13, general_protection
	STUB64_WITH_ERROR 14, page_fault

# Stack: vector, error code, then the CPU's frame (RIP, CS, RFLAGS, RSP, SS).
common_handler:
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	.set	SAVED_RAX, 24
	.set	VECTOR, 32
	.set	ERROR, 40
	.set	SAVED_RIP, 48
	.set	SAVED_CS, 56
	.set	SAVED_RSP, 72
	.set	SAVED_SS, 80
	PUT_FIELD64 text_vector, VECTOR(%rsp), 2
	PUT_FIELD64 text_error, ERROR(%rsp), 4
	PUT_FIELD64 text_rip, SAVED_RIP(%rsp), 8
	PUT_FIELD64 text_cs, SAVED_CS(%rsp), 4
	PUT_FIELD64 text_rsp, SAVED_RSP(%rsp), 8
	PUT_FIELD64 text_ss, SAVED_SS(%rsp), 4
	cmpq	$14, VECTOR(%rsp)
	jne	1f
	PUT_FIELD64 text_cr2, %cr2, 8
	movq	resume_rip(%rip), %rax
	movq	%rax, SAVED_RIP(%rsp)
1:	movb	$'\n', %al
	outb	%al, $DEBUG_CONSOLE
	cmpq	$13, VECTOR(%rsp)
	je	finish
	cmpq	$SYSCALL_VECTOR, VECTOR(%rsp)
	jne	2f
	movq	$SYSCALL_RESULT, SAVED_RAX(%rsp)
2:	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	addq	$16, %rsp
	iretq

finish:
	leaq	done_message(%rip), %rsi
	call	puts64
	.globl	halt
halt:
	hlt

	.include "gate64.inc"
	.include "console64.inc"

	.data
	GDT_ENTRIES
	.balign	8
idt_pointer:
	.word	256 * 16 - 1
	.quad	idt64
user_compat_pointer:				# m16:32 operand of ljmpl
	.long	user_compat_entry
	.word	USER_CODE32_SEL
	.balign	8
	.globl	syscall64_result, syscall32_result, system_call_rsp, system_call_ss, user_ds_on_entry
resume_rip:		.quad	0
system_call_rsp:	.quad	0
syscall64_result:	.long	0
syscall32_result:	.long	0
system_call_ss:		.word	0xffff
user_ds_on_entry:	.word	0xffff
text_vector:	.asciz	"#"
text_error:	.asciz	" err="
text_rip:	.asciz	" rip="
text_cs:	.asciz	" cs="
text_rsp:	.asciz	" rsp="
text_ss:	.asciz	" ss="
text_cr2:	.asciz	" cr2="
done_message:	.asciz	"done\n"

	.balign	8
tss:						# 64-bit TSS: only RSP0 matters here
	.long	0
	.quad	KERNEL_STACK_TOP		# RSP0
	.quad	0, 0				# RSP1, RSP2
	.quad	0
	.fill	7, 8, 0				# IST1..IST7
	.quad	0
	.word	0
	.word	tss_end - tss			# no I/O bitmap
tss_end:

	.balign	16
	.fill	1024, 1, 0
stack_top:
	.fill	512, 1, 0
	.globl	user_stack_top
user_stack_top:

	.balign	4096
idt64:
	.fill	512, 8, 0			# 256 gates of 16 bytes
	IDENTITY_TABLES
