# Small programs for ArchitecturalChecksTest; each entry ends in hlt, the test picks the entry and the mode.
	.code32
	.globl	set_la57, expand_down_below_limit, expand_down_above_limit
# CR4.LA57 without CPUID support: #GP at the mov to CR4.
set_la57:
	movl	%cr4, %eax
	orl	$0x1000, %eax
	movl	%eax, %cr4
	hlt
# DS is expand-down with limit 0xfff: offsets up to the limit are outside it.
expand_down_below_limit:
	movl	0x800, %eax
	hlt
expand_down_above_limit:
	movl	$0x1234, 0x2000
	movl	0x2000, %ebx
	hlt

	.code64
	.globl	fall_off_canonical
# A jump to the first non-canonical address of 4-level paging.
fall_off_canonical:
	movabsq	$0x0000800000000000, %rax
	jmp	*%rax
