# 64-bit code: every opcode table row valid in 64-bit mode, in several operand shapes.
# ObjdumpAgreementTest assembles this with `as --64` and compares objdump's text with AttSyntax's.
	.code64

# ALU rows 00-3d and groups 80/81/83, register sizes and addressing forms
	add %al,%bl
	add %spl,(%rax)
	add %eax,%ecx
	add %r8,0x10(%rbx)
	add %r9w,-0x80(%rcx)
	{load} add %dil,%r15b
	add 0x12345678(%rdx),%esi
	add (%rax,%rbx,4),%r10
	add $0x7f,%al
	add $0x1234,%ax
	add $0x12345678,%eax
	add $-0x12345678,%rax
	or %ah,%bh
	or %r10d,(%rsp)
	{load} or %bl,%cl
	or 0x8(%rsp),%r11w
	or $0x1,%al
	or $0x40000000,%eax
	adc %r8b,(%r12)
	adc %rax,0x10(%r13)
	adc 0x0(%rbp),%cl
	adc -0x8(%rbp),%rdx
	adc $0xff,%al
	adc $0x100,%rax
	sbb %cl,0x0(,%rax,8)
	sbb %edi,0x10(,%rcx,2)
	sbb 0x1234,%dl
	sbb 0x10(%rip),%ebx
	sbb $0x10,%al
	sbb $0x1000,%ax
	and %dl,-0x10(%rip)
	and %r15,%r14
	and %fs:0x8(%rax),%al
	and %gs:(%rax,%rax,1),%eax
	and $0xf,%al
	and $0xffff,%eax
	sub %bpl,(%r8,%r9,8)
	sub %esp,-0x10(%r8,%r9,2)
	{load} sub %r13b,%sil
	sub (%eax),%ecx
	sub $0x20,%al
	sub $0x12345,%rax
	xor %bh,%ah
	xor %eax,%eax
	xor 0x4(%esp,%ecx,8),%ax
	{load} xor %r8,%r9
	{load} xor %cl,%dl
	xor (%r8),%r9b
	xor $0x80,%al
	xor $0x1234,%eax
	cmp %r11b,0x7f(%rsi)
	cmp %rbx,-0x81(%rdi)
	cmp (%rcx),%ch
	cmp 0x10(%eip),%r12d
	cmp $0x3,%al
	cmp -0x10(,%rax,8),%eax
	cmp 0x12345678(%r12,%r13,1),%eax
	.byte 0x3b, 0x04, 0x20          # cmp (%rax,%riz,1),%eax: SIB without index
	.byte 0x3b, 0x04, 0x60          # the same with scale 2
	.byte 0x67, 0x3b, 0x04, 0x25, 0x10, 0, 0, 0 # cmp with a 32-bit absolute address
	.byte 0x26, 0x3b, 0x00          # es prefix, ignored in 64-bit code
	.byte 0x3e, 0x3b, 0x00          # ds prefix
	.byte 0x2e, 0x3b, 0x00          # cs prefix
	.byte 0x36, 0x3b, 0x45, 0x00    # ss prefix
	.byte 0x65, 0x3e, 0x3b, 0x00    # gs stays in effect: 64-bit code ignores the ds after it
	.byte 0x66, 0x48, 0x01, 0xc0    # REX.W overrides the operand-size prefix
	.byte 0x4a, 0x01, 0xc0          # REX.X without an index
	.byte 0x40, 0x88, 0xc0          # REX without a register that needs it
	.byte 0x40, 0x88, 0xe0          # REX for %spl
	.byte 0x48, 0xff, 0x30          # REX.W on a push
	cmp $0x12345678,%rax
	addb $0x1,(%rax)
	add $0x1,%r9b
	lock addb $0x1,0x10(%rbx)
	orb $0x80,0x10(%rip)
	adc $0x7f,%ah
	sbbb $0x1,(%rax,%rbx,2)
	and $0xf0,%dil
	subb $0xff,0x1234
	xor $0x55,%r10b
	cmpb $0x0,%fs:0x28
	addl $0x1000,(%rax)
	add $0x12345678,%ecx
	orq $0x100000,(%rbx)
	adcw $0x1234,0x10(%rsp)
	sbb $0x7fffffff,%rdx
	andl $0xfffff000,-0x4(%rbp)
	sub $0x1000,%r12
	lock xorq $0x100000,(%rdi)
	cmpw $0x1000,(%r8)
	addq $0x1,(%rax)
	lock addl $0x1,(%rax)
	or $-1,%eax
	adc $0x7f,%r8w
	sbbl $0x1,0x10(%rip)
	and $-0x10,%rsp
	sub $0x8,%rsp
	xorw $0x1,(%rcx)
	cmp $0x0,%r15d
	cmpq $-1,-0x10(%rbp,%rcx,8)
	lock orb $0x1,(%rsi)
	lock adcl %eax,(%rdx)
	lock sbbw %ax,(%rdx)
	lock and %r8,(%r9)
	lock sub %cl,(%rbx)
	lock xor %bl,0x10(%rip)
	lock or %rax,(%rbx)
	lock add %ax,(%rbx)
	lock adcb $0x1,(%rdx)
	lock andw $0x1,(%rdx)
	lock subq $0x10000,(%rdx)

# movsxd, push/pop, imul with immediates
	movslq %eax,%rax
	movslq (%rbx),%r8
	movslq 0x10(%rip),%rcx
	.byte 0x63, 0xc8                # movsxd without REX.W
	.byte 0x66, 0x63, 0xd0          # movsxd %ax,%dx
	push $0x7f
	push $-1
	push $0x1000
	pushw $0x1234
	imul $0x1000,%eax,%ecx
	imul $0x12345678,(%rax),%rdx
	imul $-1,%r9w,%r10w
	imul $0x3,%eax,%eax
	imul $-0x80,(%rbx),%r8
	imul $0x7f,%cx,%dx

# conditional jumps, short and near
1:	jo 1b
	jno 1b
	jb 1b
	jae 1f
	je 1f
	jne 1f
	jbe 1f
	ja 1f
	js 1f
	jns 1f
	jp 1f
	jnp 1f
	jl 1f
	jge 1f
	jle 1f
	jg 1f
1:	{disp32} jo 1b
	{disp32} jno 1b
	{disp32} jb 1b
	{disp32} jae 1b
	{disp32} je 1f
	{disp32} jne 1f
	{disp32} jbe 1f
	{disp32} ja 1f
	{disp32} js 1f
	{disp32} jns 1f
	{disp32} jp 1f
	{disp32} jnp 1f
	{disp32} jl 1f
	{disp32} jge 1f
	{disp32} jle 1f
	{disp32} jg 1f
1:	jmp 1b
	{disp32} jmp 1b
	call 1b
	.byte 0x66, 0xe8, 0, 0, 0, 0    # operand-size prefix, ignored by Intel 64 near branches
	.byte 0x66, 0xe9, 0, 0, 0, 0
	.byte 0x66, 0x74, 0x00
	.byte 0x66, 0x0f, 0x84, 0, 0, 0, 0
	.byte 0x66, 0xe3, 0x00
	.byte 0x66, 0xe2, 0x00
	.byte 0x66, 0xeb, 0x00
	jmp 1f
	call 1f
	loop 1b
	loope 1f
	loopne 1f
	jrcxz 1f
	jecxz 1f
	addr32 loop 1f
	addr32 loope 1f
	addr32 loopne 1f
1:	nop

