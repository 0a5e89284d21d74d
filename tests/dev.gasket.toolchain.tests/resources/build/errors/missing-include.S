	.text
	nop
#include "absent.h"
	hlt
