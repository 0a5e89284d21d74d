/* Architectural constants the trampoline needs (Intel SDM vol. 3). */
#ifndef GASKET_EXAMPLE_BOOT_H
#define GASKET_EXAMPLE_BOOT_H

#define X86_CR0_PE		0x00000001
#define X86_CR0_PG		0x80000000
#define X86_CR4_PAE		0x00000020
#define X86_CR4_LA57		0x00001000

#define MSR_EFER		0xc0000080
#define EFER_LME		0x00000100

/* selectors into tr_gdt */
#define __KERNEL32_CS		0x08
#define __KERNEL_CS		0x10
#define __KERNEL_DS		0x18

#endif
