/* Included in the middle of 16-bit code: the lines below have no .code directive of their own. */
	inb $0x92, %al
	orb $2, %al
	outb %al, $0x92
