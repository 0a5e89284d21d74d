# 16-bit code: every opcode table row valid in 16-bit mode, in several operand shapes.
# ObjdumpAgreementTest assembles this with `as --32` and compares objdump's text (i8086) with AttSyntax's.
	.code16

# branches whose targets wrap: below address 0 (objdump shows 32 bits) and 16-bit displacements
	.byte 0xeb, 0x80
	.byte 0xe9, 0x00, 0x80
	.byte 0x0f, 0x84, 0x00, 0xf0

# ALU rows 00-3d and groups 80/81/83 with each 16-bit addressing form, 32-bit ones (addr32) and overrides
	add %al,%bl
	add %ah,(%bx,%si)
	add %ax,%cx
	add %si,0x10(%bx,%di)
	add %di,-0x80(%bp,%si)
	{load} add %dh,%ch
	add 0x1234(%bp,%di),%si
	add (%si),%bp
	add $0x7f,%al
	add $0x1234,%ax
	add $0x12345678,%eax
	push %es
	pop %es
	or %ah,%bh
	or %dx,(%di)
	{load} or %bl,%cl
	or 0x8(%bp),%bx
	or $0x1,%al
	or $0x4000,%ax
	push %cs
	adc %bl,(%bx)
	adc %ax,0x1234
	adc -0x8000(%bx,%si),%cl
	adc 0x7fff(%bx),%dx
	adc 0xfff0,%dx
	adc %al,0x8000
	adc $0xff,%al
	adc $0x100,%ax
	push %ss
	pop %ss
	sbb %cl,(%eax)
	sbb %edi,0x10(%ebx,%ecx,2)
	sbb 0x12345678(%esp),%dl
	sbb (%bp),%bx
	sbb $0x10,%al
	sbb $0x1000,%ax
	push %ds
	pop %ds
	and %dl,%es:(%si)
	and %cx,%dx
	and %fs:0x8(%bx),%al
	and %gs:(%eax,%eax,1),%eax
	and $0xf,%al
	and $0xffff,%ax
	sub %bh,%ss:(%di)
	sub %sp,-0x10(%bp,%si)
	{load} sub %ah,%dl
	sub %cs:0x10(%bp),%cx
	sub $0x20,%al
	sub $0x12345,%eax
	xor %bh,%ah
	xor %ax,%ax
	xor 0x1234(%bx),%ax
	{load} xor %cl,%dl
	xor %ds:(%bx),%cl
	xor $0x80,%al
	xor $0x1234,%ax
	cmp %dh,0x7f(%si)
	cmp %bx,-0x81(%di)
	cmp (%bx,%di),%ch
	cmp %ss:(%bx),%sp
	.byte 0x3e, 0x3b, 0x46, 0x00    # ds prefix on a %bp-based address
	.byte 0x67, 0x3b, 0x05, 0x10, 0, 0, 0 # 32-bit absolute address
	.byte 0x67, 0x3b, 0x04, 0x25, 0x10, 0, 0, 0
	cmp $0x3,%al
	cmp $0x1234,%ax
	addb $0x1,(%bx,%si)
	add $0x1,%cl
	lock addb $0x1,0x10(%bx)
	orb $0x80,0x1234
	adc $0x7f,%ah
	sbbb $0x1,(%bp,%di)
	and $0xf0,%bh
	subb $0xff,(%eax)
	xor $0x55,%dl
	cmpb $0x0,%fs:0x28
	addw $0x1000,(%bx)
	add $0x1234,%cx
	orl $0x100000,(%di)
	adcw $0x1234,0x10(%bp)
	sbb $0x7fff,%dx
	andl $0xfffff000,-0x4(%ebp)
	sub $0x1000,%si
	lock xorw $0x1000,(%di)
	cmpw $0x1000,(%bp,%si)
	addw $0x1,(%si)
	lock addw $0x1,(%bx)
	or $-1,%ax
	adc $0x7f,%ecx
	sbbw $0x1,0x10(%bp)
	and $-0x10,%sp
	sub $0x8,%sp
	xorw $0x1,(%bx,%di)
	cmp $0x0,%di
	cmpl $-1,-0x10(%ebp,%ecx,8)
	lock orb $0x1,(%si)
	lock adcw %ax,(%bx)
	lock sbbl %eax,(%di)
	lock and %bx,(%si)
	lock sub %cl,(%bx,%si)
	lock xor %bl,0x10(%bp)
	lock or %ax,(%bx)
	lock add %eax,(%ebx)

