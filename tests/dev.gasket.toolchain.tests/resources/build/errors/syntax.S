#include "layout.h"
/*
 * The preprocessor replaces this comment and the header by fewer lines,
 * so the error's line is only right if it comes from the line markers.
 */
#define REGISTER %eax

	.text
	movl $STACK_TOP, REGISTER
	frobnicate REGISTER
	hlt