# test, xchg, mov, lea, pop Ev
	test %al,%bl
	test %r8b,(%rax)
	test %eax,%ecx
	test %rdx,0x10(%rsp)
	test $0x1,%al
	test $0x12345678,%eax
	test $-1,%rax
	test $0x1234,%ax
	xchg %al,%ah
	xchg %r8b,(%rax)
	lock xchg %cl,(%rbx)
	xchg %eax,%ecx
	xchg %rsi,0x10(%rdi)
	xchg %r9w,(%rsp)
	lock xchg %rbx,(%rcx)
	mov %al,%bl
	mov %sil,(%rdi)
	mov %r15b,0x10(%rbx,%rcx,4)
	mov %eax,%ecx
	mov %rax,-0x8(%rbp)
	mov %r10w,%gs:0x0
	{load} mov %al,%bl
	mov 0x10(%rsp),%cl
	mov (%rip),%bh
	{load} mov %eax,%ecx
	mov 0x10(%rbx),%rax
	mov (%r8,%r9,8),%r10d
	mov %fs:0x28,%rax
	mov %es,%eax
	mov %cs,(%rax)
	mov %ss,%ax
	mov %ds,0x10(%rbx)
	mov %fs,%r8d
	mov %gs,%rax
	lea (%rax),%rax
	lea 0x8(%rbp),%ecx
	lea -0x1(%rax,%rax,2),%r8
	lea 0x10(%rip),%rsi
	lea 0x0(,%rcx,4),%dx
	lea (%eax,%ebx,1),%eax
	mov %eax,%ds
	mov (%rax),%es
	mov %ax,%ss
	mov %r8d,%fs
	mov 0x10(%rbx),%gs
	pop (%rax)
	popw 0x10(%rbx)
	pop 0x10(%rip)

# nop and friends, 90-9f
	nop
	pause
	xchg %ax,%ax
	.byte 0x41, 0x90                # xchg with %r8d, not nop
	xchg %eax,%ecx
	xchg %rax,%rdx
	xchg %ax,%bx
	xchg %eax,%esp
	xchg %rax,%rbp
	xchg %eax,%esi
	xchg %rax,%rdi
	xchg %rax,%r8
	xchg %eax,%r15d
	cbtw
	cwtl
	cltq
	cwtd
	cltd
	cqto
	pushf
	pushfw
	popf
	popfw
	sahf
	lahf

# moffs moves, string instructions
	movabs 0x10,%al
	movabs 0x1122334455667788,%eax
	movabs 0x10,%ax
	movabs 0x10,%rax
	movabs %fs:0x10,%al
	addr32 mov 0x10,%eax
	movabs %al,0x10
	movabs %eax,0x1122334455667788
	movabs %rax,%gs:0x10
	addr32 mov %ax,0x10
	movsb
	movsw
	movsl
	movsq
	rep movsb
	rep movsq
	addr32 movsl
	movsb %fs:(%rsi),%es:(%rdi)
	cmpsb
	cmpsw
	cmpsl
	cmpsq
	repe cmpsb
	repne cmpsq
	addr32 cmpsb
	cmpsb %es:(%rdi),%gs:(%rsi)
	test $0x1,%al
	test $0x100,%ax
	stosb
	stosw
	stosl
	stosq
	rep stosb
	rep stosq
	addr32 stosb
	lodsb
	lodsw
	lodsl
	lodsq
	rep lodsb
	lods %fs:(%rsi),%al
	addr32 lodsl
	scasb
	scasw
	scasl
	scasq
	repne scasb
	repe scasl
	addr32 scasb

# mov immediate to register, shifts and rotates
	mov $0x1,%al
	mov $0xff,%cl
	mov $0x7f,%ah
	mov $0x80,%bh
	mov $0x1,%spl
	mov $0x2,%r8b
	mov $0x3,%r15b
	mov $0x1234,%ax
	mov $0x12345678,%ecx
	mov $-1,%edx
	movabs $0x1122334455667788,%rbx
	movabs $0x1,%rsp
	mov $0x1,%r9d
	movabs $-1,%r15
	mov $0x10,%bp
	rolb $0x2,(%rax)
	ror $0x3,%al
	rcl $0x4,%r8b
	rcrb $0x5,0x10(%rbx)
	shl $0x6,%cl
	shr $0x7,%dil
	sar $0x1f,%ah
	.byte 0xc0, 0xf0, 0x02          # sal Eb,Ib (/6)
	.byte 0xc0, 0x30, 0x02
	roll $0x2,(%rax)
	ror $0x3,%eax
	rcl $0x4,%r8w
	rcrq $0x5,0x10(%rbx)
	shl $0x6,%rcx
	shr $0x3f,%rdi
	sarw $0x2,(%rsp)
	sar $0x5,%r9
	.byte 0xc1, 0xf0, 0x02          # sal Ev,Ib (/6)
	.byte 0x48, 0xc1, 0x30, 0x02
	rolb (%rax)
	ror %al
	rcl %r8b
	rcrb 0x10(%rbx)
	shl %cl
	shr %sil
	sar %bh
	.byte 0xd0, 0xf0                # sal Eb,1 (/6)
	.byte 0xd0, 0x30
	roll (%rax)
	ror %eax
	rcl %r8w
	rcrq 0x10(%rbx)
	shl %rcx
	shr %rdi
	sarw (%rsp)
	.byte 0xd1, 0xf0                # sal Ev,1 (/6)
	.byte 0x66, 0xd1, 0x30
	rolb %cl,(%rax)
	ror %cl,%al
	rcl %cl,%r8b
	rcrb %cl,0x10(%rbx)
	shl %cl,%cl
	shr %cl,%sil
	sar %cl,%bh
	.byte 0xd2, 0xf0                # sal Eb,CL (/6)
	.byte 0xd2, 0x30
	roll %cl,(%rax)
	ror %cl,%eax
	rcl %cl,%r8w
	rcrq %cl,0x10(%rbx)
	shl %cl,%rcx
	shr %cl,%rdi
	sarw %cl,(%rsp)
	.byte 0xd3, 0xf0                # sal Ev,CL (/6)
	.byte 0x48, 0xd3, 0x30

# returns, mov immediate to r/m, enter/leave, far returns, interrupts
	ret $0x8
	retw $0x10
	ret
	retw
	movb $0x1,(%rax)
	mov $0xff,%r8b
	movb $0x80,%fs:0x10
	movl $0x1,(%rax)
	movq $-1,0x10(%rbx)
	movw $0x1234,(%rsp)
	mov $0x12345678,%r9
	movq $0x1,0x10(%rip)
	enter $0x10,$0x0
	enter $0x1000,$0x3
	leave
	lretl $0x8
	lretq $0x10
	lretw $0x2
	lretl
	lretq
	lretw
	int3
	int $0x80
	iretl
	iretq
	iretw
	xlat
	xlat %fs:(%rbx)
	addr32 xlat

# in and out
	in $0x60,%al
	in $0x60,%eax
	in $0x60,%ax
	out %al,$0x80
	out %eax,$0x80
	out %ax,$0x80
	in (%dx),%al
	in (%dx),%eax
	in (%dx),%ax
	out %al,(%dx)
	out %eax,(%dx)
	out %ax,(%dx)

# misc one-byte opcodes, groups f6/f7/fe/ff
	hlt
	cmc
	testb $0x1,(%rax)
	test $0x80,%r9b
	.byte 0xf6, 0xc8, 0x01          # test Eb,Ib (/1)
	.byte 0xf6, 0x08, 0x01
	notb (%rax)
	not %r8b
	lock notb 0x10(%rbx)
	negb (%rax)
	neg %ah
	lock negb (%rip)
	mulb (%rax)
	mul %cl
	imulb 0x10(%rbx)
	imul %r10b
	divb (%rax)
	div %dl
	idivb 0x10(%rbx)
	idiv %bh
	testl $0x1,(%rax)
	test $0x12345678,%r9d
	testq $-1,0x10(%rbx)
	testw $0x1234,(%rsp)
	.byte 0xf7, 0xc8, 0x01, 0, 0, 0 # test Ev,Iz (/1)
	.byte 0x66, 0xf7, 0x08, 0x01, 0
	notl (%rax)
	not %r8
	lock notq 0x10(%rbx)
	negw (%rax)
	neg %eax
	lock negl (%rip)
	mull (%rax)
	mul %rcx
	imulq 0x10(%rbx)
	imul %r10w
	divl (%rax)
	div %rdx
	idivw 0x10(%rbx)
	idiv %ebx
	clc
	stc
	cli
	sti
	cld
	std
	incb (%rax)
	inc %al
	lock incb 0x10(%rbx)
	decb (%rax)
	dec %r8b
	lock decb (%rip)
	incl (%rax)
	inc %eax
	inc %r8w
	lock incq 0x10(%rbx)
	decw (%rax)
	dec %rcx
	lock decl (%rip)
	call *%rax
	call *(%rax)
	call *0x10(%rip)
	callw *(%rbx)
	call *%r11
	lcall *(%rax)
	lcallw *0x10(%rbx)
	jmp *%rax
	jmp *(%rax,%rcx,8)
	jmpw *(%rbx)
	jmp *%r11
	ljmp *(%rax)
	ljmpw *0x10(%rbx)
	.byte 0x48, 0xff, 0x28          # ljmpq *(%rax)
	.byte 0x48, 0xff, 0x18          # lcallq *(%rax)
	push %rax
	push (%rax)
	pushw 0x10(%rbx)
	push 0x10(%rip)

# two-byte opcodes: system instructions
	sldt %eax
	sldt (%rax)
	sldt %ax
	str %ecx
	str 0x10(%rbx)
	lldt %ax
	lldt (%rax)
	ltr %dx
	ltr 0x10(%rip)
	sgdt (%rax)
	sidt 0x10(%rbx)
	lgdt (%rax)
	lidt 0x10(%rip)
	.byte 0x66, 0x0f, 0x01, 0x00    # sgdt with an operand-size prefix
	smsw %eax
	smsw %rax
	smsw (%rax)
	lmsw %ax
	lmsw (%rbx)
	invlpg (%rax)
	invlpg 0x10(%rip)
	swapgs
	clts
	invd
	wbinvd
	ud2
	nop %eax
	nopw (%rax)
	nopl 0x0(%rax)
	nopl 0x0(%rax,%rax,1)
	nopw 0x0(%rax,%rax,1)
	nopq (%rbx)
	mov %cr0,%rax
	mov %cr2,%rbx
	mov %cr3,%r8
	mov %cr4,%rcx
	mov %cr8,%rdx
	mov %db0,%rax
	mov %db7,%r9
	mov %rax,%cr0
	mov %r8,%cr3
	mov %rcx,%cr4
	mov %rdx,%cr8
	mov %rax,%db0
	mov %r10,%db6
	wrmsr
	rdtsc
	rdmsr

# two-byte opcodes: cmovcc, jcc rel32 (above), setcc
	cmovo %eax,%ebx
	cmovno (%rax),%rcx
	cmovb %r8w,%r9w
	cmovae 0x10(%rbx),%edx
	cmove %rax,%rbx
	cmovne (%rip),%esi
	cmovbe %ecx,%edi
	cmova %r10,%r11
	cmovs %eax,%ebx
	cmovns (%rax),%rcx
	cmovp %ax,%bx
	cmovnp 0x10(%rbx),%edx
	cmovl %rax,%rbx
	cmovge (%rip),%esi
	cmovle %ecx,%edi
	cmovg %r10,%r11
	seto %al
	setno (%rax)
	setb %r8b
	setae 0x10(%rbx)
	sete %ah
	setne (%rip)
	setbe %sil
	seta %bl
	sets %cl
	setns 0x10(%rbx)
	setp %dl
	setnp (%rax)
	setl %r15b
	setge %bh
	setle (%rax,%rbx,1)
	setg %dil

# two-byte opcodes: fs/gs push/pop, cpuid, bit tests, double shifts, cmpxchg, loads of far pointers, movzx/movsx, xadd, bswap
	push %fs
	pushw %fs
	pop %fs
	popw %fs
	push %gs
	pushw %gs
	pop %gs
	popw %gs
	cpuid
	bt %eax,%ebx
	bt %rcx,(%rax)
	bt %r8w,0x10(%rbx)
	shld $0x3,%eax,%ebx
	shld $0x1,%rcx,(%rax)
	shld $0x10,%r8w,0x10(%rbx)
	shld %cl,%eax,%ebx
	shld %cl,%rcx,(%rax)
	shld %cl,%r8w,0x10(%rbx)
	bts %eax,%ebx
	bts %rcx,(%rax)
	lock bts %r8w,0x10(%rbx)
	shrd $0x3,%eax,%ebx
	shrd $0x1,%rcx,(%rax)
	shrd $0x10,%r8w,0x10(%rbx)
	shrd %cl,%eax,%ebx
	shrd %cl,%rcx,(%rax)
	shrd %cl,%r8w,0x10(%rbx)
	imul %eax,%ebx
	imul (%rax),%rcx
	imul 0x10(%rbx),%r8w
	cmpxchg %al,%bl
	cmpxchg %r8b,(%rax)
	lock cmpxchg %cl,0x10(%rbx)
	cmpxchg %eax,%ebx
	cmpxchg %r8,(%rax)
	lock cmpxchg %cx,0x10(%rbx)
	lss (%rax),%eax
	lss 0x10(%rbx),%r8w
	.byte 0x48, 0x0f, 0xb2, 0x08    # lss with REX.W
	btr %eax,%ebx
	btr %rcx,(%rax)
	lock btr %r8w,0x10(%rbx)
	lfs (%rax),%eax
	lfs 0x10(%rbx),%r8w
	lgs (%rax),%eax
	lgs 0x10(%rbx),%r8w
	.byte 0x48, 0x0f, 0xb5, 0x08    # lgs with REX.W
	movzbw %al,%ax
	movzbl (%rax),%ecx
	movzbq %r8b,%r9
	movzbl %ah,%edx
	movzbl %sil,%edi
	.byte 0x66, 0x0f, 0xb7, 0xd8    # movzww
	movzwl (%rax),%ecx
	movzwq %r8w,%r9
	btl $0x1,(%rax)
	bt $0x1f,%eax
	bt $0x3f,%r8
	btsl $0x1,(%rax)
	bts $0x1f,%eax
	lock btsq $0x3,0x10(%rbx)
	lock btsl $0x0,(%rip)
	btrw $0x1,(%rax)
	btr $0x1f,%eax
	lock btrl $0x3,0x10(%rbx)
	btcl $0x1,(%rax)
	btc $0x1f,%r9w
	lock btcq $0x3,0x10(%rbx)
	btc %eax,%ebx
	btc %rcx,(%rax)
	lock btc %r8w,0x10(%rbx)
	bsf %eax,%ebx
	bsf (%rax),%rcx
	bsf 0x10(%rbx),%r8w
	bsr %eax,%ebx
	bsr (%rax),%rcx
	bsr 0x10(%rbx),%r8w
	movsbw %al,%ax
	movsbl (%rax),%ecx
	movsbq %r8b,%r9
	movsbl %bh,%edx
	.byte 0x66, 0x0f, 0xbf, 0xd8    # movsww
	movswl (%rax),%ecx
	movswq %r8w,%r9
	xadd %al,%bl
	xadd %r8b,(%rax)
	lock xadd %cl,0x10(%rbx)
	xadd %eax,%ebx
	xadd %r8,(%rax)
	lock xadd %cx,0x10(%rbx)
	bswap %eax
	bswap %ecx
	bswap %edx
	bswap %ebx
	bswap %esp
	bswap %rbp
	bswap %rsi
	bswap %rdi
	bswap %r8
	bswap %r15d

# prefixes objdump shows as words: unused size prefixes, branch hints, bnd, notrack, lock elision
	.byte 0x2e, 0x74, 0x00          # je,pn
	.byte 0x3e, 0x0f, 0x84, 0, 0, 0, 0 # je,pt
	.byte 0x66, 0xf4                # data16 hlt
	.byte 0x66, 0x00, 0xc0
	.byte 0x66, 0x0f, 0x01, 0x10    # data16 lgdt
	.byte 0x66, 0x0f, 0x22, 0xd8
	.byte 0x67, 0x90
	.byte 0x67, 0xeb, 0x00
	.byte 0x2e, 0x90                # cs nop
	.byte 0xf2, 0xc3
	bnd call *%rax
	notrack jmp *%rax
	notrack call *0x10(%rip)
	xacquire lock incq (%rax)
	xrelease lock btsq $0x1,(%rax)
	xrelease mov %rax,(%rbx)
	xacquire xchg %rax,(%rbx)