# inc/dec/push/pop of registers, pusha/popa, push and imul with immediates
	inc %ax
	inc %ecx
	inc %di
	dec %dx
	dec %ebp
	dec %si
	push %ax
	push %ebx
	push %di
	pop %cx
	pop %esp
	pop %bp
	pusha
	pushal
	popa
	popal
	push $0x7f
	push $-1
	push $0x1000
	pushl $0x12345678
	pushl $-0x2
	imul $0x1000,%ax,%cx
	imul $0x1234,(%bx),%dx
	imul $-1,%esi,%edi
	imul $0x3,%ax,%ax
	imul $-0x80,(%bx,%si),%bp
	imul $0x7f,%ecx,%edx

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
1:	{disp16} jo 1b
	{disp16} jno 1b
	{disp16} jb 1b
	{disp16} jae 1b
	{disp16} je 1f
	{disp16} jne 1f
	{disp16} jbe 1f
	{disp16} ja 1f
	{disp16} js 1f
	{disp16} jns 1f
	{disp16} jp 1f
	{disp16} jnp 1f
	{disp16} jl 1f
	{disp16} jge 1f
	{disp16} jle 1f
	{disp16} jg 1f
1:	jmp 1b
	{disp16} jmp 1b
	call 1b
	.byte 0x66, 0xe8, 0x00, 0x00, 0x00, 0x00 # calll
	.byte 0x66, 0xe9, 0x00, 0x00, 0x00, 0x00 # jmpl
	jmp 1f
	call 1f
	loop 1b
	loope 1f
	loopne 1f
	jcxz 1f
	jecxz 1f
	addr32 loop 1f
	addr32 loope 1f
	addr32 loopne 1f
1:	nop

# test, xchg, mov, lea, pop Ev
	test %al,%bl
	test %dh,(%bx,%si)
	test %ax,%cx
	test %edx,0x10(%esp)
	test $0x1,%al
	test $0x1234,%ax
	test $-1,%ax
	test $0x12345678,%eax
	xchg %al,%ah
	xchg %bl,(%bx)
	lock xchg %cl,(%si)
	xchg %ax,%cx
	xchg %si,0x10(%di)
	xchg %ebp,(%bp)
	lock xchg %bx,(%bx,%di)
	mov %al,%bl
	mov %ch,(%di)
	mov %dl,0x10(%bx,%si)
	mov %ax,%cx
	mov %ax,-0x8(%bp)
	mov %esi,%gs:0x0
	{load} mov %al,%bl
	mov 0x10(%bp,%di),%cl
	mov (%bx,%si),%bh
	{load} mov %ax,%cx
	mov 0x10(%bx),%ax
	mov (%eax,%ecx,8),%edx
	mov %fs:0x14,%ax
	mov %es,%ax
	mov %cs,(%bx)
	mov %ss,%eax
	mov %ds,0x10(%bp)
	mov %fs,%dx
	mov %gs,(%eax)
	lea (%bx),%ax
	lea 0x8(%bp),%cx
	lea -0x1(%bx,%si),%si
	lea 0x10(%eax,%ebx,2),%edx
	lea 0x1234,%dx
	lea (%bp,%di),%eax
	mov %ax,%ds
	mov (%bx),%es
	mov %eax,%ss
	mov %dx,%fs
	mov 0x10(%bx),%gs
	pop (%bx)
	popl 0x10(%bp)
	pop (%eax)

# nop and friends, 90-9f
	nop
	pause
	xchg %eax,%eax
	xchg %ax,%cx
	xchg %ax,%dx
	xchg %eax,%ebx
	xchg %ax,%sp
	xchg %ax,%bp
	xchg %ax,%si
	xchg %eax,%edi
	cbtw
	cwtl
	cwtd
	cltd
	lcall $0x10,$0x1000
	lcalll $0x8,$0x12345
	pushf
	pushfl
	popf
	popfl
	sahf
	lahf

# moffs moves, string instructions
	mov 0x10,%al
	mov 0x1234,%ax
	mov 0x10,%eax
	mov %fs:0x10,%al
	addr32 mov 0x10,%ax
	mov %al,0x10
	mov %ax,0x1234
	mov %eax,%gs:0x10
	addr32 mov %al,0x10
	movsb
	movsw
	movsl
	rep movsb
	rep movsw
	addr32 movsw
	movsb %fs:(%si),%es:(%di)
	movsw %cs:(%si),%es:(%di)
	cmpsb
	cmpsw
	cmpsl
	repe cmpsb
	repne cmpsw
	addr32 cmpsb
	cmpsb %es:(%di),%gs:(%si)
	test $0x1,%al
	test $0x100,%ax
	stosb
	stosw
	stosl
	rep stosb
	rep stosw
	addr32 stosb
	lodsb
	lodsw
	lodsl
	rep lodsb
	lods %fs:(%si),%al
	addr32 lodsw
	scasb
	scasw
	scasl
	repne scasb
	repe scasw
	addr32 scasb

# mov immediate to register, shifts and rotates
	mov $0x1,%al
	mov $0xff,%cl
	mov $0x7f,%dl
	mov $0x80,%bl
	mov $0x1,%ah
	mov $0x2,%ch
	mov $0x3,%dh
	mov $0x4,%bh
	mov $0x1234,%ax
	mov $0x12345678,%ecx
	mov $-1,%dx
	mov $0x1,%bx
	mov $0x2,%sp
	mov $0x3,%bp
	mov $0x10,%si
	mov $0x20,%edi
	rolb $0x2,(%bx)
	ror $0x3,%al
	rcl $0x4,%dh
	rcrb $0x5,0x10(%bx)
	shl $0x6,%cl
	shrb $0x7,(%bx,%si)
	sar $0x1f,%ah
	.byte 0xc0, 0xf0, 0x02          # sal Eb,Ib (/6)
	rolw $0x2,(%bx)
	ror $0x3,%ax
	rcl $0x4,%ecx
	rcrl $0x5,0x10(%bx)
	shl $0x6,%cx
	shr $0x1f,%edi
	sarw $0x2,(%bp)
	sar $0x5,%dx
	.byte 0xc1, 0xf0, 0x02          # sal Ev,Ib (/6)
	rolb (%bx)
	ror %al
	rcl %dh
	rcrb 0x10(%bx)
	shl %cl
	shr %ch
	sar %bh
	.byte 0xd0, 0xf0                # sal Eb,1 (/6)
	rolw (%bx)
	ror %ax
	rcl %ecx
	rcrl 0x10(%bx)
	shl %cx
	shr %di
	sarw (%bp)
	.byte 0xd1, 0x30                # sal Ev,1 (/6)
	rolb %cl,(%bx)
	ror %cl,%al
	rcl %cl,%dh
	rcrb %cl,0x10(%bx)
	shl %cl,%cl
	shr %cl,%ch
	sar %cl,%bh
	.byte 0xd2, 0x30                # sal Eb,CL (/6)
	rolw %cl,(%bx)
	ror %cl,%ax
	rcl %cl,%ecx
	rcrl %cl,0x10(%bx)
	shl %cl,%cx
	shr %cl,%di
	sarw %cl,(%bp)
	.byte 0xd3, 0xf0                # sal Ev,CL (/6)

# returns, mov immediate to r/m, enter/leave, far returns, interrupts
	ret $0x8
	retl $0x10
	ret
	retl
	movb $0x1,(%bx)
	mov $0xff,%dl
	movb $0x80,%fs:0x10
	movw $0x1,(%bx)
	movl $-1,0x10(%bx)
	movw $0x1234,(%bp)
	mov $0x1234,%si
	movl $0x1,(%eax)
	enter $0x10,$0x0
	enter $0x1000,$0x3
	leave
	lret $0x8
	lretl $0x10
	lret
	lretl
	int3
	int $0x10
	into
	iret
	iretl
	xlat
	xlat %fs:(%bx)
	addr32 xlat

# in and out
	in $0x60,%al
	in $0x60,%ax
	in $0x60,%eax
	out %al,$0x80
	out %ax,$0x80
	out %eax,$0x80
	in (%dx),%al
	in (%dx),%ax
	in (%dx),%eax
	out %al,(%dx)
	out %ax,(%dx)
	out %eax,(%dx)

# far jump, misc one-byte opcodes, groups f6/f7/fe/ff
	ljmp $0x10,$0x1000
	ljmpl $0x8,$0x12345
	hlt
	cmc
	testb $0x1,(%bx)
	test $0x80,%bh
	.byte 0xf6, 0xc8, 0x01          # test Eb,Ib (/1)
	notb (%bx)
	not %dl
	lock notb 0x10(%bx)
	negb (%bx)
	neg %ah
	lock negb (%bx,%si)
	mulb (%bx)
	mul %cl
	imulb 0x10(%bx)
	imul %ch
	divb (%bx)
	div %dl
	idivb 0x10(%bx)
	idiv %bh
	testw $0x1,(%bx)
	test $0x1234,%si
	testl $-1,0x10(%bx)
	testw $0x1234,(%bp)
	.byte 0xf7, 0x0f, 0x01, 0x00    # test Ev,Iz (/1)
	notw (%bx)
	not %dx
	lock notl 0x10(%bx)
	negw (%bx)
	neg %ax
	lock negw (%bx,%di)
	mulw (%bx)
	mul %cx
	imull 0x10(%bx)
	imul %si
	divw (%bx)
	div %edx
	idivw 0x10(%bx)
	idiv %bx
	clc
	stc
	cli
	sti
	cld
	std
	incb (%bx)
	inc %al
	lock incb 0x10(%bx)
	decb (%bx)
	dec %dh
	lock decb (%bp,%si)
	incw (%bx)
	.byte 0xff, 0xc0                # inc %ax through group 5
	.byte 0x66, 0xff, 0xc9          # dec %ecx through group 5
	lock incw 0x10(%bx)
	decl (%bx)
	lock decw (%bx)
	call *%ax
	call *(%bx)
	call *0x10(%bx,%si)
	calll *(%bx)
	call *%edi
	lcall *(%bx)
	lcalll *0x10(%bx)
	jmp *%ax
	jmp *(%eax,%ecx,4)
	jmpl *(%bx)
	jmp *%cs:(%bx)
	ljmp *(%bx)
	ljmpl *0x10(%bx)
	push %ax
	push (%bx)
	pushl 0x10(%bx)
	push %fs:(%bx,%si)

# two-byte opcodes: system instructions
	sldt %ax
	sldt (%bx)
	sldt %eax
	str %cx
	str 0x10(%bx)
	lldt %ax
	lldt (%bx)
	ltr %dx
	ltr 0x10(%bx)
	sgdt (%bx)
	sgdtl (%bx)
	sidt 0x10(%bx)
	lgdt (%bx)
	lgdtl 0x10(%bx)
	lidt 0x10(%bp)
	smsw %ax
	smsw %eax
	smsw (%bx)
	lmsw %ax
	lmsw (%bx)
	invlpg (%bx)
	invlpg 0x10(%bx,%si)
	clts
	invd
	wbinvd
	ud2
	nop %ax
	nopw (%bx)
	nopl 0x0(%bx)
	nopw 0x0(%eax,%eax,1)
	mov %cr0,%eax
	mov %cr2,%ebx
	mov %cr3,%ecx
	mov %cr4,%edx
	mov %db0,%eax
	mov %db7,%esi
	mov %eax,%cr0
	mov %ebx,%cr3
	mov %ecx,%cr4
	mov %eax,%db0
	mov %edi,%db6
	wrmsr
	rdtsc
	rdmsr

# two-byte opcodes: cmovcc, setcc
	cmovo %ax,%bx
	cmovno (%bx),%cx
	cmovb %esi,%edi
	cmovae 0x10(%bx),%dx
	cmove %ax,%bx
	cmovne (%bx,%si),%esi
	cmovbe %cx,%di
	cmova %dx,%bp
	cmovs %ax,%bx
	cmovns (%bx),%cx
	cmovp %eax,%ebx
	cmovnp 0x10(%bx),%dx
	cmovl %ax,%bx
	cmovge %gs:(%bx),%si
	cmovle %cx,%di
	cmovg %dx,%bp
	seto %al
	setno (%bx)
	setb %dh
	setae 0x10(%bx)
	sete %ah
	setne (%bx,%di)
	setbe %ch
	seta %bl
	sets %cl
	setns 0x10(%bx)
	setp %dl
	setnp (%bx)
	setl %bh
	setge %bh
	setle (%eax,%ebx,1)
	setg %al

