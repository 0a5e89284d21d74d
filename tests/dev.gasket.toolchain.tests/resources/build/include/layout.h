/* Layout shared by the test program; every code section is padded to a fixed size so its address is known. */
#define SECTION_SIZE 0x20
#define STACK_TOP 0x7000
#define CODE32_SELECTOR 0x08
#define CODE64_SELECTOR 0x10
