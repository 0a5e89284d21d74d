# Lockstep coverage program: integer instructions with their flags, addressing forms, stack, call/return and
# string operations, first in real mode, then in 32-bit protected mode, then in 64-bit mode; ends with hlt.
# Loaded at physical 0x8000 and entered in real mode with CS=0 by the reset stub. Interrupts stay disabled;
# the only interrupts are software ints and exceptions provoked on purpose (#DE, #GP), through an IVT and
# IDTs the program writes itself.
# No cpuid or rdtsc: their results depend on the CPU model and the clock, not on the emulation.

	.set	CODE32_SEL, gdt_code32 - gdt
	.set	DATA_SEL, gdt_data - gdt
	.set	CODE64_SEL, gdt_code64 - gdt
	.set	OFFSET_DATA_SEL, gdt_offset_data - gdt
	.set	CODE16_SEL, gdt_code16 - gdt
	.set	USER_CODE32_SEL, gdt_user_code32 - gdt + 3	# RPL 3
	.set	USER_DATA_SEL, gdt_user_data - gdt + 3
	.set	USER_CODE64_SEL, gdt_user_code64 - gdt + 3
	.set	TSS32_SEL, gdt_tss32 - gdt
	.set	ABSENT_DATA_SEL, gdt_absent_data - gdt
	.set	READ_ONLY_DATA_SEL, gdt_read_only_data - gdt
	.set	TSS64_SEL, gdt_tss64 - gdt
	.set	OFFSET_DATA_BASE, 0x1000	# base of gdt_offset_data; its limit is 0xfff bytes
	.set	SOFTWARE_VECTOR, 0x40
	.set	SYSTEM_CALL_VECTOR, 0x41	# callable from CPL 3; returns with iret
	.set	KERNEL_ENTRY_VECTOR, 0x42	# callable from CPL 3; does not return
	.set	LAST_VECTOR, KERNEL_ENTRY_VECTOR
	.set	DIVIDE_ERROR_VECTOR, 0
	.set	GENERAL_PROTECTION_VECTOR, 13
	.set	INTERRUPT_GATE, 0x8e00		# present, DPL 0, 32-bit or 64-bit interrupt gate
	.set	USER_INTERRUPT_GATE, 0xee00	# the same with DPL 3
	.set	PAGE_FAULT_VECTOR, 14
	.set	SEGMENT_NOT_PRESENT_VECTOR, 11
	.set	BREAKPOINT_VECTOR, 3
	.set	INVALID_OPCODE_VECTOR, 6
	.set	CR0_WP, 1 << 16
	.set	CR4_PGE, 1 << 7
	.set	FS_BASE_MSR, 0xc0000100
	.set	GS_BASE_MSR, 0xc0000101
	.set	KERNEL_GS_BASE_MSR, 0xc0000102
	.set	SMALL_PAGES, 0x200000		# the second 2 MiB, mapped with 4 KiB pages through small_page_table
	.set	WRITABLE_FRAME, 0x20000		# physical frames of its first two pages
	.set	READ_ONLY_FRAME, 0x21000
	.set	UNMAPPED_ADDRESS, 0x40000000	# 1 GiB: PDPT entry 1 is not present
	.set	UNREAL_ADDRESS, 0x1f000		# above 64 KiB, inside QEMU's 2 MiB of RAM
	.set	FLAGS_FOR_USER, 0x8d5		# status flags set, IF and IOPL clear
	.set	BAD_SELECTOR, 0x1234		# far beyond the GDT limit
	.set	CR0_PE, 1 << 0
	.set	CR0_PG, 1 << 31
	.set	CR4_PAE, 1 << 5
	.set	EFER_MSR, 0xc0000080
	.set	EFER_LME, 1 << 8
	.set	PTE_PRESENT_WRITABLE_USER, 0x7	# CPL 3 code runs on these pages too
	.set	PTE_PRESENT_USER, 0x5
	.set	PDE_LARGE_PAGE, 1 << 7

	# Interrupt gates are written at run time, where the code needs them. All handlers lie below 64 KiB, so
	# the gates' upper offset bits stay 0.
	.macro	gate32 vector, handler, type=INTERRUPT_GATE
	movw	$\handler, idt32 + \vector * 8
	movw	$CODE32_SEL, idt32 + \vector * 8 + 2
	movw	$\type, idt32 + \vector * 8 + 4
	.endm
	.macro	gate64 vector, handler, type=INTERRUPT_GATE
	movw	$\handler, idt64 + \vector * 16(%rip)
	movw	$CODE64_SEL, idt64 + \vector * 16 + 2(%rip)
	movw	$\type, idt64 + \vector * 16 + 4(%rip)
	.endm

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

	.globl	real_mode_arithmetic
real_mode_arithmetic:
	movw	$0x7fff, %ax
	addw	$1, %ax			# signed overflow, auxiliary carry
	movw	$0xffff, %dx
	addw	$1, %dx			# carry out, zero
	adcw	$0x8000, %ax		# carry in
	sbbw	$0x1234, %dx		# borrow out
	sbbw	%bx, %bx		# all ones from the borrow
	negw	%dx
	incw	%ax
	decw	%cx
	cmpw	$0x10, %ax
	notw	%ax
	movb	$0x7f, %ah
	addb	$0x81, %ah		# high-byte register with carry
	adcb	%ah, %al
	subb	$0x90, %al
	xorw	%si, %si
	orw	$0x8000, %si
	andw	$0x7fff, %si
	testw	%ax, %ax

	.globl	real_mode_addressing
real_mode_addressing:
	movw	$words16, %bx
	movw	$2, %si
	movw	(%bx,%si), %ax		# base + index
	addw	2(%bx,%si), %ax		# base + index + displacement
	movw	$4, %di
	subw	(%bx,%di), %ax
	movw	%ax, 6(%bx,%si)
	xchgw	%ax, (%bx)
	movw	%sp, %bp
	pushw	$0x1234
	movw	-2(%bp), %cx		# BP addresses the stack segment
	addw	-2(%bp,%di), %cx
	popw	%dx
	leaw	6(%bx,%si), %ax
	movw	$0x1234, words16 + 8	# direct address
	incw	words16 + 8
	movzbw	words16 + 9, %cx
	movsbw	words16 + 1, %dx

	.globl	real_mode_multiply
real_mode_multiply:
	movw	$1000, %ax
	movw	$77, %cx
	mulw	%cx			# DX:AX
	divw	%cx
	movw	$-1000, %ax
	cwd
	idivw	%cx
	movb	$-7, %al
	cbw
	imulw	$-3, %ax, %dx
	imulw	%cx, %dx
	movb	$200, %al
	movb	$3, %bl
	mulb	%bl			# AX = AL * BL
	divb	%bl

	.globl	real_mode_shifts
real_mode_shifts:
	movw	$0x8001, %ax
	shlw	$1, %ax
	rclw	$1, %ax
	sarw	$3, %ax
	movb	$5, %cl
	rorw	%cl, %ax
	shrw	%cl, %ax
	rolb	$1, %ah
	rcrb	%cl, %al

	.globl	real_mode_calls
real_mode_calls:
	movw	$5, %bx
	call	add_bx_to_ax16
	lcall	$0, $far_add_bx_to_ax16
	movw	$interrupt_handler16, SOFTWARE_VECTOR * 4
	movw	$0, SOFTWARE_VECTOR * 4 + 2
	stc
	int	$SOFTWARE_VECTOR	# pushes FLAGS, CS and IP; iret restores CF
	enter	$4, $0
	movw	$0x55, -2(%bp)
	leave
	pushfw
	popfw
	lahf
	movb	$0xd5, %ah		# SF ZF AF PF CF all set
	sahf
	movw	$3, %cx
1:	addw	%cx, %ax
	loop	1b

	.globl	real_mode_strings
real_mode_strings:
	cld
	movw	$fill16, %di
	movw	$0xabcd, %ax
	movw	$4, %cx
	rep stosw
	std				# copy backwards, from the last byte down
	movw	$copy_source + copy_length - 1, %si
	movw	$copy_destination + copy_length - 1, %di
	movw	$copy_length, %cx
	rep movsb
	cld
	movw	$copy_source, %si
	movw	$copy_destination, %di
	movw	$copy_length, %cx
	repe cmpsb			# equal: runs all iterations
	movw	$fill16, %si
	lodsw
	lodsb

	.globl	real_mode_prefixes
real_mode_prefixes:
	movl	$0x12345678, %eax	# 32-bit operands and addresses through the 66 and 67 prefixes
	addl	$0x9abcdef0, %eax
	movl	$words16, %ebx
	movl	$1, %ecx
	movw	(%ebx,%ecx,2), %dx
	shldl	$8, %eax, %edx
	movw	$0xfff0, %bx		# 16-bit effective addresses wrap around at 64 KiB
	movw	$words16 + 0x10, %si
	movw	(%bx,%si), %ax
	leaw	-2(%bx,%si), %dx
	movw	$fill16, %di
	movl	$2, %ecx
	addr32 rep stosb		# counts in ECX, stores through EDI

	.globl	real_mode_misc
real_mode_misc:
	movw	$words16, %bx
	movb	$3, %al
	xlat
	lesw	far_pointer16, %di	# ES from memory: base = selector * 16
	movw	%es:0, %ax
	xorw	%ax, %ax
	movw	%ax, %es
	pushaw
	popaw
	xorw	%cx, %cx
	jcxz	1f
	notw	%ax			# skipped
1:	movw	$5, %cx
	movw	$2, %ax
2:	decw	%ax
	loopnz	2b			# ends on ZF, CX still 3
	pushw	$0xfcfd			# NT, IOPL, OF, DF, status flags and reserved bits; not TF or IF
	popfw
	pushfw
	popw	%dx
	pushw	$0x0002
	popfw
	movb	$9, %cl
	rclb	%cl, %al		# count modulo 9 is 0: nothing changes
	movb	$10, %cl
	rcrb	%cl, %al
	movb	$17, %cl
	rclw	%cl, %dx
	shrw	$0, %ax			# count 0 leaves the flags alone
	movb	$16, %cl
	shrw	%cl, %dx		# every bit shifted out
	movb	$20, %cl
	sarb	%cl, %al
	movw	$0x8000, %ax
	negw	%ax			# overflow
	xorb	%ah, %ah
	negb	%ah			# zero: no carry
	movb	$-100, %al
	movb	$3, %bl
	imulb	%bl
	idivb	%bl
	enter	$6, $1			# nesting level 1 also pushes the new frame pointer
	leave
	movw	$0xffff, %si
	lodsb				# SI wraps around to 0
	ldsw	far_pointer16, %si
	xorw	%ax, %ax
	movw	%ax, %ds
	pushw	$0x99
	call	drop_word16
	movb	$0x80, %al
	movb	$0x7f, %cl
	xaddb	%cl, %al		# overflow into the sign bit
	movw	$5, %ax
	movw	$5, %dx
	movw	$9, %cx
	cmpxchgw %cx, %dx		# equal: DX = 9
	cmpxchgb %ch, %dl		# unequal: AL = DL

	# Protected mode, as in mode_switch.S: until the far jump the CPU runs 16-bit protected code.
	lgdtl	gdt_pointer
	movl	%cr0, %eax
	orl	$CR0_PE, %eax
	movl	%eax, %cr0
	ljmpl	$CODE32_SEL, $protected_mode_entry

drop_word16:
	movw	%sp, %bp
	movw	2(%bp), %dx		# the argument above the return address
	ret	$2

add_bx_to_ax16:
	addw	%bx, %ax
	ret

far_add_bx_to_ax16:
	addw	%bx, %ax
	lret

interrupt_handler16:
	movw	$0x4242, %bx
	clc				# iret restores the caller's CF anyway
	iret

	.code32
	.globl	protected_mode_entry
protected_mode_entry:
	movw	$DATA_SEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movl	$stack_top, %esp
	movw	$OFFSET_DATA_SEL, %ax	# a segment whose base is not 0
	movw	%ax, %fs
	movl	$0x55aa55aa, %fs:0x10
	movl	OFFSET_DATA_BASE + 0x10, %ebx	# the same bytes through the flat DS

	.globl	protected_mode_arithmetic
protected_mode_arithmetic:
	movl	$0x80000000, %eax
	addl	%eax, %eax		# carry, zero, overflow
	adcl	$0, %eax
	subl	$1, %eax		# borrow
	sbbl	$-1, %eax
	movl	$0xfffffff0, %ecx
	imull	$3, %ecx, %edx
	movl	$0x12345678, %eax
	imull	%ecx			# EDX:EAX, signed
	mull	%ecx			# EDX:EAX, unsigned
	movl	$100000, %eax
	xorl	%edx, %edx
	movl	$7, %ecx
	divl	%ecx
	movl	$-100000, %eax
	cdq
	idivl	%ecx
	movl	$0x00f00100, %edx
	bsfl	%edx, %esi
	bsrl	%edx, %edi
	shldl	$4, %eax, %edx
	shrdl	%cl, %edx, %eax
	movzbl	%al, %esi
	movsbl	%al, %edi
	movswl	%dx, %ebp
	cmpl	%esi, %edi
	setl	%al
	cmovgl	%esi, %edi
	andl	$0xff00ff00, %edx
	xorl	%edx, %esi
	bswapl	%esi

	.globl	protected_mode_stack
protected_mode_stack:
	enter	$8, $0
	movl	$5, -4(%ebp)
	leave
	pushl	$3
	call	sum32
	pushfl
	popfl
	lcall	$CODE32_SEL, $far_routine32
	pushal
	popal
	movl	%esp, %ebp
	enter	$12, $2			# copies one outer frame pointer
	leave
	pushl	$0x77
	lcall	$CODE32_SEL, $far_drop_argument32
	movl	%ds, %eax		# zero-extended into EAX on P6 and later
	pushl	%fs
	popl	%gs
	pushl	%ss
	popl	%ss			# the next instruction runs in the interrupt shadow
	lfsl	far_pointer32, %edx
	movl	%esp, %ebp
	movl	%esp, stack_pointer32
	movw	%ss, stack_pointer32 + 4
	lssl	stack_pointer32, %esp	# the same stack again through a far pointer

	.globl	protected_mode_interrupts
protected_mode_interrupts:
	gate32	SOFTWARE_VECTOR, software_interrupt32
	gate32	DIVIDE_ERROR_VECTOR, divide_error32
	lidt	idt32_pointer
	int	$SOFTWARE_VECTOR
	xorl	%ecx, %ecx
	divl	%ecx			# #DE: the handler skips this 2-byte instruction

	.globl	protected_mode_faults
protected_mode_faults:			# each fault's handler takes the error code into EBX
	gate32	GENERAL_PROTECTION_VECTOR, fault_with_error_code32
	gate32	SEGMENT_NOT_PRESENT_VECTOR, fault_with_error_code32
	movb	$2, fault_length
	movw	$ABSENT_DATA_SEL, %ax
	movw	%ax, %es		# #NP(selector)
	movw	$READ_ONLY_DATA_SEL, %ax
	movw	%ax, %ss		# #GP(selector): the stack must be writable
	movw	%ax, %gs		# readable data is fine for GS
	movl	%gs:(%edi), %ecx
	movl	%fs:0xffc, %eax		# the last doubleword below the FS limit
	# No write to read-only data and no access beyond a limit: QEMU's TCG checks neither, so the #GP(0) the
	# SDM requires cannot be compared.

	.globl	protected_mode_strings
protected_mode_strings:
	std
	leal	fill32 + 12, %edi
	movl	$0x11223344, %eax
	movl	$4, %ecx
	rep stosl			# backwards: fill32+12 down to fill32
	cld
	leal	fill32, %esi
	lodsl
	lodsw
	xorl	%ecx, %ecx
	rep movsb			# a zero count does nothing
	leal	copy_source, %edi
	movb	$'k', %al
	movl	$copy_length, %ecx
	repne scasb			# stops after the match
	movw	$OFFSET_DATA_SEL, %ax
	movw	%ax, %fs
	movl	$0x10, %esi
	leal	fill32, %edi
	movsl	%fs:(%esi), %es:(%edi)	# source through the FS base
	lodsb	%fs:(%esi), %al

	# CPL 3 and back: iret to an outer level, int through a DPL-3 gate with a stack switch from the TSS.
	.globl	protected_mode_user
protected_mode_user:
	movw	$TSS32_SEL, %ax
	ltr	%ax
	gate32	SYSTEM_CALL_VECTOR, system_call32, USER_INTERRUPT_GATE
	gate32	KERNEL_ENTRY_VECTOR, kernel_entry32, USER_INTERRUPT_GATE
	movl	%esp, saved_stack_pointer
	pushl	$USER_DATA_SEL		# SS
	pushl	$user_stack_top		# ESP
	pushl	$FLAGS_FOR_USER
	pushl	$USER_CODE32_SEL
	pushl	$user_mode32
	iret
	.globl	user_mode32
user_mode32:
	movl	$USER_DATA_SEL, %eax
	movw	%ax, %ds
	movw	%ax, %es
	addl	$5, %eax
	int	$SYSTEM_CALL_VECTOR	# the handler's DS has DPL 0, so the return to CPL 3 nulls DS
	movl	%ds, %ebx
	pushl	$0x33
	popl	%ecx
	int	$KERNEL_ENTRY_VECTOR

	# Back to real mode through a 16-bit code segment; FS keeps its 4 GiB limit ("unreal mode").
	.globl	protected_mode_to_real
protected_mode_to_real:
	movw	%ax, %fs		# flat, 4 GiB limit
	ljmp	$CODE16_SEL, $protected_mode16
	.code16
protected_mode16:
	movl	%cr0, %eax
	andl	$~CR0_PE, %eax
	movl	%eax, %cr0
	ljmp	$0, $real_mode_again
	.globl	real_mode_again
real_mode_again:
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %fs		# a real-mode load changes the base only
	movw	%ax, %ss		# SS keeps B=1: pushes use ESP
	pushw	$0x77
	popw	%dx
	movl	$UNREAL_ADDRESS, %ebx
	movl	$0x12345678, %fs:(%ebx)
	movl	%fs:(%ebx), %ecx
	movl	%cr0, %eax
	orl	$CR0_PE, %eax
	movl	%eax, %cr0
	ljmpl	$CODE32_SEL, $protected_mode_again
	.code32