# two-byte opcodes: fs/gs push/pop, cpuid, bit tests, double shifts, cmpxchg, far pointer loads, movzx/movsx, xadd, bswap
	push %fs
	pushl %fs
	pop %fs
	popl %fs
	push %gs
	pushl %gs
	pop %gs
	popl %gs
	cpuid
	bt %ax,%bx
	bt %cx,(%bx)
	bt %esi,0x10(%bx)
	shld $0x3,%ax,%bx
	shld $0x1,%cx,(%bx)
	shld $0x10,%esi,0x10(%bx)
	shld %cl,%ax,%bx
	shld %cl,%cx,(%bx)
	shld %cl,%esi,0x10(%bx)
	bts %ax,%bx
	bts %cx,(%bx)
	lock bts %esi,0x10(%bx)
	shrd $0x3,%ax,%bx
	shrd $0x1,%cx,(%bx)
	shrd $0x10,%esi,0x10(%bx)
	shrd %cl,%ax,%bx
	shrd %cl,%cx,(%bx)
	shrd %cl,%esi,(%bx,%si)
	imul %ax,%bx
	imul (%bx),%cx
	imul 0x10(%bx),%esi
	cmpxchg %al,%bl
	cmpxchg %dh,(%bx)
	lock cmpxchg %cl,0x10(%bx)
	cmpxchg %ax,%bx
	cmpxchg %cx,(%bx)
	lock cmpxchg %ecx,0x10(%bx)
	les (%bx),%ax
	les 0x10(%bx),%esi
	lds (%bx,%si),%ax
	lds 0x10(%bp),%ecx
	lss (%bx),%ax
	lss 0x10(%bx),%esi
	btr %ax,%bx
	btr %cx,(%bx)
	lock btr %esi,0x10(%bx)
	lfs (%bx),%ax
	lfs 0x10(%bx),%esi
	lgs (%bx),%ax
	lgs (%bx,%si),%esi
	movzbw %al,%ax
	movzbl (%bx),%ecx
	movzbw %ah,%dx
	movzbw %bh,%di
	.byte 0x0f, 0xb7, 0xd8          # movzww
	movzwl (%bx),%ecx
	movzwl %si,%edi
	btw $0x1,(%bx)
	bt $0xf,%ax
	btsw $0x1,(%bx)
	bts $0x1f,%eax
	lock btsw $0x3,0x10(%bx)
	btrw $0x1,(%bx)
	btr $0xf,%ax
	lock btrl $0x3,0x10(%bx)
	btcw $0x1,(%bx)
	btc $0xf,%si
	lock btcw $0x3,0x10(%bx)
	btc %ax,%bx
	btc %cx,(%bx)
	lock btc %esi,0x10(%bx)
	bsf %ax,%bx
	bsf (%bx),%cx
	bsf 0x10(%bx),%esi
	bsr %ax,%bx
	bsr (%bx),%cx
	bsr 0x10(%bx),%esi
	movsbw %al,%ax
	movsbl (%bx),%ecx
	movsbw %bh,%dx
	.byte 0x0f, 0xbf, 0xd8          # movsww
	movswl (%bx),%ecx
	movswl %si,%edi
	xadd %al,%bl
	xadd %dh,(%bx)
	lock xadd %cl,0x10(%bx)
	xadd %ax,%bx
	xadd %cx,(%bx)
	lock xadd %ecx,0x10(%bx)
	bswap %eax
	bswap %ecx
	bswap %edx
	bswap %ebx
	bswap %esp
	bswap %ebp
	bswap %esi
	bswap %edi

# prefixes objdump shows as words: unused size prefixes, branch hints, bnd, notrack, lock elision
	.byte 0x2e, 0x74, 0x00          # je,pn
	.byte 0x3e, 0x0f, 0x84, 0, 0    # je,pt
	.byte 0x66, 0xf4                # data32 hlt
	.byte 0x66, 0xeb, 0x00
	.byte 0x66, 0x00, 0xc0
	.byte 0x66, 0xa8, 0x01
	.byte 0x66, 0x90                # xchg %eax,%eax
	.byte 0x67, 0x90
	.byte 0x67, 0xeb, 0x00
	.byte 0xf2, 0xc3
	notrack jmp *%ax
	xacquire lock incw (%bx)
	xrelease mov %ax,(%bx)
