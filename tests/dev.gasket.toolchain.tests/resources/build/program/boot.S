/*
 * Boot code in all three modes of one object. GREETING comes from a -D define,
 * the other constants from layout.h in an include directory.
 */
#include "layout.h"

	.section .text16, "ax"
	.code16
	.globl _start
_start:
	cli
	movw $STACK_TOP, %sp
	ljmp $CODE32_SELECTOR, $protected_mode
	.org SECTION_SIZE

	.section .text32, "ax"
	.code32
	.globl protected_mode
protected_mode:
	movl $GREETING, %eax
	ljmp $CODE64_SELECTOR, $long_mode
	.org SECTION_SIZE

	.section .text64, "ax"
	.code64
	.globl long_mode
long_mode:
	movq $message, %rsi
	movq pa_tr_lock, %rax
	call helper
	hlt
	.org SECTION_SIZE