protected_mode_again:
	movw	$DATA_SEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss

	# Identity-map the first 2 MiB and enable long mode, as mode_switch.S does.
	movl	$pdpt + PTE_PRESENT_WRITABLE_USER, pml4
	movl	$pd + PTE_PRESENT_WRITABLE_USER, pdpt
	movl	$PDE_LARGE_PAGE + PTE_PRESENT_WRITABLE_USER, pd
	movl	%cr4, %eax
	orl	$CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$pml4, %eax
	movl	%eax, %cr3
	movl	$EFER_MSR, %ecx
	rdmsr
	orl	$EFER_LME, %eax
	wrmsr
	movl	%cr0, %eax
	orl	$CR0_PG, %eax
	movl	%eax, %cr0
	ljmpl	$CODE64_SEL, $long_mode_entry

sum32:
	movl	4(%esp), %eax
	addl	%ebx, %eax
	ret	$4

far_routine32:
	incl	%eax
	lret

far_drop_argument32:
	movl	8(%esp), %ebx		# the argument above the return CS:EIP
	lret	$4

software_interrupt32:
	movl	$0x32, %esi
	iret

divide_error32:
	addl	$2, (%esp)
	iret

fault_with_error_code32:		# skips fault_length bytes
	popl	%ebx
	pushl	%eax
	movzbl	fault_length, %eax
	addl	%eax, 4(%esp)
	popl	%eax
	iret

system_call32:
	movw	$DATA_SEL, %cx
	movw	%cx, %ds
	movl	$0x32, %esi
	iret

kernel_entry32:				# stays at CPL 0, back on the stack used before CPL 3
	movw	$DATA_SEL, %ax		# the iret to CPL 3 nulled DS, FS and GS; their caches are model-specific
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %gs
	movl	saved_stack_pointer, %esp
	jmp	protected_mode_to_real

	.globl	compatibility_routine
compatibility_routine:			# reached from 64-bit code by a far call through a 32-bit pointer
	movl	$0xc0de, %eax
	lret

	.code64
	.globl	long_mode_entry
long_mode_entry:
	movabsq	$0x7fffffffffffffff, %rax
	addq	$1, %rax		# signed overflow
	movq	$-1, %rbx
	addq	$1, %rbx		# carry, zero
	adcq	%rax, %rbx
	subq	$2, %rbx
	sbbq	%rcx, %rcx
	movabsq	$0x123456789abcdef0, %r8
	movq	%r8, %r9
	negq	%r9
	notq	%r8
	incq	%r13
	decq	%r14
	addb	$0x80, %r8b
	subb	%r8b, %sil
	xorb	%dil, %dil
	cmpq	%r8, %r9
	setbe	%r10b
	cmovaq	%r8, %r11

	.globl	long_mode_shifts
long_mode_shifts:
	movabsq	$0x8123456789abcdef, %r9
	shlq	$4, %r9
	shrq	%r9
	sarq	$63, %r8
	movb	$65, %cl		# masked to 1 for 64-bit operands
	rolq	%cl, %r9
	rorq	$7, %r9
	rclq	$1, %r9
	rcrq	$3, %r9
	shlq	%cl, %r9
	movl	$70, %ecx		# masked to 6
	shrq	%cl, %r9
	sarl	%cl, %r9d
	shldq	$12, %r8, %r9
	shrdq	%cl, %r9, %r8
	roll	$31, %r9d

	.globl	long_mode_bits
long_mode_bits:
	btq	$63, %r9
	btsq	$3, %r10
	btrq	%rcx, %r9
	btcq	$0, bits64(%rip)
	movl	$100, %eax		# a register bit offset reaches past the first quadword
	btsq	%rax, bits64(%rip)
	btq	%rax, bits64(%rip)
	movq	$-1, %rax
	btrq	%rax, bits64 + 8(%rip)	# a negative offset reaches below

	.globl	long_mode_multiply
long_mode_multiply:
	movabsq	$0x0000000100000003, %r10
	imulq	%r9, %r10
	imulq	$-5, %r10, %r11
	movq	%r9, %rax
	mulq	%r10			# RDX:RAX
	movl	$1000, %edx		# below the divisor, so the quotient fits
	movq	$12345, %r12
	divq	%r12
	movq	$-123456789, %rax
	cqo
	idivq	%r12
	movl	$-8, %eax
	cdqe
	movslq	%eax, %r12
	bswapq	%r12

	.globl	long_mode_stack
