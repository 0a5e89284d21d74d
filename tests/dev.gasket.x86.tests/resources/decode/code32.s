# 32-bit code: every opcode table row valid in 32-bit mode, in several operand shapes.
# ObjdumpAgreementTest assembles this with `as --32` and compares objdump's text with AttSyntax's.
	.code32

# ALU rows 00-3d and groups 80/81/83, with 32-bit, 16-bit (addr16) and segment-override addressing
	add %al,%bl
	add %ah,(%eax)
	add %eax,%ecx
	add %esi,0x10(%ebx)
	add %di,-0x80(%ecx)
	{load} add %dh,%ch
	add 0x12345678(%edx),%esi
	add (%eax,%ebx,4),%ebp
	add $0x7f,%al
	add $0x1234,%ax
	add $0x12345678,%eax
	push %es
	pop %es
	or %ah,%bh
	or %edx,(%esp)
	{load} or %bl,%cl
	or 0x8(%esp),%bx
	or $0x1,%al
	or $0x40000000,%eax
	push %cs
	adc %bl,(%bx,%si)
	adc %eax,0x10(%bx,%di)
	adc 0x0(%bp,%si),%cl
	adc -0x8(%bp,%di),%edx
	adc $0xff,%al
	adc $0x100,%eax
	push %ss
	pop %ss
	sbb %cl,0x0(,%eax,8)
	sbb %edi,0x10(,%ecx,2)
	sbb 0x1234,%dl
	sbb -0x10(,%edx,4),%ebx
	sbb $0x10,%al
	sbb $0x1000,%ax
	push %ds
	pop %ds
	and %dl,(%si)
	and %ecx,%edx
	and %fs:0x8(%eax),%al
	and %gs:(%eax,%eax,1),%eax
	and $0xf,%al
	and $0xffff,%eax
	sub %bh,(%di)
	sub %esp,-0x10(%ebp,%esi,2)
	{load} sub %ah,%dl
	sub 0x10(%bp),%ecx
	sub $0x20,%al
	sub $0x12345,%eax
	xor %bh,%ah
	xor %eax,%eax
	xor 0x1234(%bx),%ax
	{load} xor %cl,%dl
	xor %es:(%ebx),%cl
	xor $0x80,%al
	xor $0x1234,%eax
	cmp %dh,0x7f(%esi)
	cmp %ebx,-0x81(%edi)
	cmp (%ecx),%ch
	cmp %ss:(%eax),%esp
	cmp %cs:0x10(%ebx),%eax
	cmp %ds:0x10(%ebx),%eax
	.byte 0x3b, 0x04, 0x25, 0x10, 0, 0, 0  # SIB without base nor index
	.byte 0x3b, 0x04, 0x20          # SIB without index
	.byte 0x67, 0x3b, 0x06, 0x10, 0 # 16-bit absolute address
	.byte 0x36, 0x3b, 0x45, 0x00    # ss prefix that repeats the default
	cmp $0x3,%al
	cmp $0x12345678,%eax
	addb $0x1,(%eax)
	add $0x1,%cl
	lock addb $0x1,0x10(%ebx)
	orb $0x80,0x12345678
	adc $0x7f,%ah
	sbbb $0x1,(%eax,%ebx,2)
	and $0xf0,%bh
	subb $0xff,(%bx,%si)
	xor $0x55,%dl
	cmpb $0x0,%fs:0x28
	addl $0x1000,(%eax)
	add $0x12345678,%ecx
	orl $0x100000,(%ebx)
	adcw $0x1234,0x10(%esp)
	sbb $0x7fffffff,%edx
	andl $0xfffff000,-0x4(%ebp)
	sub $0x1000,%esi
	lock xorl $0x100000,(%edi)
	cmpw $0x1000,(%bp,%si)
	addw $0x1,(%eax)
	lock addl $0x1,(%eax)
	or $-1,%eax
	adc $0x7f,%cx
	sbbl $0x1,0x10(%ebp)
	and $-0x10,%esp
	sub $0x8,%esp
	xorw $0x1,(%ecx)
	cmp $0x0,%edi
	cmpl $-1,-0x10(%ebp,%ecx,8)
	lock orb $0x1,(%esi)
	lock adcl %eax,(%edx)
	lock sbbw %ax,(%edx)
	lock and %ebx,(%ecx)
	lock sub %cl,(%ebx)
	lock xor %bl,0x10(%esi)
	lock or %eax,(%ebx)
	lock add %ax,(%ebx)
	lock adcb $0x1,(%edx)
	lock andw $0x1,(%edx)
	lock subl $0x10000,(%edx)
	lock sbbw $0x1,%es:(%bx,%di)

