# What Linux's verify_cpu does first, in real mode: find out whether EFLAGS.AC and EFLAGS.ID can be toggled
# (a 486 and a CPU with cpuid), then print the cpuid vendor string and whether long mode
# (CPUID.80000001H:EDX bit 29) is available: "<vendor> ac id lm\n" with "-" for what is missing. It also keeps
# EDX from reset, which holds the processor signature that cpuid leaf 1 reports in EAX.
	.include "system.inc"

	.set	EFLAGS_AC, 1 << 18
	.set	EFLAGS_ID, 1 << 21
	.set	CPUID_LONG_MODE, 1 << 29

# Prints \name if the EFLAGS bit \mask can be flipped, else "-". Clobbers %eax, %ebx.
.macro	FLAG_TOGGLES mask, name
	pushfl
	popl	%eax
	movl	%eax, %ebx
	xorl	$\mask, %eax
	pushl	%eax
	popfl
	pushfl
	popl	%eax
	pushl	%ebx				# restore EFLAGS
	popfl
	xorl	%ebx, %eax
	testl	$\mask, %eax
	movw	$\name, %si
	jnz	1f
	movw	$text_missing, %si
1:	call	puts16
.endm

	.text
	.code16
	.globl	real_mode_entry
real_mode_entry:
	cli
	xorw	%ax, %ax
	movw	%ax, %ds
	movw	%ax, %ss
	movw	$stack_top, %sp
	movl	%edx, reset_edx			# the processor signature, as reset left it
	movl	$1, %eax
	cpuid
	movl	%eax, cpuid_signature

	xorl	%eax, %eax
	cpuid
	movl	%ebx, vendor
	movl	%edx, vendor + 4
	movl	%ecx, vendor + 8
	movw	$vendor, %si
	call	puts16
	FLAG_TOGGLES EFLAGS_AC, text_ac
	FLAG_TOGGLES EFLAGS_ID, text_id
	movl	$0x80000000, %eax
	cpuid
	cmpl	$0x80000001, %eax
	jb	no_long_mode
	movl	$0x80000001, %eax
	cpuid
	testl	$CPUID_LONG_MODE, %edx
	jz	no_long_mode
	movw	$text_lm, %si
	jmp	2f
no_long_mode:
	movw	$text_missing, %si
2:	call	puts16
	PUTC	'\n'
	.globl	halt
halt:
	hlt

puts16:
	lodsb
	testb	%al, %al
	jz	1f
	outb	%al, $DEBUG_CONSOLE
	jmp	puts16
1:	ret

	.data
	.globl	reset_edx, cpuid_signature
reset_edx:	.long	0
cpuid_signature: .long	0
vendor:		.fill	12, 1, 0
		.byte	0
text_ac:	.asciz	" ac"
text_id:	.asciz	" id"
text_lm:	.asciz	" lm"
text_missing:	.asciz	" -"

	.balign	16
	.fill	256, 1, 0
stack_top:
