/* A 64-bit program for DebugSessionTest; the tests find lines by the markers in comments. */
#define COUNT 5

	.text
	.code64
	.globl	_start
_start:
	xorl	%ecx, %ecx
count:
	incl	%ecx			/* @count */
	movl	%ecx, counter(%rip)	/* @store */
	cmpl	$COUNT, %ecx
	jne	count

	call	helper			/* @call */
	movl	$0x1234, %eax		/* @after-call */
	movl	counter(%rip), %edx	/* @read */

	/* @no-code */

	leaq	message(%rip), %rsi	/* @print */
print:
	movb	(%rsi), %al
	testb	%al, %al
	jz	done
	outb	%al, $0xe9
	incq	%rsi
	jmp	print
done:
	hlt				/* @halt */

	.globl	helper
	.type	helper, @function
helper:
	movl	$7, %ebx		/* @helper */
	ret
	.size	helper, . - helper

	.globl	fault
fault:
	movq	$0x800000000000, %rax
	movq	(%rax), %rbx		/* @fault */
	hlt

	/* never leaves its line: only a suspend ends a line step here */
	.globl	spin
spin:
	jmp	spin			/* @spin */

	/* two instructions on one line */
	.globl	twice
twice:
	incl	%edx; incl	%edx	/* @two */
	hlt

	.data
	.globl	counter
	.type	counter, @object
	.size	counter, 4
counter:
	.long	0
message:
	.asciz	"hello\nworld"