# inc/dec/push/pop of registers, pusha/popa, push and imul with immediates
	inc %eax
	inc %cx
	inc %edi
	dec %edx
	dec %bp
	dec %esi
	push %eax
	push %bx
	push %edi
	pop %ecx
	pop %sp
	pop %ebp
	pusha
	pushaw
	popa
	popaw
	push $0x7f
	push $-1
	push $0x1000
	pushw $0x1234
	pushw $-0x2
	imul $0x1000,%eax,%ecx
	imul $0x12345678,(%eax),%edx
	imul $-1,%si,%di
	imul $0x3,%eax,%eax
	imul $-0x80,(%ebx),%ebp
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
	callw 1b
	.byte 0x66, 0xe9, 0x00, 0x00    # jmpw
	jmp 1f
	call 1f
	loop 1b
	loope 1f
	loopne 1f
	jecxz 1f
	jcxz 1f
	addr16 loop 1f
	addr16 loope 1f
	addr16 loopne 1f
1:	nop

# test, xchg, mov, lea, pop Ev
	test %al,%bl
	test %dh,(%eax)
	test %eax,%ecx
	test %edx,0x10(%esp)
	test $0x1,%al
	test $0x12345678,%eax
	test $-1,%eax
	test $0x1234,%ax
	xchg %al,%ah
	xchg %bl,(%eax)
	lock xchg %cl,(%ebx)
	xchg %eax,%ecx
	xchg %esi,0x10(%edi)
	xchg %bp,(%esp)
	lock xchg %ebx,(%ecx)
	mov %al,%bl
	mov %ch,(%edi)
	mov %dl,0x10(%ebx,%ecx,4)
	mov %eax,%ecx
	mov %eax,-0x8(%ebp)
	mov %si,%gs:0x0
	{load} mov %al,%bl
	mov 0x10(%esp),%cl
	mov (%bx,%si),%bh
	{load} mov %eax,%ecx
	mov 0x10(%ebx),%eax
	mov (%eax,%ecx,8),%edx
	mov %gs:0x14,%eax
	mov %es,%eax
	mov %cs,(%eax)
	mov %ss,%ax
	mov %ds,0x10(%ebx)
	mov %fs,%edx
	mov %gs,(%bx)
	lea (%eax),%eax
	lea 0x8(%ebp),%ecx
	lea -0x1(%eax,%eax,2),%esi
	lea 0x10(%bx,%si),%dx
	lea 0x0(,%ecx,4),%dx
	lea (%bp),%eax
	mov %eax,%ds
	mov (%eax),%es
	mov %ax,%ss
	mov %edx,%fs
	mov 0x10(%ebx),%gs
	pop (%eax)
	popw 0x10(%ebx)
	pop (%bx,%di)

# nop and friends, 90-9f
	nop
	pause
	xchg %ax,%ax
	xchg %eax,%ecx
	xchg %eax,%edx
	xchg %ax,%bx
	xchg %eax,%esp
	xchg %eax,%ebp
	xchg %eax,%esi
	xchg %ax,%di
	cbtw
	cwtl
	cwtd
	cltd
	lcall $0x10,$0x1000
	lcallw $0x8,$0x1234
	pushf
	pushfw
	popf
	popfw
	sahf
	lahf

