# Mode-switching reference program for the QEMU lockstep tests.
# Loaded at physical 0x8000 and entered in real mode with CS=DS=0 by the reset stub; walks
# real mode -> 32-bit protected mode -> 4-level paging long mode (64-bit) -> compatibility mode -> hlt.
# Interrupts stay disabled throughout (no IDT is set up); everything the CPU writes lives inside this image.

	.set	CODE32_SEL, gdt_code32 - gdt
	.set	DATA_SEL,   gdt_data - gdt
	.set	CODE64_SEL, gdt_code64 - gdt
	.set	CR0_PE,     1 << 0
	.set	CR0_PG,     1 << 31
	.set	CR4_PAE,    1 << 5
	.set	EFER_MSR,   0xc0000080
	.set	EFER_LME,   1 << 8
	.set	PTE_PRESENT_WRITABLE, 0x3
	.set	PDE_LARGE_PAGE, 1 << 7
	.globl	COMPAT_MARKER_VALUE, PTE_PRESENT_WRITABLE
	.set	COMPAT_MARKER_VALUE, 0xc0ffee	# stored to prove compatibility-mode code ran

	.text
	.globl	real_mode_entry
	.code16
real_mode_entry:
	cli				# the IVT is empty and there will be no IDT: any interrupt would crash
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	.globl	load_real_mode_stack
load_real_mode_stack:			# runs in the mov-ss interrupt shadow
	movw	$stack_top, %sp
	lgdtl	gdt_pointer		# 32-bit operand size: the full 32-bit GDT base is loaded

	# Protection on; until the far jump reloads CS the CPU runs 16-bit protected code with the real-mode CS cache.
	movl	%cr0, %eax
	orl	$CR0_PE, %eax
	movl	%eax, %cr0
	ljmpl	$CODE32_SEL, $protected_mode_entry

	.code32
	.globl	protected_mode_entry
protected_mode_entry:
	movw	$DATA_SEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movl	$stack_top, %esp

	# Identity-map the first 2 MiB: PML4[0] -> PDPT, PDPT[0] -> PD, PD[0] = one 2 MiB page at 0.
	movl	$pdpt + PTE_PRESENT_WRITABLE, pml4
	movl	$pd + PTE_PRESENT_WRITABLE, pdpt
	movl	$PDE_LARGE_PAGE + PTE_PRESENT_WRITABLE, pd

	# Long mode needs PAE, a PML4 in CR3 and EFER.LME before paging is switched on.
	movl	%cr4, %eax
	orl	$CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$pml4, %eax
	movl	%eax, %cr3
	movl	$EFER_MSR, %ecx
	rdmsr
	orl	$EFER_LME, %eax
	wrmsr

	# CR0.PG activates IA-32e mode (EFER.LMA); CS is still the 32-bit segment, so this is compatibility mode.
	movl	%cr0, %eax
	orl	$CR0_PG, %eax
	movl	%eax, %cr0
	ljmpl	$CODE64_SEL, $long_mode_entry

	.code64
	.globl	long_mode_entry
long_mode_entry:
	movq	$0x1122334455667788, %rax
	movq	%rax, %rbx
	addq	$0x10, %rbx
	xorl	%edx, %edx
	subq	$1, %rdx
	movq	%rdx, %r8		# r8..r15 exist only in 64-bit mode
	lock btsl $0, lock_word(%rip)	# the trampoline's lock idiom; sets CF from the old bit

	# Copy a few bytes; QEMU single-steps every iteration of a rep string instruction.
	cld
	leaq	copy_source(%rip), %rsi
	leaq	copy_destination(%rip), %rdi
	movl	$copy_length, %ecx
	rep movsb

	pushq	%rax
	pushq	%rbx
	call	add_registers
	popq	%rbx
	popq	%rcx
	movq	%rax, sum(%rip)

	# Back to compatibility mode the way Linux's trampoline_start64 does: through a 6-byte far pointer.
	ljmpl	*compat_pointer(%rip)

	.globl	add_registers
add_registers:
	leaq	(%rax,%rbx), %rax
	ret

	.code32
	.globl	compatibility_mode_entry
compatibility_mode_entry:
	movl	$COMPAT_MARKER_VALUE, compat_marker
	.globl	halt
halt:
	hlt

	.data
	.balign	8
gdt:
	.quad	0				# null descriptor
gdt_code32:
	.quad	0x00cf9a000000ffff		# base 0, limit 4 GiB, 32-bit code (D=1), readable
gdt_data:
	.quad	0x00cf92000000ffff		# base 0, limit 4 GiB, writable data
gdt_code64:
	.quad	0x00af9a000000ffff		# 64-bit code (L=1, D=0)
gdt_end:

gdt_pointer:
	.word	gdt_end - gdt - 1
	.long	gdt

compat_pointer:					# m16:32 operand of the ljmpl back to compatibility mode
	.long	compatibility_mode_entry
	.word	CODE32_SEL

	.balign	8
	.globl	lock_word, sum, compat_marker, copy_source, copy_destination
lock_word:
	.long	0
compat_marker:
	.long	0
sum:
	.quad	0
copy_source:
	.ascii	"gasket"
	.set	copy_length, . - copy_source
copy_destination:
	.fill	copy_length, 1, 0

	.balign	16
stack:
	.fill	256, 1, 0
stack_top:

	.balign	4096
pml4:
	.fill	512, 8, 0
pdpt:
	.fill	512, 8, 0
pd:
	.fill	512, 8, 0
