/* Included by nested-include.S; its own include is missing. */
#include "absent-too.h"
