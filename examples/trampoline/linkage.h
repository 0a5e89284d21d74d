/*
 * Symbol linkage macros in the style of Linux's <linux/linkage.h>, cut down to what this example uses.
 * Each defines a symbol through a macro call rather than a plain `name:` line, which is what Gasket's
 * navigation has to see through.
 */
#ifndef GASKET_EXAMPLE_LINKAGE_H
#define GASKET_EXAMPLE_LINKAGE_H

/* the linkage argument of SYM_INNER_LABEL: a global symbol, or one only this file sees */
#define SYM_L_GLOBAL(name)		.globl name
#define SYM_L_LOCAL(name)

#define SYM_CODE_START(name)		.globl name; .type name, @function; name:
#define SYM_CODE_END(name)		.size name, .-name
#define SYM_INNER_LABEL(name, linkage)	linkage(name); .type name, @notype; name:

#define SYM_DATA_START(name)		.globl name; name:
#define SYM_DATA_START_LOCAL(name)	name:
#define SYM_DATA_END(name)		.type name, @object; .size name, .-name

#define SYM_DATA(name, data...)		.globl name; .type name, @object; name: data; .size name, .-name
#define SYM_DATA_LOCAL(name, data...)	.type name, @object; name: data; .size name, .-name

#endif
