# Real mode keeps the segment caches protected mode loaded ("unreal mode"): after a trip through protected mode
# that loads DS with a 4 GiB data segment, real-mode code addresses memory above 1 MiB through DS, while ES,
# reloaded in real mode only after a 64 KiB segment, faults (#GP, vector 13 through the IVT) beyond 64 KiB.
	.include "system.inc"

	.set	HIGH_ADDRESS, 0x00200000	# 2 MiB: beyond any 16-bit offset
	.set	HIGH_VALUE, 0x600dbeef
	.globl	HIGH_ADDRESS, HIGH_VALUE

	.text
	.code16
	.globl	real_mode_entry
real_mode_entry:
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %ss
	movw	$stack_top, %sp
	movw	$general_protection, 13 * 4
	movw	%cs, 13 * 4 + 2
	lgdtl	gdt_pointer
	movl	%cr0, %eax
	orl	$CR0_PE, %eax
	movl	%eax, %cr0
	movw	$DATA_SEL, %ax			# limit 4 GiB
	movw	%ax, %ds
	movw	$DATA16_SEL, %ax		# limit 64 KiB
	movw	%ax, %es
	movl	%cr0, %eax
	andl	$~CR0_PE, %eax
	movl	%eax, %cr0			# CS never left its real-mode cache: no far jump needed
	xorw	%ax, %ax
	movw	%ax, %ds			# a real-mode load changes the base, not the limit
	movw	%ax, %es

	movl	$HIGH_ADDRESS, %esi
	movl	$HIGH_VALUE, %eax
	.globl	unreal_store
unreal_store:
	movl	%eax, (%esi)
	movl	(%esi), %ebx
	movl	%ebx, value_read_back
	.globl	limited_store
limited_store:
	movl	%eax, %es:(%esi)		# beyond the 64 KiB limit of ES
	.globl	after_limited_store
after_limited_store:
	PUTC	'\n'
	.globl	halt
halt:
	hlt

general_protection:				# real mode pushes no error code
	pushw	%bp
	movw	%sp, %bp
	movw	2(%bp), %ax
	movw	%ax, fault_ip
	movw	$after_limited_store, 2(%bp)
	PUTC	'G'
	popw	%bp
	iret

	.data
	GDT_ENTRIES
	.balign	4
	.globl	value_read_back, fault_ip
value_read_back:	.long	0
fault_ip:		.word	0

	.balign	16
	.fill	256, 1, 0
stack_top:
