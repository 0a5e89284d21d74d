# Exceptions in 64-bit mode through an IDT of 16-byte gates: #DE, #BP, #UD, #GP (non-canonical address, bad
# selector, a gate to a non-canonical handler) and #PF (not-present write and read, write to a read-only page with CR0.WP, instruction fetch from
# a no-execute page and from a not-present page in the middle of an instruction). One handler logs each
# exception on the debug console as "#vv err=eeee rip=rrrrrrrr cs=ssss[ cr2=...]" and resumes: #BP (a trap)
# where it was, #PF by making the page present, writable and executable and retrying, the others at resume_rip.
# Last, an iretq to a non-canonical address must fault without popping anything.
	.include "system.inc"

	.set	BAD_SELECTOR, 0x0ff8		# far beyond the GDT limit
	.set	NONCANONICAL_GATE_VECTOR, 0x41
	.set	DEMAND_WRITE_ADDRESS, 0x200000	# the 2 MiB above the identity map use demand_pt
	.set	DEMAND_READ_ADDRESS, 0x201000
	.set	READ_ONLY_ADDRESS, 0x202000
	.set	NO_EXECUTE_ADDRESS, 0x203000	# holds a ret
	.set	STRADDLE_ADDRESS, 0x204ffe	# a movabs whose last 8 bytes are on the not-present next page
	.set	STRADDLE_VALUE, 0x0123456789abcdef
	.set	XADD_ADDRESS, 0x206000		# read-only pages for locked read-modify-writes
	.set	CMPXCHG_ADDRESS, 0x207000
	.set	XADD_INITIAL, 10
	.set	XADD_ADDEND, 5
	.set	CMPXCHG_INITIAL, 7
	.set	CMPXCHG_NEW, 9
	.set	PTE_NX_BIT, 63
	.set	FLAGS_FIXED, 1 << 1
	.set	FLAGS_DF, 1 << 10
	.set	WRITE_VALUE, 0x600dcafe
	.set	READ_VALUE, 0x0b5e55ed
	.globl	BAD_SELECTOR, DEMAND_WRITE_ADDRESS, DEMAND_READ_ADDRESS, READ_ONLY_ADDRESS, WRITE_VALUE, READ_VALUE
	.globl	NO_EXECUTE_ADDRESS, STRADDLE_ADDRESS, STRADDLE_VALUE, XADD_ADDRESS, CMPXCHG_ADDRESS
	.globl	XADD_INITIAL, XADD_ADDEND, CMPXCHG_INITIAL, CMPXCHG_NEW

# \insn at the global label \label may fault; the handler resumes after it. Clobbers %r11.
.macro	MAY_FAULT label, insn:vararg
	leaq	9f(%rip), %r11
	movq	%r11, resume_rip(%rip)
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
	PROTECTED32_TO_LONG long_mode_entry

	.code64
long_mode_entry:
	# 4 KiB pages for the 2 MiB above the identity map: not present, not present, present read-only,
	# present no-execute, present, not present.
	movl	$EFER_MSR, %ecx
	rdmsr
	orl	$EFER_NXE, %eax
	wrmsr
	leaq	demand_pt(%rip), %rax
	orq	$PTE_P + PTE_W, %rax
	movq	%rax, pd + 8(%rip)
	leaq	demand_write_frame(%rip), %rax
	movq	%rax, demand_pt(%rip)
	leaq	demand_read_frame(%rip), %rax
	movq	%rax, demand_pt + 8(%rip)
	leaq	read_only_frame(%rip), %rax
	orq	$PTE_P, %rax
	movq	%rax, demand_pt + 16(%rip)
	leaq	no_execute_frame(%rip), %rax
	orq	$PTE_P, %rax
	btsq	$PTE_NX_BIT, %rax
	movq	%rax, demand_pt + 24(%rip)
	leaq	straddle_frame(%rip), %rax
	orq	$PTE_P, %rax
	movq	%rax, demand_pt + 32(%rip)
	leaq	straddle_next_frame(%rip), %rax
	movq	%rax, demand_pt + 40(%rip)
	leaq	xadd_frame(%rip), %rax
	orq	$PTE_P, %rax
	movq	%rax, demand_pt + 48(%rip)
	leaq	cmpxchg_frame(%rip), %rax
	orq	$PTE_P, %rax
	movq	%rax, demand_pt + 56(%rip)
	movq	%cr0, %rax
	orq	$CR0_WP, %rax			# supervisor writes obey read-only pages
	movq	%rax, %cr0

	lidt	idt_pointer(%rip)
	leaq	gates(%rip), %rbx
