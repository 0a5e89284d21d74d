/* A second source file without any .code directive: GNU as assembles it as 64-bit code. */
	.text
	.globl helper
	.type helper, @function
helper:
	xorl %eax, %eax
	incq %rax
	ret
	.size helper, . - helper
