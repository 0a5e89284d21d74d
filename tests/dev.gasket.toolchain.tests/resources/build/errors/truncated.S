#define BYTE_VALUE 300

	.text
	movb $BYTE_VALUE, %al
	hlt
