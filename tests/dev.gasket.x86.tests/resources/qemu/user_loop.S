# Benchmark kernel for qemu-x86_64 (Linux user mode): ITERATIONS rounds of dependent integer work, then
# exit(0). Static and libc-free so that emulator start-up and translation dominate nothing but the loop.
# ITERATIONS is given with `as --defsym ITERATIONS=N`.
	.set	SYS_EXIT, 60

	.text
	.globl	_start
_start:
	movq	$ITERATIONS, %rcx
	xorl	%eax, %eax
	movl	$1, %edx
loop:
	addq	%rcx, %rax		# dependent chain: the emulator cannot skip or fold the loop
	xorq	%rdx, %rax
	rolq	$3, %rax
	decq	%rcx
	jnz	loop

	movl	$SYS_EXIT, %eax
	xorl	%edi, %edi
	syscall
