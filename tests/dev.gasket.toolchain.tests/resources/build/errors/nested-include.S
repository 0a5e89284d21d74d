	.text
#include "nested-missing.h"
	hlt
