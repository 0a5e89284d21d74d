# Every mode and back: real -> 16-bit protected -> 32-bit protected -> compatibility -> 64-bit ->
# compatibility (through a far pointer in memory, as Linux's trampoline does) -> paging off (32-bit
# protected) -> 16-bit protected -> real mode -> hlt. A label follows each instruction that changes the
# mode, so a test stopping on mode changes can check where each one happened.
	.include "system.inc"

	.set	REAL_SEGMENT, 0x100		# real-mode CS on the way back, so its base (0x1000) is not 0
	.globl	REAL_SEGMENT

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
	PUTC	'R'
	lgdtl	gdt_pointer
	movl	%cr0, %eax
	orl	$CR0_PE, %eax
	movl	%eax, %cr0
	.globl	protected16_after_pe		# protected mode, but CS still holds the real-mode cache
protected16_after_pe:
	ljmpl	$CODE32_SEL, $protected32_entry

	.code32
	.globl	protected32_entry
protected32_entry:
	FLAT_SEGMENTS32 stack_top
	PUTC	'P'
	movl	$pdpt + PTE_P + PTE_W, pml4
	movl	$pd + PTE_P + PTE_W, pdpt
	movl	$PTE_PS + PTE_P + PTE_W, pd
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
	.globl	compat_after_paging_on		# IA-32e mode is active, CS is still 32-bit: compatibility mode
compat_after_paging_on:
	ljmpl	$CODE64_SEL, $long_mode_entry

	.code64
	.globl	long_mode_entry
long_mode_entry:
	PUTC	'L'
	movq	%rsp, %rbx
	shlq	$32, %rbx			# only 64-bit code has 64-bit registers
	movq	%rbx, long_mode_proof(%rip)
	.globl	far_jump_to_compat
far_jump_to_compat:
	ljmpl	*compat_pointer(%rip)

	.code32
	.globl	compat_entry
compat_entry:
	PUTC	'C'
	movl	%cr0, %eax
	andl	$~CR0_PG, %eax
	movl	%eax, %cr0			# leaves IA-32e mode: EFER.LMA clears
	.globl	protected32_after_paging_off
protected32_after_paging_off:
	movl	$EFER_MSR, %ecx
	rdmsr
	andl	$~EFER_LME, %eax
	wrmsr
	PUTC	'p'
	ljmp	$CODE16_SEL, $protected16_entry

	.code16
	.globl	protected16_entry
protected16_entry:
	# Real mode keeps the segment caches: give them 64 KiB limits before leaving protected mode.
	movw	$DATA16_SEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %fs
	movw	%ax, %gs
	movw	%ax, %ss
	movl	%cr0, %eax
	andl	$~CR0_PE, %eax
	movl	%eax, %cr0
	.globl	real_after_pe_off		# real mode, CS still holds the CODE16 descriptor's cache
real_after_pe_off:
	ljmp	$REAL_SEGMENT, $real_mode_again - REAL_SEGMENT * 16

	.globl	real_mode_again
real_mode_again:
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %ss
	PUTC	'r'
	movw	%cs, real_mode_cs
	.globl	halt
halt:
	hlt

	.data
	GDT_ENTRIES

compat_pointer:					# m16:32 operand of ljmpl
	.long	compat_entry
	.word	CODE32_SEL

	.balign	8
	.globl	long_mode_proof, real_mode_cs
long_mode_proof:
	.quad	0
real_mode_cs:
	.word	0

	.balign	16
	.fill	256, 1, 0
stack_top:

	IDENTITY_TABLES