# moffs moves, string instructions
	mov 0x10,%al
	mov 0x12345678,%eax
	mov 0x10,%ax
	mov %fs:0x10,%al
	addr16 mov 0x10,%eax
	mov %al,0x10
	mov %eax,0x12345678
	mov %ax,%gs:0x10
	addr16 mov %al,0x10
	movsb
	movsw
	movsl
	rep movsb
	rep movsl
	addr16 movsl
	movsb %fs:(%esi),%es:(%edi)
	movsl %cs:(%esi),%es:(%edi)
	cmpsb
	cmpsw
	cmpsl
	repe cmpsb
	repne cmpsl
	addr16 cmpsb
	cmpsb %es:(%edi),%gs:(%esi)
	test $0x1,%al
	test $0x100,%ax
	stosb
	stosw
	stosl
	rep stosb
	rep stosl
	addr16 stosb
	lodsb
	lodsw
	lodsl
	rep lodsb
	lods %fs:(%esi),%al
	addr16 lodsl
	scasb
	scasw
	scasl
	repne scasb
	repe scasl
	addr16 scasb

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
	mov $-1,%edx
	mov $0x1,%ebx
	mov $0x2,%esp
	mov $0x3,%ebp
	mov $0x10,%si
	mov $0x20,%edi
	rolb $0x2,(%eax)
	ror $0x3,%al
	rcl $0x4,%dh
	rcrb $0x5,0x10(%ebx)
	shl $0x6,%cl
	shrb $0x7,(%bx,%si)
	sar $0x1f,%ah
	.byte 0xc0, 0xf0, 0x02          # sal Eb,Ib (/6)
	roll $0x2,(%eax)
	ror $0x3,%eax
	rcl $0x4,%cx
	rcrl $0x5,0x10(%ebx)
	shl $0x6,%ecx
	shr $0x1f,%edi
	sarw $0x2,(%esp)
	sar $0x5,%edx
	.byte 0xc1, 0xf0, 0x02          # sal Ev,Ib (/6)
	rolb (%eax)
	ror %al
	rcl %dh
	rcrb 0x10(%ebx)
	shl %cl
	shr %ch
	sar %bh
	.byte 0xd0, 0xf0                # sal Eb,1 (/6)
	roll (%eax)
	ror %eax
	rcl %cx
	rcrl 0x10(%ebx)
	shl %ecx
	shr %edi
	sarw (%esp)
	.byte 0xd1, 0x30                # sal Ev,1 (/6)
	rolb %cl,(%eax)
	ror %cl,%al
	rcl %cl,%dh
	rcrb %cl,0x10(%ebx)
	shl %cl,%cl
	shr %cl,%ch
	sar %cl,%bh
	.byte 0xd2, 0x30                # sal Eb,CL (/6)
	roll %cl,(%eax)
	ror %cl,%eax
	rcl %cl,%cx
	rcrl %cl,0x10(%ebx)
	shl %cl,%ecx
	shr %cl,%edi
	sarw %cl,(%esp)
	.byte 0xd3, 0xf0                # sal Ev,CL (/6)

# returns, mov immediate to r/m, enter/leave, far returns, interrupts
	ret $0x8
	retw $0x10
	ret
	retw
	movb $0x1,(%eax)
	mov $0xff,%dl
	movb $0x80,%fs:0x10
	movl $0x1,(%eax)
	movl $-1,0x10(%ebx)
	movw $0x1234,(%esp)
	mov $0x12345678,%esi
	movw $0x1,(%bx)
	enter $0x10,$0x0
	enter $0x1000,$0x3
	leave
	lret $0x8
	lretw $0x10
	lret
	lretw
	int3
	int $0x80
	into
	iret
	iretw
	xlat
	xlat %fs:(%ebx)
	addr16 xlat

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

# far jump, misc one-byte opcodes, groups f6/f7/fe/ff
	ljmp $0x10,$0x1000
	ljmpw $0x8,$0x1234
	hlt
	cmc
	testb $0x1,(%eax)
	test $0x80,%bh
	.byte 0xf6, 0xc8, 0x01          # test Eb,Ib (/1)
	notb (%eax)
	not %dl
	lock notb 0x10(%ebx)
	negb (%eax)
	neg %ah
	lock negb (%bx,%si)
	mulb (%eax)
	mul %cl
	imulb 0x10(%ebx)
	imul %ch
	divb (%eax)
	div %dl
	idivb 0x10(%ebx)
	idiv %bh
	testl $0x1,(%eax)
	test $0x12345678,%esi
	testl $-1,0x10(%ebx)
	testw $0x1234,(%esp)
	.byte 0xf7, 0x08, 0x01, 0, 0, 0 # test Ev,Iz (/1)
	notl (%eax)
	not %edx
	lock notl 0x10(%ebx)
	negw (%eax)
	neg %eax
	lock negl (%bx,%di)
	mull (%eax)
	mul %ecx
	imull 0x10(%ebx)
	imul %si
	divl (%eax)
	div %edx
	idivw 0x10(%ebx)
	idiv %ebx
	clc
	stc
	cli
	sti
	cld
	std
	incb (%eax)
	inc %al
	lock incb 0x10(%ebx)
	decb (%eax)
	dec %dh
	lock decb (%bp,%si)
	incl (%eax)
	.byte 0xff, 0xc0                # inc %eax through group 5
	.byte 0x66, 0xff, 0xc9          # dec %cx through group 5
	lock incl 0x10(%ebx)
	decw (%eax)
	lock decl (%bx)
	call *%eax
	call *(%eax)
	call *0x10(%ebx,%esi,4)
	callw *(%ebx)
	call *%di
	lcall *(%eax)
	lcallw *0x10(%ebx)
	jmp *%eax
	jmp *(%eax,%ecx,4)
	jmpw *(%ebx)
	jmp *%cs:(%bx)
	ljmp *(%eax)
	ljmpw *0x10(%ebx)
	push %eax
	push (%eax)
	pushw 0x10(%ebx)
	push %fs:(%bx,%si)

