/*
 * A secondary-CPU ("AP") trampoline modelled on Linux's arch/x86/realmode/rm/trampoline_64.S.
 * trampoline_start:   the AP starts in real mode and goes through 32-bit protected mode to long mode.
 * trampoline_start64: the AP starts in 64-bit mode with the firmware's paging; it goes through
 *                     compatibility mode only to change the paging depth (impossible on X86S).
 * Both end in the kernel (here the stub kernel_entry) through tr_start.
 *
 * Build (-N: code then data in one segment, and no ELF header loaded at address 0):
 *   gcc -c -g trampoline_64.S && ld -m elf_x86_64 -nostdlib -static -N -Ttext=0x1000 -e trampoline_start trampoline_64.o
 */
#include "linkage.h"
#include "boot.h"

	.text
	.code16
	/* real-mode entry: CS = trampoline_start >> 4, IP = 0 */
	.balign	16
SYM_CODE_START(trampoline_start)
	cli
	/* segment base 0: the trampoline lies below 64 KiB, so its linked addresses are valid offsets */
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movl	$tr_stack_end, %esp

	/* one AP at a time: the others spin until the kernel releases tr_lock */
SYM_INNER_LABEL(lock_spin_rm, SYM_L_LOCAL)
	lock btsl $0, tr_lock
	jnc	lock_taken_rm
	pause
	jmp	lock_spin_rm
SYM_INNER_LABEL(lock_taken_rm, SYM_L_LOCAL)

	lidtl	tr_idt
	lgdtl	tr_gdt32

	movl	%cr0, %eax
	orl	$X86_CR0_PE, %eax
	movl	%eax, %cr0
	/* CR0.PE alone keeps the real-mode CS: the far jump loads a protected-mode one */
	ljmpl	$__KERNEL32_CS, $startup_32
SYM_CODE_END(trampoline_start)

	.code32
	.balign	4
SYM_CODE_START(startup_32)
	movl	$__KERNEL_DS, %edx
	movl	%edx, %ds
	movl	%edx, %es
	movl	%edx, %ss

	/* long mode needs PAE; LA57 (5-level paging) only if the kernel asks for it */
	movl	tr_cr4, %eax
	orl	$X86_CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$tr_pml4, %edx
	testl	$X86_CR4_LA57, %eax
	jz	1f
	movl	$tr_pml5, %edx
1:	movl	%edx, %cr3

	/* keep the EFER bits firmware set, add the header's (LME, NX) */
	movl	$MSR_EFER, %ecx
	rdmsr
	orl	tr_efer, %eax
	orl	tr_efer + 4, %edx
	wrmsr

	/* paging on with EFER.LME activates long mode, in compatibility mode until CS changes */
	movl	%cr0, %eax
	btsl	$X86_CR0_PG_BIT, %eax
	movl	%eax, %cr0
	ljmpl	$__KERNEL_CS, $startup_64
SYM_CODE_END(startup_32)

	.code64
	.balign	8
SYM_CODE_START(startup_64)
	/* enter the kernel as trampoline_start64 does: lretq loads __KERNEL_CS together with RIP */
	pushq	$__KERNEL_CS
	pushq	tr_start(%rip)
	lretq
SYM_CODE_END(startup_64)

SYM_CODE_START(trampoline_start64)
	/* the firmware's descriptor tables may be gone once the kernel runs */
	lidt	tr_idt(%rip)
	lgdt	tr_gdt64(%rip)

	/* tr_cr4 is 4 bytes: compare it with a 32-bit access, never xorq */
	movq	%cr4, %rax
	xorl	tr_cr4(%rip), %eax
	testl	$X86_CR4_LA57, %eax
	jnz	enter_compat

	/* the paging depth is right: stay in 64-bit mode (trampoline_compat comes back here too) */
SYM_INNER_LABEL(lock_spin64, SYM_L_LOCAL)
	lock btsl $0, tr_lock(%rip)
	jnc	lock_taken64
	pause
	jmp	lock_spin64
SYM_INNER_LABEL(lock_taken64, SYM_L_LOCAL)

	movl	$__KERNEL_DS, %edx
	movl	%edx, %ss
	movl	$tr_stack_end, %esp
	movl	%edx, %ds
	movl	%edx, %es
	movl	%edx, %fs
	movl	%edx, %gs

	/* our own tables of the current depth: the firmware's may be reused once the kernel runs */
	movl	$tr_pml4, %eax
	movq	%cr4, %rdx
	testl	$X86_CR4_LA57, %edx
	jz	1f
	movl	$tr_pml5, %eax
1:	movq	%rax, %cr3

	/* lretq, not jmp: CS may still be the firmware's, and the kernel expects __KERNEL_CS */
	pushq	$__KERNEL_CS
	pushq	tr_start(%rip)
	lretq

	/* CR4.LA57 changes only with paging off, and paging goes off only in compatibility mode */
SYM_INNER_LABEL(enter_compat, SYM_L_LOCAL)
	ljmpl	*tr_compat(%rip)
