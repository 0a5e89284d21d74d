/* Cut-down linkage macros in the style of <linux/linkage.h>: cpp expands them on the line of their use. */
#define SYM_CODE_START(name) .globl name; .type name, @function; name:
#define SYM_CODE_END(name) .size name, . - name

/* A GNU as macro: its instructions belong to the line that invokes it. */
.macro spin_on_lock lock
1:	pause
	btsl $0, \lock
	jc 1b
.endm