1:	movzbl	(%rbx), %edi
	movq	8(%rbx), %rsi
	movl	$GATE64_KERNEL, %edx
	call	set_gate64
	addq	$16, %rbx
	cmpb	$0xff, (%rbx)
	jne	1b

	movl	$NONCANONICAL_GATE_VECTOR, %edi	# a gate whose handler address is not canonical
	movabsq	$0x8000000000000000, %rsi
	movl	$GATE64_KERNEL, %edx
	call	set_gate64

	movl	$1, %eax
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	MAY_FAULT fault_divide, divl %ecx
	.globl	fault_breakpoint, after_breakpoint
fault_breakpoint:
	int3
after_breakpoint:
	MAY_FAULT fault_ud2, ud2
	movabsq	$0x8000000000000000, %rbx
	MAY_FAULT fault_noncanonical, movq (%rbx), %rax
	movw	$BAD_SELECTOR, %ax
	MAY_FAULT fault_bad_selector, movw %ax, %ds
	MAY_FAULT fault_noncanonical_gate, int $NONCANONICAL_GATE_VECTOR

	movl	$WRITE_VALUE, %eax
	.globl	fault_demand_write, fault_demand_read, fault_read_only_write
fault_demand_write:
	movq	%rax, DEMAND_WRITE_ADDRESS
fault_demand_read:
	movq	DEMAND_READ_ADDRESS, %rbx
	movq	%rbx, value_read(%rip)
fault_read_only_write:
	movq	%rax, READ_ONLY_ADDRESS
	# A faulting read-modify-write changes neither registers nor flags, so it can simply run again.
	movl	$XADD_ADDEND, %ecx
	.globl	fault_xadd
fault_xadd:
	lock xaddl %ecx, XADD_ADDRESS
	movl	%ecx, xadd_old_value(%rip)
	movl	$CMPXCHG_INITIAL, %eax
	movl	$CMPXCHG_NEW, %ecx
	movl	$1, %edx
	cmpl	$2, %edx			# CF=1, ZF=0 until the cmpxchg completes
	.globl	fault_cmpxchg
fault_cmpxchg:
	lock cmpxchgl %ecx, CMPXCHG_ADDRESS
	movq	last_page_fault_rflags(%rip), %rax
	movq	%rax, cmpxchg_fault_rflags(%rip)

	movl	$NO_EXECUTE_ADDRESS, %eax
	call	*%rax
	movl	$STRADDLE_ADDRESS, %eax
	call	*%rax
	movq	%rax, straddle_result(%rip)

	# iretq to a non-canonical RIP faults before it changes anything: RFLAGS keeps DF clear.
	cld
	movq	%rsp, %rbx
	pushq	$DATA_SEL
	pushq	%rbx
	pushq	$FLAGS_DF | FLAGS_FIXED
	pushq	$CODE64_SEL
	movabsq	$0x8000000000000000, %rax
	pushq	%rax
	MAY_FAULT fault_iret_noncanonical, iretq
	movq	%rbx, %rsp
	pushfq
	popq	flags_after_failed_iret(%rip)

	leaq	done_message(%rip), %rsi
	call	puts64
	.globl	halt
halt:
	hlt

	STUB64	0, divide_error
	STUB64	3, breakpoint
	STUB64	6, invalid_opcode
	STUB64_WITH_ERROR 13, general_protection
	STUB64_WITH_ERROR 14, page_fault

