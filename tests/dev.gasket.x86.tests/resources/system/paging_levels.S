# 4-level or 5-level paging, whichever CPUID.(EAX=7,ECX=0):ECX.LA57 offers: builds an identity map for the
# first 2 MiB in 32-bit protected mode, sets CR4.LA57 (if offered) before enabling long mode, then in 64-bit
# mode maps two pages at a high address by walking the tables from CR3 (allocating tables from a pool),
# writes through the first and only reads the second. Reports "levels=N" on the debug console.
	.include "system.inc"

	# Bits 56:48 matter only with LA57; each address is canonical for its paging depth.
	.set	HIGH_ADDRESS_LA57,   0xffa55a5a5a5a5000
	.set	HIGH_ADDRESS_4LEVEL, 0xffffa55a5a5a5000
	.set	PAGE_MAGIC, 0x5eed0f0ddeadbeef
	.set	READ_MAGIC, 0x0123456789abcdef
	.set	POOL_PAGES, 8
	.globl	HIGH_ADDRESS_LA57, HIGH_ADDRESS_4LEVEL, PAGE_MAGIC, READ_MAGIC

	.text
	.globl	real_mode_entry
real_mode_entry:
	REAL_TO_PROTECTED32 protected_entry, stack_top

	.code32
protected_entry:
	FLAT_SEGMENTS32 stack_top
	movl	$4, paging_levels
	xorl	%eax, %eax
	cpuid
	cmpl	$7, %eax
	jb	build_identity_map
	movl	$7, %eax
	xorl	%ecx, %ecx
	cpuid
	testl	$CPUID_7_ECX_LA57, %ecx
	jz	build_identity_map
	movl	$5, paging_levels
	movl	$pml4 + PTE_P + PTE_W, pml5
	movl	%cr4, %eax
	orl	$CR4_LA57, %eax			# only allowed while IA-32e mode is off
	movl	%eax, %cr4

build_identity_map:
	movl	$pml4, %ebx			# the top-level table for CR3
	cmpl	$5, paging_levels
	jne	1f
	movl	$pml5, %ebx
1:	movl	$pdpt + PTE_P + PTE_W, pml4
	movl	$pd + PTE_P + PTE_W, pdpt
	movl	$PTE_PS + PTE_P + PTE_W, pd
	movl	%cr4, %eax
	orl	$CR4_PAE, %eax
	movl	%eax, %cr4
	movl	%ebx, %cr3
	movl	$EFER_MSR, %ecx
	rdmsr
	orl	$EFER_LME, %eax
	wrmsr
	movl	%cr0, %eax
	orl	$CR0_PG, %eax
	movl	%eax, %cr0
	ljmpl	$CODE64_SEL, $long_mode_entry

	.code64
long_mode_entry:
	movabsq	$HIGH_ADDRESS_4LEVEL, %rdi
	cmpl	$5, paging_levels(%rip)
	jne	1f
	movabsq	$HIGH_ADDRESS_LA57, %rdi
1:	movq	%rdi, mapped_address(%rip)
	leaq	written_page(%rip), %rsi
	call	map_page
	movq	mapped_address(%rip), %rdi
	addq	$4096, %rdi
	leaq	read_page(%rip), %rsi
	call	map_page

	movq	mapped_address(%rip), %rdi
	movabsq	$PAGE_MAGIC, %rax
	.globl	write_through_high_address
write_through_high_address:
	movq	%rax, (%rdi)
	movq	4096(%rdi), %rax
	movq	%rax, value_read(%rip)

	movb	paging_levels(%rip), %al
	addb	$'0', %al
	movb	%al, paging_levels_digit(%rip)
	leaq	message(%rip), %rsi
	movl	$message_length, %ecx
1:	lodsb
	outb	%al, $DEBUG_CONSOLE
	loop	1b
	.globl	halt
halt:
	hlt

# Maps the 4 KiB page at linear %rdi to physical %rsi (both page-aligned), creating missing tables.
map_page:
	movq	%cr3, %rbx
	andq	$~0xfff, %rbx			# the current table
	movl	paging_levels(%rip), %ecx
	leal	(%rcx,%rcx,8), %ecx		# shift of the top level: 12 + 9 * (levels - 1)
	addl	$3, %ecx
next_level:
	movq	%rdi, %rax
	shrq	%cl, %rax
	andl	$511, %eax
	leaq	(%rbx,%rax,8), %rdx		# the entry
	cmpl	$12, %ecx
	je	leaf
	testq	$PTE_P, (%rdx)
	jnz	descend
	movq	pool_next(%rip), %rax		# a zeroed page from the pool
	addq	$4096, pool_next(%rip)
	orq	$PTE_P + PTE_W, %rax
	movq	%rax, (%rdx)
descend:
	movq	(%rdx), %rbx
	andq	$~0xfff, %rbx
	subl	$9, %ecx
	jmp	next_level
leaf:
	orq	$PTE_P + PTE_W, %rsi
	movq	%rsi, (%rdx)
	invlpg	(%rdi)
	ret

	.data
	GDT_ENTRIES
message:
	.ascii	"levels="
paging_levels_digit:
	.ascii	"?\n"
	.set	message_length, . - message

	.balign	8
	.globl	paging_levels, mapped_address, value_read, pool_next
paging_levels:
	.long	0, 0
mapped_address:
	.quad	0
value_read:
	.quad	0
pool_next:
	.quad	pool

	.balign	16
	.fill	512, 1, 0
stack_top:

	.balign	4096
	.globl	pml5, written_page, read_page, pool
pml5:	.fill	512, 8, 0
	IDENTITY_TABLES
written_page:
	.fill	512, 8, 0
read_page:
	.quad	READ_MAGIC
	.fill	511, 8, 0
pool:
	.fill	POOL_PAGES * 512, 8, 0