# two-byte opcodes: system instructions
	sldt %eax
	sldt (%eax)
	sldt %ax
	str %ecx
	str 0x10(%ebx)
	lldt %ax
	lldt (%eax)
	ltr %dx
	ltr 0x10(%bx)
	sgdt (%eax)
	sgdtw (%eax)
	sidt 0x10(%ebx)
	lgdt (%eax)
	lgdtw 0x10(%ebx)
	lidt 0x10(%bp)
	smsw %eax
	smsw %ax
	smsw (%eax)
	lmsw %ax
	lmsw (%ebx)
	invlpg (%eax)
	invlpg 0x10(%bx,%si)
	clts
	invd
	wbinvd
	ud2
	nop %eax
	nopw (%eax)
	nopl 0x0(%eax)
	nopl 0x0(%eax,%eax,1)
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
	cmovo %eax,%ebx
	cmovno (%eax),%ecx
	cmovb %si,%di
	cmovae 0x10(%ebx),%edx
	cmove %eax,%ebx
	cmovne (%bx,%si),%esi
	cmovbe %ecx,%edi
	cmova %edx,%ebp
	cmovs %eax,%ebx
	cmovns (%eax),%ecx
	cmovp %ax,%bx
	cmovnp 0x10(%ebx),%edx
	cmovl %eax,%ebx
	cmovge %gs:(%eax),%esi
	cmovle %ecx,%edi
	cmovg %edx,%ebp
	seto %al
	setno (%eax)
	setb %dh
	setae 0x10(%ebx)
	sete %ah
	setne (%bx,%di)
	setbe %ch
	seta %bl
	sets %cl
	setns 0x10(%ebx)
	setp %dl
	setnp (%eax)
	setl %bh
	setge %bh
	setle (%eax,%ebx,1)
	setg %al