long_mode_stack:
	pushq	%r12
	pushq	$-2
	popq	%r13
	popq	%r14
	call	add_r13_to_r14
	enter	$32, $1			# nesting level 1 also pushes the frame pointer
	movq	%r14, -8(%rbp)
	leave
	pushfq
	popfq
	lahf
	movb	$0x41, %ah		# ZF CF
	sahf
	movq	$5, %rcx
1:	addq	%rcx, %r15
	decq	%rcx
	jnz	1b

	.globl	long_mode_atomics
long_mode_atomics:
	movq	$5, %rax
	movq	$5, cell(%rip)
	movq	$9, %rbx
	lock cmpxchgq %rbx, cell(%rip)	# equal: stores RBX, ZF=1
	lock cmpxchgq %rbx, cell(%rip)	# now 9 != 5: loads RAX, ZF=0
	movl	$3, %ecx
	movl	$4, %edx
	cmpxchgl %ecx, %edx		# register form, unequal
	movq	$7, %rax
	lock xaddq %rax, cell(%rip)
	xaddl	%eax, %ebx
	xchgq	%rax, cell(%rip)

	.globl	long_mode_strings
long_mode_strings:
	std
	leaq	fill64 + 24(%rip), %rdi
	movabsq	$0x0102030405060708, %rax
	movl	$4, %ecx
	rep stosq			# backwards
	leaq	fill64 + 31(%rip), %rsi
	leaq	copy_destination + copy_length - 1(%rip), %rdi
	movl	$copy_length, %ecx
	rep movsb			# backwards, overlapping the fill
	cld
	leaq	fill64(%rip), %rsi
	lodsq
	leaq	fill64(%rip), %rdi
	scasq
	leaq	fill64(%rip), %rsi
	leaq	fill64 + 8(%rip), %rdi
	movl	$3, %ecx
	repe cmpsq			# equal quadwords
	movb	$0x05, %al
	leaq	fill64(%rip), %rdi
	movl	$32, %ecx
	repne scasb
	movsq
	stosl

	.globl	long_mode_flags
long_mode_flags:
	pushq	$0x27fcfd		# ID AC VM RF NT IOPL OF DF status and reserved bits; not TF or IF
	popfq				# VM and RF stay clear, reserved bits read fixed
	pushfq
	popq	%rax
	pushq	$2
	popfq
	cmc
	stc
	clc
	movl	$1, %ecx
	movq	$-1, %rdx
	testl	%ecx, %ecx
	cmovzl	%ecx, %edx		# not taken, still zero-extends EDX into RDX
	xchgl	%ebx, %ebx		# zero-extends too
	movsbq	%cl, %r8
	movzwq	%dx, %r9

	.globl	long_mode_addressing
long_mode_addressing:
	movl	$-1, %ecx
	leaq	1(%ecx), %rdx		# 32-bit address size: wraps to 0
	leaq	bits64(%rip), %rax
	movq	8(%eax), %rbx
	movabsq	$0x100000000, %rcx
	jrcxz	1f			# RCX is not zero ...
	jecxz	1f			# ... but ECX is
	notq	%rax			# skipped
1:	movl	$3, %ecx
2:	loop	2b
	movw	$-1, %r9w
	xaddw	%r9w, %r10w
	movb	$0x80, %al
	imulb	%al

	.globl	long_mode_far_calls
long_mode_far_calls:
	lcall	*compat_call_pointer(%rip)	# into compatibility mode and back with a 32-bit lret

	.globl	long_mode_interrupts
long_mode_interrupts:
	gate64	SOFTWARE_VECTOR, software_interrupt64
	gate64	DIVIDE_ERROR_VECTOR, divide_error64
	gate64	GENERAL_PROTECTION_VECTOR, general_protection64
	lidt	idt64_pointer(%rip)
	int	$SOFTWARE_VECTOR
	movw	$BAD_SELECTOR, %ax
	movw	%ax, %ds		# #GP(BAD_SELECTOR); the handler skips it
	xorl	%ecx, %ecx
	divq	%rcx			# #DE; the handler skips this 3-byte instruction
	gate64	PAGE_FAULT_VECTOR, page_fault64
	gate64	BREAKPOINT_VECTOR, breakpoint64
	gate64	INVALID_OPCODE_VECTOR, invalid_opcode64
	movl	$UNMAPPED_ADDRESS, %edx
	movb	$3, fault_length(%rip)
	movq	(%rdx), %rax		# #PF; the handler reads CR2 and skips this 3-byte instruction
	int3				# a trap: returns after it
	ud2				# a fault: the handler skips it
	movabsq	$0x8000000000000000, %rax
	cqo
	movq	$-1, %rcx
	idivq	%rcx			# the quotient does not fit: #DE

	.globl	long_mode_paging
