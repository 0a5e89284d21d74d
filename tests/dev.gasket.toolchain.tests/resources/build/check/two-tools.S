#include "noisy.h"
	.text
	movb	%ax, %bl
	ret
