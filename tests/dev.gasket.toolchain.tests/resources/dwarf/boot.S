#include "linkage.h"

	.section .text16, "ax"
	.code16
SYM_CODE_START(real_start)
	cli
	movw $0x10, %ax
	/* a comment line: no code */

	movw %ax, %ds
#include "a20.h"
	spin_on_lock lock_word
	ljmpl $0x8, $protected_start
SYM_CODE_END(real_start)

	.section .text32, "ax"
	.code32
SYM_CODE_START(protected_start)
	movl $0x18, %eax # a comment; .code16 in it changes nothing
	/* a block comment; .code64 in it changes nothing either */
	movl %eax, %ds; movl %eax, %es
	ljmp $0x10, $long_start
SYM_CODE_END(protected_start)

	.section .text64, "ax"
	.code64
SYM_CODE_START(long_start)
	movabsq $0x123456789, %rax
	call helper

	hlt
SYM_CODE_END(long_start)

	.data
lock_word:
	.long 0
