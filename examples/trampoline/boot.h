/* Architectural constants the trampoline needs (Intel SDM vol. 3). */
#ifndef GASKET_EXAMPLE_BOOT_H
#define GASKET_EXAMPLE_BOOT_H

#define X86_CR0_PE		0x00000001
#define X86_CR0_PG_BIT		31
#define X86_CR0_PG		0x80000000
#define X86_CR4_PAE		0x00000020
#define X86_CR4_LA57		0x00001000

#define MSR_EFER		0xc0000080
#define EFER_LME		0x00000100
#define EFER_NX			0x00000800

/* page-table entries: a pointer to the next table, or a 2 MiB page in a page directory */
#define PAGE_SIZE		4096
#define LARGE_PAGE_SIZE		0x200000
#define PTE_PRESENT		0x001
#define PTE_WRITE		0x002
#define PTE_LARGE		0x080
#define PTE_TABLE		(PTE_PRESENT | PTE_WRITE)
#define PTE_LARGE_PAGE		(PTE_PRESENT | PTE_WRITE | PTE_LARGE)

/* selectors into tr_gdt */
#define __KERNEL32_CS		0x08
#define __KERNEL_CS		0x10
#define __KERNEL_DS		0x18

/* the emulator's (and QEMU's) debug console: every byte written to it is printed */
#define DEBUG_CONSOLE_PORT	0xe9

#endif
