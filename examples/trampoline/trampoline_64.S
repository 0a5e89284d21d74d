/*
 * A secondary-CPU trampoline in the manner of Linux's arch/x86/realmode/rm/trampoline_64.S:
 * the CPU starts in real mode at trampoline_start, takes the trampoline lock, enters 32-bit protected
 * mode, turns on PAE paging and long mode, and continues in 64-bit code, which checks that the paging
 * depth it runs with (CR4.LA57) is the one asked for in tr_cr4 before jumping on through tr_start.
 *
 * Build: gcc -c trampoline_64.S && ld -Ttext=0x1000 -e trampoline_start trampoline_64.o
 */
#include "linkage.h"
#include "boot.h"

	.text
	.code16
SYM_CODE_START(trampoline_start)
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %ss
	movw	$rm_stack_end, %sp

	/* one CPU at a time past this point */
1:	lock btsl $0, tr_lock
	jnc	2f
	pause
	jmp	1b
2:
	lidtl	tr_idt
	lgdtl	tr_gdt_desc

	movl	%cr0, %eax
	orl	$X86_CR0_PE, %eax
	movl	%eax, %cr0
	ljmpl	$__KERNEL32_CS, $startup_32
SYM_CODE_END(trampoline_start)

	.code32
	.balign	4
SYM_CODE_START(startup_32)
	movl	$__KERNEL_DS, %edx
	movl	%edx, %ds
	movl	%edx, %es
	movl	%edx, %ss

	movl	tr_cr4, %eax
	orl	$X86_CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$pml4, %eax
	movl	%eax, %cr3

	movl	$MSR_EFER, %ecx
	movl	tr_efer, %eax
	movl	tr_efer + 4, %edx
	wrmsr

	movl	$(X86_CR0_PG | X86_CR0_PE), %eax
	movl	%eax, %cr0
	ljmpl	$__KERNEL_CS, $startup_64
SYM_CODE_END(startup_32)

	.code64
	.balign	8
SYM_CODE_START(startup_64)
	/* tr_cr4 is 4 bytes: compare it with a 32-bit access, never xorq */
	movq	%cr4, %rax
	xorl	tr_cr4(%rip), %eax
	testl	$X86_CR4_LA57, %eax
	jnz	.Lla57_mismatch
	jmpq	*tr_start(%rip)

.Lla57_mismatch:
	hlt
	jmp	.Lla57_mismatch
SYM_CODE_END(startup_64)

SYM_CODE_START(kernel_entry)
	movq	$0x600d, %rax
	hlt
SYM_CODE_END(kernel_entry)

	.data
	.balign	8
tr_gdt:
	.quad	0				/* null descriptor */
	.quad	0x00cf9b000000ffff		/* __KERNEL32_CS: 32-bit code, 4 GiB */
	.quad	0x00af9b000000ffff		/* __KERNEL_CS: 64-bit code */
	.quad	0x00cf93000000ffff		/* __KERNEL_DS: data, 4 GiB */
tr_gdt_end:

tr_gdt_desc:
	.short	tr_gdt_end - tr_gdt - 1
	.long	tr_gdt
tr_idt:
	.short	0
	.long	0

	.balign	8
SYM_DATA_START(trampoline_header)
	SYM_DATA_LOCAL(tr_start,	.quad kernel_entry)
	SYM_DATA(tr_efer,		.quad EFER_LME)
	SYM_DATA(tr_cr4,		.long 0)
	SYM_DATA(tr_flags,		.long 0)
	SYM_DATA(tr_lock,		.long 0)
SYM_DATA_END(trampoline_header)

	/* identity map of the first 2 MiB with one large page, 4-level paging */
	.balign	4096
pml4:	.quad	pdpt + 0x3
	.fill	511, 8, 0
pdpt:	.quad	pd + 0x3
	.fill	511, 8, 0
pd:	.quad	0x83
	.fill	511, 8, 0

	.bss
	.balign	16
rm_stack:
	.skip	512
rm_stack_end:
