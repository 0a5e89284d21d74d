/* A real-mode program for GasketRunTest: prints two lines on the debug console, then halts. */
	.text
	.code16
	.globl	_start
_start:
	movw	$message, %si
next:
	movb	(%si), %al
	testb	%al, %al
	jz	done			/* @loop-test */
	outb	%al, $0xe9
	incw	%si
	jmp	next
done:
	hlt				/* @halt */

	.globl	triple
triple:
	lidt	empty_idt		/* no IDT: the ud2 below can only end in a triple fault */
	ud2				/* @ud2 */

	.data
message:
	.asciz	"hello from real mode\nsecond line\n"
empty_idt:
	.word	0
	.long	0