long_mode_paging:
	leaq	small_page_table + PTE_PRESENT_WRITABLE_USER(%rip), %rax
	movq	%rax, pd + 8(%rip)
	movq	$WRITABLE_FRAME + PTE_PRESENT_WRITABLE_USER, small_page_table(%rip)
	movq	$READ_ONLY_FRAME + PTE_PRESENT_USER, small_page_table + 8(%rip)
	movl	$SMALL_PAGES, %ebx
	movq	(%rbx), %rax		# sets the accessed bits on the way
	movq	%rbx, 8(%rbx)		# sets the dirty bit of the first page
	movq	0x1000(%rbx), %rcx
	movq	%cr0, %rax
	orl	$CR0_WP, %eax
	movq	%rax, %cr0		# CPL 0 now honours read-only pages
	movb	$7, fault_length(%rip)
	movq	%rbx, 0x1000(%rbx)	# #PF: present, write
	movq	$READ_ONLY_FRAME + PTE_PRESENT_WRITABLE_USER, small_page_table + 8(%rip)
	invlpg	0x1000(%rbx)
	movq	%rbx, 0x1000(%rbx)
	movq	%cr4, %rax
	orl	$CR4_PGE, %eax
	movq	%rax, %cr4
	movq	%cr3, %rax
	movq	%rax, %cr3

	.globl	long_mode_system
long_mode_system:
	movl	$FS_BASE_MSR, %ecx
	movl	$OFFSET_DATA_BASE, %eax
	xorl	%edx, %edx
	wrmsr
	movq	%fs:0x10, %r8		# the FS base from the MSR: the word stored through FS in protected mode
	movl	$GS_BASE_MSR, %ecx
	movl	$0x2000, %eax
	wrmsr
	movl	$KERNEL_GS_BASE_MSR, %ecx
	movl	$0x3000, %eax
	wrmsr
	swapgs
	rdmsr				# the old GS base
	swapgs
	sgdt	descriptor_tables(%rip)
	sidt	descriptor_tables + 10(%rip)
	smsw	%r9d			# all of CR0[31:0] in 64-bit mode
	str	%r10d			# 32-bit destinations get the zero-extended value
	sldt	%r11d
	pushq	$0x1111
	pushq	$0x2222
	popq	(%rsp)			# the address is formed with RSP after the pop
	pushq	(%rsp)
	pushq	%rsp			# the value before the push
	popq	%r12
	popq	%r13
	movq	%rsp, %r14
	pushq	%r14
	popq	%rsp

	.globl	long_mode_conditions
long_mode_conditions:
	leaq	conditions(%rip), %rdi
	movq	$-1, %rax
	addq	$1, %rax		# CF ZF PF AF
	call	store_conditions
	movl	$0x7fffffff, %eax
	addl	$1, %eax		# OF SF AF PF
	call	store_conditions

	.globl	long_mode_user
long_mode_user:
	movw	$TSS64_SEL, %ax
	ltr	%ax
	gate64	SYSTEM_CALL_VECTOR, system_call64, USER_INTERRUPT_GATE
	gate64	KERNEL_ENTRY_VECTOR, kernel_entry64, USER_INTERRUPT_GATE
	movq	%rsp, saved_stack_pointer(%rip)
	pushq	$USER_DATA_SEL		# SS
	pushq	$user_stack_top		# RSP
	pushq	$FLAGS_FOR_USER
	pushq	$USER_CODE64_SEL
	pushq	$user_mode64
	iretq				# DS, ES, FS and GS have DPL 0: they become null
	.globl	user_mode64
user_mode64:
	movq	$-7, %r11
	pushq	%r11
	int	$SYSTEM_CALL_VECTOR	# SS becomes a null selector at CPL 0
	popq	%r12
	movl	%ss, %ebx
	int	$KERNEL_ENTRY_VECTOR

	.globl	halt
halt:
	hlt

add_r13_to_r14:
	addq	%r13, %r14
	ret

software_interrupt64:
	movl	$0x64, %esi
	iretq

general_protection64:
	popq	%rbx			# the error code: the selector
	addq	$2, (%rsp)
	iretq

divide_error64:
	addq	$3, (%rsp)
	iretq

page_fault64:				# skips fault_length bytes
	popq	%rbx			# the error code
	movq	%cr2, %rcx
	pushq	%rax
	movzbl	fault_length(%rip), %eax
	addq	%rax, 8(%rsp)
	popq	%rax
	iretq

breakpoint64:
	movl	$3, %edx
	iretq

invalid_opcode64:
	addq	$2, (%rsp)
	iretq

store_conditions:			# SETcc of all 16 conditions into RDI[0..15], RDI += 16
	seto	0(%rdi)
	setno	1(%rdi)
	setb	2(%rdi)
	setae	3(%rdi)
	sete	4(%rdi)
	setne	5(%rdi)
	setbe	6(%rdi)
	seta	7(%rdi)
	sets	8(%rdi)
	setns	9(%rdi)
	setp	10(%rdi)
	setnp	11(%rdi)
	setl	12(%rdi)
	setge	13(%rdi)
	setle	14(%rdi)
	setg	15(%rdi)
	leaq	16(%rdi), %rdi		# lea keeps the flags
	ret

system_call64:
	movl	$0x64, %esi
	iretq

kernel_entry64:
	movq	saved_stack_pointer(%rip), %rsp
	movw	$DATA_SEL, %ax
	movw	%ax, %ss
	movw	%ax, %ds
	movw	%ax, %es
	jmp	halt

	.data
	.balign	8
gdt:
	.quad	0
gdt_code32:
	.quad	0x00cf9a000000ffff		# flat 32-bit code
gdt_data:
	.quad	0x00cf92000000ffff		# flat writable data
gdt_code64:
	.quad	0x00af9a000000ffff		# 64-bit code
gdt_offset_data:
	.quad	0x0040920010000fff		# base OFFSET_DATA_BASE, byte-granular limit 0xfff, 32-bit
gdt_code16:
	.quad	0x00009a000000ffff		# 16-bit code, limit 64 KiB, for the way back to real mode
gdt_user_code32:
	.quad	0x00cffa000000ffff		# DPL 3
gdt_user_data:
	.quad	0x00cff2000000ffff		# DPL 3
gdt_user_code64:
	.quad	0x00affa000000ffff		# DPL 3
gdt_tss32:					# available 32-bit TSS, limit 0x67
	.word	0x67, tss32
	.byte	0, 0x89, 0, 0
gdt_tss64:					# the 16-byte 64-bit form
	.word	0x67, tss64
	.byte	0, 0x89, 0, 0
	.long	0, 0
gdt_absent_data:
	.quad	0x00cf12000000ffff		# P clear
gdt_read_only_data:
	.quad	0x00cf90000000ffff
gdt_end:

gdt_pointer:
	.word	gdt_end - gdt - 1
	.long	gdt

far_pointer16:				# m16:16 for les: 0100:0008 is linear 0x1008
	.word	0x0008, 0x0100
far_pointer32:				# m16:32 for lfs
	.long	0x20
	.word	OFFSET_DATA_SEL
compat_call_pointer:			# m16:32 for the far call from 64-bit code
	.long	compatibility_routine
	.word	CODE32_SEL

	.balign	8
idt32_pointer:
	.word	(LAST_VECTOR + 1) * 8 - 1
	.long	idt32
idt64_pointer:
	.word	(LAST_VECTOR + 1) * 16 - 1
	.quad	idt64

	.balign	8
words16:
	.word	0x8001, 0x7ffe, 0x1111, 0xfffe, 0, 0
fill16:
	.fill	8, 1, 0
fill32:
	.fill	16, 1, 0
fill64:
	.fill	32, 1, 0
bits64:
	.quad	0, 0, 0
cell:
	.quad	0
copy_source:
	.ascii	"gasket lockstep"
	.set	copy_length, . - copy_source
copy_destination:
	.fill	copy_length, 1, 0

	.balign	16
stack:
	.fill	512, 1, 0
stack_top:
	.fill	256, 1, 0
kernel_stack_top:			# ESP0/RSP0 for interrupts from CPL 3
	.fill	256, 1, 0
user_stack_top:

	.balign	16
idt32:
	.fill	(LAST_VECTOR + 1) * 8, 1, 0
idt64:
	.fill	(LAST_VECTOR + 1) * 16, 1, 0
tss32:
	.long	0, kernel_stack_top, DATA_SEL	# ESP0 and SS0
	.fill	104 - 12, 1, 0
tss64:
	.long	0
	.quad	kernel_stack_top		# RSP0
	.fill	104 - 12, 1, 0
saved_stack_pointer:
	.quad	0
stack_pointer32:			# m16:32 for lss
	.long	0
	.word	0
fault_length:				# bytes the page-fault handler skips
	.byte	0
descriptor_tables:			# sgdt and sidt store here
	.fill	20, 1, 0
conditions:
	.fill	32, 1, 0

	.balign	4096
pml4:
	.fill	512, 8, 0
pdpt:
	.fill	512, 8, 0
pd:
	.fill	512, 8, 0
small_page_table:
	.fill	512, 8, 0
