# A page fault whose handler stack is unmapped: #PF is delivered through IST1, which points at unmapped memory,
# so pushing its frame page-faults again and the CPU raises #DF, delivered through IST2 to a working stack.
# Entered at triple_fault_entry, the #DF gate is marked not present first, so the CPU shuts down instead.
	.include "system.inc"

	.set	UNMAPPED_STACK_TOP, 0x40000000	# outside the 2 MiB identity map
	.set	UNMAPPED_DATA, 0x50000000
	.globl	UNMAPPED_STACK_TOP, UNMAPPED_DATA

	.text
	.code16
	.globl	double_fault_entry, triple_fault_entry
double_fault_entry:
	movw	$0, %si
	jmp	start
triple_fault_entry:
	movw	$1, %si
start:
	REAL_TO_PROTECTED32 protected_entry, stack_top
protected_entry:
	FLAT_SEGMENTS32 stack_top
	movzwl	%si, %esi
	movl	%esi, remove_double_fault_gate
	PROTECTED32_TO_LONG long_mode_entry

	.code64
long_mode_entry:
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
	movl	$14, %edi
	leaq	page_fault_handler(%rip), %rsi
	movl	$GATE64_KERNEL | 1, %edx
	call	set_gate64
	movl	$8, %edi
	leaq	double_fault_handler(%rip), %rsi
	movl	$GATE64_KERNEL | 2, %edx
	call	set_gate64
	cmpl	$0, remove_double_fault_gate(%rip)
	je	1f
	andb	$0x7f, idt64 + 8 * 16 + 5(%rip)
1:
	.globl	fault_page
fault_page:
	movq	UNMAPPED_DATA, %rax
	leaq	not_reached(%rip), %rsi
	call	puts64
	hlt

page_fault_handler:
	leaq	page_fault_message(%rip), %rsi
	call	puts64
	hlt

# Frame: error code, RIP, CS, RFLAGS, RSP, SS.
double_fault_handler:
	movq	%rsp, double_fault_rsp(%rip)
	movq	(%rsp), %rax
	movq	%rax, double_fault_error(%rip)
	movq	8(%rsp), %rax
	movq	%rax, double_fault_rip(%rip)
	movq	%cr2, %rax
	movq	%rax, double_fault_cr2(%rip)
	leaq	double_fault_message(%rip), %rsi
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
	.globl	remove_double_fault_gate, double_fault_rsp, double_fault_error, double_fault_rip, double_fault_cr2
remove_double_fault_gate:
	.long	0
	.balign	8
double_fault_rsp:	.quad	0
double_fault_error:	.quad	-1
double_fault_rip:	.quad	0
double_fault_cr2:	.quad	0
page_fault_message:	.asciz	"#PF handler ran\n"
double_fault_message:	.asciz	"#DF\n"
not_reached:		.asciz	"the faulting load completed\n"

	.balign	8
	.globl	tss, tss_end
tss:						# 64-bit TSS
	.long	0
	.quad	0, 0, 0				# RSP0..RSP2
	.quad	0
	.quad	UNMAPPED_STACK_TOP		# IST1: #PF
	.quad	double_fault_stack_top		# IST2: #DF
	.fill	5, 8, 0				# IST3..IST7
	.quad	0
	.word	0
	.word	tss_end - tss			# I/O bitmap base beyond the limit: no bitmap
tss_end:

	.balign	16
	.fill	1024, 1, 0
stack_top:
	.fill	512, 1, 0
	.globl	double_fault_stack_top
double_fault_stack_top:

	.balign	4096
idt64:
	.fill	512, 8, 0			# 256 gates of 16 bytes
	IDENTITY_TABLES