# Stack: vector, error code, then the CPU's frame (RIP, CS, RFLAGS, RSP, SS).
common_handler:
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	.set	VECTOR, 32
	.set	ERROR, 40
	.set	SAVED_RIP, 48
	.set	SAVED_CS, 56
	PUT_FIELD64 text_vector, VECTOR(%rsp), 2
	PUT_FIELD64 text_error, ERROR(%rsp), 4
	PUT_FIELD64 text_rip, SAVED_RIP(%rsp), 8
	PUT_FIELD64 text_cs, SAVED_CS(%rsp), 4
	cmpq	$14, VECTOR(%rsp)
	je	page_fault_fix
	cmpq	$3, VECTOR(%rsp)
	je	handled
	movq	resume_rip(%rip), %rax
	movq	%rax, SAVED_RIP(%rsp)
handled:
	movb	$'\n', %al
	outb	%al, $DEBUG_CONSOLE
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	addq	$16, %rsp			# vector and error code
	iretq

# Makes the page at CR2 present and writable, so the faulting instruction succeeds when it runs again.
page_fault_fix:
	movq	SAVED_RIP + 16(%rsp), %rax
	movq	%rax, last_page_fault_rflags(%rip)
	PUT_FIELD64 text_cr2, %cr2, 16
	movq	%cr2, %rax
	shrq	$12, %rax
	andl	$511, %eax
	leaq	demand_pt(%rip), %rcx
	orq	$PTE_P + PTE_W, (%rcx,%rax,8)
	btrq	$PTE_NX_BIT, (%rcx,%rax,8)
	movq	%cr2, %rax
	invlpg	(%rax)
	jmp	handled

	.include "gate64.inc"
	.include "console64.inc"

	.data
	GDT_ENTRIES
	.balign	8
idt_pointer:
	.word	256 * 16 - 1
	.quad	idt64

gates:						# vector, handler
	.quad	0, divide_error
	.quad	3, breakpoint
	.quad	6, invalid_opcode
	.quad	13, general_protection
	.quad	14, page_fault
	.quad	0xff

	.globl	resume_rip, value_read, straddle_result, flags_after_failed_iret, xadd_old_value, cmpxchg_fault_rflags
resume_rip:
	.quad	0
value_read:
	.quad	0
straddle_result:
	.quad	0
flags_after_failed_iret:
	.quad	0
last_page_fault_rflags:
	.quad	0
cmpxchg_fault_rflags:
	.quad	0
xadd_old_value:
	.long	0

text_vector:	.asciz	"#"
text_error:	.asciz	" err="
text_rip:	.asciz	" rip="
text_cs:	.asciz	" cs="
text_cr2:	.asciz	" cr2="
done_message:	.asciz	"done\n"

	.balign	16
	.fill	1024, 1, 0
stack_top:

	.balign	4096
idt64:
	.fill	512, 8, 0			# 256 gates of 16 bytes
	IDENTITY_TABLES
	.globl	demand_pt, demand_write_frame, demand_read_frame, read_only_frame
demand_pt:
	.fill	512, 8, 0
demand_write_frame:
	.fill	512, 8, 0
demand_read_frame:
	.quad	READ_VALUE
	.fill	511, 8, 0
read_only_frame:
	.fill	512, 8, 0
no_execute_frame:
	ret
	.balign	4096
straddle_frame:
	.fill	4094, 1, 0
	.byte	0x48, 0xb8			# movabs $STRADDLE_VALUE, %rax: REX.W, opcode ...
straddle_next_frame:
	.quad	STRADDLE_VALUE			# ... and its 8-byte immediate
	ret
	.balign	4096
	.globl	xadd_frame, cmpxchg_frame
xadd_frame:
	.long	XADD_INITIAL
	.balign	4096
cmpxchg_frame:
	.long	CMPXCHG_INITIAL
	.balign	4096