# two-byte opcodes: fs/gs push/pop, cpuid, bit tests, double shifts, cmpxchg, far pointer loads, movzx/movsx, xadd, bswap
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
	bt %ecx,(%eax)
	bt %si,0x10(%ebx)
	shld $0x3,%eax,%ebx
	shld $0x1,%ecx,(%eax)
	shld $0x10,%si,0x10(%ebx)
	shld %cl,%eax,%ebx
	shld %cl,%ecx,(%eax)
	shld %cl,%si,0x10(%ebx)
	bts %eax,%ebx
	bts %ecx,(%eax)
	lock bts %si,0x10(%ebx)
	shrd $0x3,%eax,%ebx
	shrd $0x1,%ecx,(%eax)
	shrd $0x10,%si,0x10(%ebx)
	shrd %cl,%eax,%ebx
	shrd %cl,%ecx,(%eax)
	shrd %cl,%si,(%bx,%si)
	imul %eax,%ebx
	imul (%eax),%ecx
	imul 0x10(%ebx),%si
	cmpxchg %al,%bl
	cmpxchg %dh,(%eax)
	lock cmpxchg %cl,0x10(%ebx)
	cmpxchg %eax,%ebx
	cmpxchg %ecx,(%eax)
	lock cmpxchg %cx,0x10(%ebx)
	mov %es,(%eax)
	mov %es,%eax
	mov %cs,(%eax)
	mov %cs,%eax
	mov %ss,(%eax)
	mov %ss,%eax
	mov %ds,(%eax)
	mov %ds,%eax
	mov %fs,(%eax)
	mov %fs,%eax
	mov %gs,(%eax)
	mov %gs,%eax
	les (%eax),%eax
	les 0x10(%ebx),%si
	lds (%ecx,%edx,4),%edi
	lds %ds:0x1234,%bx
	lss (%eax),%eax
	lss 0x10(%ebx),%si
	btr %eax,%ebx
	btr %ecx,(%eax)
	lock btr %si,0x10(%ebx)
	lfs (%eax),%eax
	lfs 0x10(%ebx),%si
	lgs (%eax),%eax
	lgs (%bx,%si),%si
	movzbw %al,%ax
	movzbl (%eax),%ecx
	movzbl %ah,%edx
	movzbw %bh,%di
	.byte 0x66, 0x0f, 0xb7, 0xd8    # movzww
	movzwl (%eax),%ecx
	movzwl %si,%edi
	btl $0x1,(%eax)
	bt $0x1f,%eax
	btsl $0x1,(%eax)
	bts $0x1f,%eax
	lock btsl $0x3,0x10(%ebx)
	btrw $0x1,(%eax)
	btr $0x1f,%eax
	lock btrl $0x3,0x10(%ebx)
	btcl $0x1,(%eax)
	btc $0xf,%si
	lock btcl $0x3,0x10(%ebx)
	btc %eax,%ebx
	btc %ecx,(%eax)
	lock btc %si,0x10(%ebx)
	bsf %eax,%ebx
	bsf (%eax),%ecx
	bsf 0x10(%ebx),%si
	bsr %eax,%ebx
	bsr (%eax),%ecx
	bsr 0x10(%ebx),%si
	movsbw %al,%ax
	movsbl (%eax),%ecx
	movsbl %bh,%edx
	.byte 0x66, 0x0f, 0xbf, 0xd8    # movsww
	movswl (%eax),%ecx
	movswl %si,%edi
	xadd %al,%bl
	xadd %dh,(%eax)
	lock xadd %cl,0x10(%ebx)
	xadd %eax,%ebx
	xadd %ecx,(%eax)
	lock xadd %cx,0x10(%ebx)
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
	.byte 0x3e, 0x0f, 0x84, 0, 0, 0, 0 # je,pt
	.byte 0x3e, 0xeb, 0x00          # ds jmp
	.byte 0x2e, 0xe8, 0, 0, 0, 0    # cs call
	.byte 0x26, 0x90                # es nop
	.byte 0x26, 0xaa                # es stos
	.byte 0x66, 0xf4                # data16 hlt
	.byte 0x66, 0x66, 0xf4
	.byte 0x66, 0x66, 0x01, 0xc0
	.byte 0x66, 0xeb, 0x00
	.byte 0x66, 0xe2, 0x00
	.byte 0x66, 0xe3, 0x00
	.byte 0x66, 0x74, 0x00
	.byte 0x66, 0x00, 0xc0
	.byte 0x66, 0x0f, 0x94, 0xc0
	.byte 0x66, 0xa8, 0x01
	.byte 0x66, 0xcd, 0x10
	.byte 0x66, 0x9e
	.byte 0x66, 0xd7
	.byte 0x66, 0x0f, 0xa2
	.byte 0x66, 0xe4, 0x10
	.byte 0x66, 0x0f, 0x20, 0xc0
	.byte 0x66, 0x0f, 0x00, 0x00    # data16 sldt (%eax)
	.byte 0x66, 0x0f, 0x00, 0xc0    # sldt %ax
	.byte 0x66, 0x8e, 0x00
	.byte 0x66, 0x90                # xchg %ax,%ax
	.byte 0x67, 0x90
	.byte 0x67, 0xeb, 0x00
	.byte 0x67, 0xe3, 0x00          # jcx
	.byte 0x67, 0xe2, 0x00          # loopw
	.byte 0xf3, 0xf3, 0x01, 0x00
	.byte 0xf3, 0xc3                # repz ret
	.byte 0xf2, 0xa4                # repnz movsb
	.byte 0xf2, 0xac
	.byte 0xf3, 0x0f, 0xb0, 0xc0
	.byte 0xf2, 0xc6, 0x00, 0x01
	bnd ret
	bnd call *%eax
	bnd jmp *(%eax)
	bnd je 1f
1:	bnd jmp 1b
	notrack jmp *%eax
	notrack call *(%eax)
	notrack bnd call *(%eax)
	xacquire lock addl $0x1,(%eax)
	xrelease lock add %eax,(%ebx)
	.byte 0xf3, 0xf0, 0x01, 0x00    # xrelease before lock
	xacquire xchg %al,(%ebx)
	xrelease xchg %eax,(%ebx)
	xrelease mov %eax,(%ebx)
	xrelease movl $0x1,(%ebx)
