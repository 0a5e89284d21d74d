# Modelled on the 64-bit entry of Linux's SMP trampoline (trampoline_start64, after the January 2024 change):
# an AP that starts in 64-bit mode compares CR4.LA57 with the paging depth the kernel wants (tr_cr4). If they
# match it stays in 64-bit mode: takes tr_lock, loads data segments and CR3, and enters tr_start with lretq.
# If not, it must turn paging off to change CR4.LA57, which is only possible from compatibility mode: it
# far-jumps there through tr_compat, turns paging off, sets CR4, CR3 and EFER, turns paging on and comes back.
# On X86S that far jump already faults (#GP): there is no compatibility mode at CPL 0.
# x86s_clear_paging and x86s_clear_pae try the other two things X86S forbids, in 64-bit mode.
	.include "system.inc"

	.set	KERNEL32_CS, 0x08
	.set	KERNEL_CS,   0x10
	.set	KERNEL_DS,   0x18
	.globl	KERNEL32_CS, KERNEL_CS, KERNEL_DS

	.text
	.code64
	.globl	trampoline_start64
trampoline_start64:
	lidt	tr_idt(%rip)			# limit 0: any exception shuts the CPU down
	lgdt	tr_gdt_pointer(%rip)
	movq	%cr4, %rax
	xorl	tr_cr4(%rip), %eax
	testl	$CR4_LA57, %eax
	jnz	switch_paging

	.globl	take_lock
take_lock:
	lock btsl $0, tr_lock(%rip)
	jnc	lock_taken
	pause
	jmp	take_lock
	.globl	lock_taken
lock_taken:
	movw	$KERNEL_DS, %dx
	movl	%edx, %ss
	leaq	tr_stack_top(%rip), %rsp
	movl	%edx, %ds
	movl	%edx, %es
	movl	%edx, %fs
	movl	%edx, %gs
	movl	$trampoline_pml4, %eax
	testl	$CR4_LA57, tr_cr4(%rip)
	jz	2f
	movl	$trampoline_pml5, %eax
2:	movq	%rax, %cr3
	pushq	$KERNEL_CS
	pushq	tr_start(%rip)
	lretq

switch_paging:
	.globl	enter_compat
enter_compat:
	ljmpl	*tr_compat(%rip)

	.code32
	.globl	trampoline_compat
trampoline_compat:
	movl	$KERNEL_DS, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	movl	%cr0, %eax
	btrl	$31, %eax
	.globl	disable_paging
disable_paging:
	movl	%eax, %cr0
	.globl	paging_off
paging_off:
	movl	tr_cr4, %eax			# CR4.LA57 may change only while paging is off
	movl	%eax, %cr4
	movl	$trampoline_pml4, %eax
	testl	$CR4_LA57, tr_cr4
	jz	1f
	movl	$trampoline_pml5, %eax
1:	movl	%eax, %cr3
	movl	$EFER_MSR, %ecx
	movl	tr_efer, %eax
	movl	tr_efer + 4, %edx
	wrmsr
	movl	%cr0, %eax
	btsl	$31, %eax
	movl	%eax, %cr0
	.globl	paging_on_again
paging_on_again:
	ljmpl	$KERNEL_CS, $startup_64

	.code64
	.globl	startup_64
startup_64:
	jmp	take_lock

	.globl	kernel_entry
kernel_entry:
	movq	%cr4, %rax
	movq	%rax, final_cr4(%rip)
	leaq	kernel_message(%rip), %rsi
	call	puts64
	.globl	halt
halt:
	hlt

	.globl	x86s_clear_paging, clear_paging
x86s_clear_paging:
	movq	%cr0, %rax
	btrq	$31, %rax
clear_paging:
	movq	%rax, %cr0
	hlt

	.globl	x86s_clear_pae, clear_pae
x86s_clear_pae:
	movq	%cr4, %rax
	btrq	$5, %rax
clear_pae:
	movq	%rax, %cr4
	hlt

	.include "console64.inc"

	.data
	.balign	8
	.globl	trampoline_header, tr_start, tr_efer, tr_cr4, tr_flags, tr_lock
trampoline_header:				# filled in by whoever starts the AP
tr_start:	.quad	kernel_entry
tr_efer:	.quad	EFER_LME | EFER_NXE
tr_cr4:		.long	0
tr_flags:	.long	0
tr_lock:	.long	0

tr_compat:					# m16:32 operand of ljmpl
	.long	trampoline_compat
	.word	KERNEL32_CS

	.balign	8
tr_gdt:
	.quad	0
	.quad	0x00cf9a000000ffff		# KERNEL32_CS
	.quad	0x00af9a000000ffff		# KERNEL_CS
	.quad	0x00cf92000000ffff		# KERNEL_DS
tr_gdt_end:
tr_gdt_pointer:
	.word	tr_gdt_end - tr_gdt - 1
	.quad	tr_gdt
tr_idt:
	.word	0
	.quad	0

	.globl	final_cr4
	.balign	8
final_cr4:	.quad	0
kernel_message:	.asciz	"kernel entry\n"

	.balign	16
	.fill	512, 1, 0
tr_stack_top:

	# The first 2 MiB identity-mapped for 4-level (from trampoline_pml4) and 5-level (trampoline_pml5) paging.
	.balign	4096
	.globl	trampoline_pml5, trampoline_pml4
trampoline_pml5:
	.quad	trampoline_pml4 + PTE_P + PTE_W
	.fill	511, 8, 0
trampoline_pml4:
	.quad	trampoline_pdpt + PTE_P + PTE_W
	.fill	511, 8, 0
trampoline_pdpt:
	.quad	trampoline_pd + PTE_P + PTE_W
	.fill	511, 8, 0
trampoline_pd:
	.quad	PTE_PS + PTE_P + PTE_W
	.fill	511, 8, 0