SYM_CODE_END(trampoline_start64)

	.code32
SYM_CODE_START(trampoline_compat)
	/* the firmware's data selectors index its own GDT, not ours */
	movl	$__KERNEL_DS, %edx
	movl	%edx, %ds
	movl	%edx, %es
	movl	%edx, %ss

	/* paging off leaves long mode (EFER.LMA = 0): a 32-bit protected-mode CPU for a moment */
	movl	%cr0, %eax
	btrl	$X86_CR0_PG_BIT, %eax
	movl	%eax, %cr0

	movl	tr_cr4, %eax
	orl	$X86_CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$tr_pml4, %edx
	testl	$X86_CR4_LA57, %eax
	jz	1f
	movl	$tr_pml5, %edx
1:	movl	%edx, %cr3

	/* EFER.LME is still set: paging on re-enters long mode, in compatibility mode */
	movl	%cr0, %eax
	btsl	$X86_CR0_PG_BIT, %eax
	movl	%eax, %cr0
	ljmpl	$__KERNEL_CS, $lock_spin64
SYM_CODE_END(trampoline_compat)

	.code64
	/* stands in for the kernel: says which paging depth the AP arrived with */
SYM_CODE_START(kernel_entry)
	leaq	kernel_online_4level(%rip), %rsi
	movq	%cr4, %rax
	testl	$X86_CR4_LA57, %eax
	jz	1f
	leaq	kernel_online_5level(%rip), %rsi
1:	movw	$DEBUG_CONSOLE_PORT, %dx
	cld
2:	lodsb
	testb	%al, %al
	jz	3f
	outb	%al, %dx
	jmp	2b
3:	hlt
	jmp	3b
SYM_CODE_END(kernel_entry)

	.data
kernel_online_4level:
	.asciz	"kernel: AP online, 4-level paging\n"
kernel_online_5level:
	.asciz	"kernel: AP online, 5-level paging\n"

	.balign	8
SYM_DATA_START_LOCAL(tr_gdt)
	.quad	0				/* null descriptor */
	.quad	0x00cf9b000000ffff		/* __KERNEL32_CS: 32-bit code, 4 GiB */
	.quad	0x00af9b000000ffff		/* __KERNEL_CS: 64-bit code */
	.quad	0x00cf93000000ffff		/* __KERNEL_DS: data, 4 GiB */
tr_gdt_end:
SYM_DATA_END(tr_gdt)

	/* lgdt operands: a 32-bit base for lgdtl outside long mode, a 64-bit one in 64-bit mode */
SYM_DATA_START_LOCAL(tr_gdt32)
	.short	tr_gdt_end - tr_gdt - 1
	.long	tr_gdt
SYM_DATA_END(tr_gdt32)
SYM_DATA_START_LOCAL(tr_gdt64)
	.short	tr_gdt_end - tr_gdt - 1
	.quad	tr_gdt
SYM_DATA_END(tr_gdt64)

	/* limit 0: an exception in the trampoline shuts the CPU down instead of running garbage */
SYM_DATA_START_LOCAL(tr_idt)
	.short	0
	.quad	0
SYM_DATA_END(tr_idt)

	/* the m16:32 operand of ljmpl: offset, then selector */
SYM_DATA_START_LOCAL(tr_compat)
	.long	trampoline_compat
	.short	__KERNEL32_CS
SYM_DATA_END(tr_compat)

	/* the first GiB identity-mapped with 2 MiB pages; tr_pml5 puts a fifth level on the same tables */
	.balign	PAGE_SIZE
SYM_DATA_START_LOCAL(tr_pml5)
	.quad	tr_pml4 + PTE_TABLE
	.fill	511, 8, 0
SYM_DATA_END(tr_pml5)
SYM_DATA_START_LOCAL(tr_pml4)
	.quad	tr_pdpt + PTE_TABLE
	.fill	511, 8, 0
SYM_DATA_END(tr_pml4)
SYM_DATA_START_LOCAL(tr_pdpt)
	.quad	tr_pd + PTE_TABLE
	.fill	511, 8, 0
SYM_DATA_END(tr_pdpt)
SYM_DATA_START_LOCAL(tr_pd)
	.set	.Lphysical, 0
	.rept	512
	.quad	.Lphysical + PTE_LARGE_PAGE
	.set	.Lphysical, .Lphysical + LARGE_PAGE_SIZE
	.endr
SYM_DATA_END(tr_pd)

	/* filled in by the kernel before it starts an AP; the defaults ask for 4-level paging */
	.balign	8
SYM_DATA_START(trampoline_header)
	SYM_DATA_LOCAL(tr_start,	.quad kernel_entry)
	SYM_DATA(tr_efer,		.quad EFER_LME | EFER_NX)
	SYM_DATA(tr_cr4,		.long 0)
	SYM_DATA(tr_flags,		.long 0)
	SYM_DATA(tr_lock,		.long 0)
SYM_DATA_END(trampoline_header)

	.bss
	.balign	16
tr_stack:
	.skip	512
tr_stack_end:
