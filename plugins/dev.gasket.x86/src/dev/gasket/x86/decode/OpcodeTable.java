package dev.gasket.x86.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The opcode map the decoder, the interpreter and the disassembler share: one line per encoding form, in
 * the operand notation of the Intel SDM (Vol. 2, Appendix A), operands in Intel order (destination first).
 * <p>
 * Key syntax: {@code 8b} one-byte opcode, {@code 0f.a2} two-byte, {@code 80/3} ModRM.reg = 3,
 * {@code 0f.01/2m} memory form only, {@code 0f.01/7r0} register form with ModRM.rm = 0, {@code 70-7f} a range.
 * A {@code *} in a mnemonic stands for the condition code (o, no, b, ae, ...).
 */
final class OpcodeTable {

	private static final String TABLE = """
			00 add Eb,Gb ADD lock
			01 add Ev,Gv ADD lock
			02 add Gb,Eb ADD
			03 add Gv,Ev ADD
			04 add AL,Ib ADD
			05 add rAX,Iz ADD
			06 push ES PUSH i64
			07 pop ES POP i64
			08 or Eb,Gb OR lock
			09 or Ev,Gv OR lock
			0a or Gb,Eb OR
			0b or Gv,Ev OR
			0c or AL,Ib OR
			0d or rAX,Iz OR
			0e push CS PUSH i64
			10 adc Eb,Gb ADC lock
			11 adc Ev,Gv ADC lock
			12 adc Gb,Eb ADC
			13 adc Gv,Ev ADC
			14 adc AL,Ib ADC
			15 adc rAX,Iz ADC
			16 push SS PUSH i64
			17 pop SS POP i64
			18 sbb Eb,Gb SBB lock
			19 sbb Ev,Gv SBB lock
			1a sbb Gb,Eb SBB
			1b sbb Gv,Ev SBB
			1c sbb AL,Ib SBB
			1d sbb rAX,Iz SBB
			1e push DS PUSH i64
			1f pop DS POP i64
			20 and Eb,Gb AND lock
			21 and Ev,Gv AND lock
			22 and Gb,Eb AND
			23 and Gv,Ev AND
			24 and AL,Ib AND
			25 and rAX,Iz AND
			28 sub Eb,Gb SUB lock
			29 sub Ev,Gv SUB lock
			2a sub Gb,Eb SUB
			2b sub Gv,Ev SUB
			2c sub AL,Ib SUB
			2d sub rAX,Iz SUB
			30 xor Eb,Gb XOR lock
			31 xor Ev,Gv XOR lock
			32 xor Gb,Eb XOR
			33 xor Gv,Ev XOR
			34 xor AL,Ib XOR
			35 xor rAX,Iz XOR
			38 cmp Eb,Gb CMP
			39 cmp Ev,Gv CMP
			3a cmp Gb,Eb CMP
			3b cmp Gv,Ev CMP
			3c cmp AL,Ib CMP
			3d cmp rAX,Iz CMP
			40-47 inc Zv INC i64
			48-4f dec Zv DEC i64
			50-57 push Zv PUSH d64
			58-5f pop Zv POP d64
			60 pusha - PUSHA i64
			61 popa - POPA i64
			63 movsxd|movsxd|movslq Gv,Ez MOVSX o64
			68 push Iz PUSH d64
			69 imul Gv,Ev,Iz IMUL
			6a push Ib PUSH d64
			6b imul Gv,Ev,Ib IMUL
			70-7f j* Jb JCC f64 cc
			80/0 add Eb,Ib ADD lock
			80/1 or Eb,Ib OR lock
			80/2 adc Eb,Ib ADC lock
			80/3 sbb Eb,Ib SBB lock
			80/4 and Eb,Ib AND lock
			80/5 sub Eb,Ib SUB lock
			80/6 xor Eb,Ib XOR lock
			80/7 cmp Eb,Ib CMP
			81/0 add Ev,Iz ADD lock
			81/1 or Ev,Iz OR lock
			81/2 adc Ev,Iz ADC lock
			81/3 sbb Ev,Iz SBB lock
			81/4 and Ev,Iz AND lock
			81/5 sub Ev,Iz SUB lock
			81/6 xor Ev,Iz XOR lock
			81/7 cmp Ev,Iz CMP
			83/0 add Ev,Ib ADD lock
			83/1 or Ev,Ib OR lock
			83/2 adc Ev,Ib ADC lock
			83/3 sbb Ev,Ib SBB lock
			83/4 and Ev,Ib AND lock
			83/5 sub Ev,Ib SUB lock
			83/6 xor Ev,Ib XOR lock
			83/7 cmp Ev,Ib CMP
			84 test Eb,Gb TEST
			85 test Ev,Gv TEST
			86 xchg Eb,Gb XCHG lock
			87 xchg Ev,Gv XCHG lock
			88 mov Eb,Gb MOV
			89 mov Ev,Gv MOV
			8a mov Gb,Eb MOV
			8b mov Gv,Ev MOV
			8c/0m mov Mw,Sw MOV
			8c/1m mov Mw,Sw MOV
			8c/2m mov Mw,Sw MOV
			8c/3m mov Mw,Sw MOV
			8c/4m mov Mw,Sw MOV
			8c/5m mov Mw,Sw MOV
			8c/0 mov Rv,Sw MOV
			8c/1 mov Rv,Sw MOV
			8c/2 mov Rv,Sw MOV
			8c/3 mov Rv,Sw MOV
			8c/4 mov Rv,Sw MOV
			8c/5 mov Rv,Sw MOV
			8d lea Gv,M LEA
			8e mov Sw,Ew MOV
			8f/0 pop Ev POP d64
			90 nop - NOP
			91-97 xchg Zv,rAX XCHG
			98 cbtw|cwtl|cltq - CONVERT_ACCUMULATOR
			99 cwtd|cltd|cqto - CONVERT_TO_DX
			9a lcall Ap CALL_FAR i64
			9c pushf - PUSHF d64
			9d popf - POPF d64
			9e sahf - SAHF
			9f lahf - LAHF
			a0 mov AL,Ob MOV
			a1 mov rAX,Ov MOV
			a2 mov Ob,AL MOV
			a3 mov Ov,rAX MOV
			a4 movs Yb,Xb MOVS string
			a5 movs Yv,Xv MOVS string
			a6 cmps Xb,Yb CMPS string
			a7 cmps Xv,Yv CMPS string
			a8 test AL,Ib TEST
			a9 test rAX,Iz TEST
			aa stos Yb,AL STOS string
			ab stos Yv,rAX STOS string
			ac lods AL,Xb LODS string
			ad lods rAX,Xv LODS string
			ae scas AL,Yb SCAS string
			af scas rAX,Yv SCAS string
			b0-b7 mov Zb,Ib MOV
			b8-bf mov Zv,Iv MOV
			c0/0 rol Eb,Ib ROL
			c0/1 ror Eb,Ib ROR
			c0/2 rcl Eb,Ib RCL
			c0/3 rcr Eb,Ib RCR
			c0/4 shl Eb,Ib SHL
			c0/5 shr Eb,Ib SHR
			c0/6 shl Eb,Ib SHL
			c0/7 sar Eb,Ib SAR
			c1/0 rol Ev,Ib ROL
			c1/1 ror Ev,Ib ROR
			c1/2 rcl Ev,Ib RCL
			c1/3 rcr Ev,Ib RCR
			c1/4 shl Ev,Ib SHL
			c1/5 shr Ev,Ib SHR
			c1/6 shl Ev,Ib SHL
			c1/7 sar Ev,Ib SAR
			c2 ret Iw RET f64
			c3 ret - RET f64
			c4 les Gv,Mp LOAD_FAR_POINTER i64
			c5 lds Gv,Mp LOAD_FAR_POINTER i64
			c6/0 mov Eb,Ib MOV
			c7/0 mov Ev,Iz MOV
			c8 enter Iw,Ib ENTER d64
			c9 leave - LEAVE d64
			ca lret Iw RET_FAR
			cb lret - RET_FAR
			cc int3 - INT3
			cd int Ib INT
			ce into - INTO i64
			cf iret - IRET
			d0/0 rol Eb,1 ROL
			d0/1 ror Eb,1 ROR
			d0/2 rcl Eb,1 RCL
			d0/3 rcr Eb,1 RCR
			d0/4 shl Eb,1 SHL
			d0/5 shr Eb,1 SHR
			d0/6 shl Eb,1 SHL
			d0/7 sar Eb,1 SAR
			d1/0 rol Ev,1 ROL
			d1/1 ror Ev,1 ROR
			d1/2 rcl Ev,1 RCL
			d1/3 rcr Ev,1 RCR
			d1/4 shl Ev,1 SHL
			d1/5 shr Ev,1 SHR
			d1/6 shl Ev,1 SHL
			d1/7 sar Ev,1 SAR
			d2/0 rol Eb,CL ROL
			d2/1 ror Eb,CL ROR
			d2/2 rcl Eb,CL RCL
			d2/3 rcr Eb,CL RCR
			d2/4 shl Eb,CL SHL
			d2/5 shr Eb,CL SHR
			d2/6 shl Eb,CL SHL
			d2/7 sar Eb,CL SAR
			d3/0 rol Ev,CL ROL
			d3/1 ror Ev,CL ROR
			d3/2 rcl Ev,CL RCL
			d3/3 rcr Ev,CL RCR
			d3/4 shl Ev,CL SHL
			d3/5 shr Ev,CL SHR
			d3/6 shl Ev,CL SHL
			d3/7 sar Ev,CL SAR
			d7 xlat - XLAT
			e0 loopne Jb LOOPNE f64
			e1 loope Jb LOOPE f64
			e2 loop Jb LOOP f64
			e3 jcxz|jecxz|jrcxz Jb JCXZ f64
			e4 in AL,Ib IN
			e5 in eAX,Ib IN
			e6 out Ib,AL OUT
			e7 out Ib,eAX OUT
			e8 call Jz CALL f64
			e9 jmp Jz JMP f64
			ea ljmp Ap JMP_FAR i64
			eb jmp Jb JMP f64
			ec in AL,DX IN
			ed in eAX,DX IN
			ee out DX,AL OUT
			ef out DX,eAX OUT
			f4 hlt - HLT
			f5 cmc - CMC
			f6/0 test Eb,Ib TEST
			f6/1 test Eb,Ib TEST
			f6/2 not Eb NOT lock
			f6/3 neg Eb NEG lock
			f6/4 mul Eb MUL
			f6/5 imul Eb IMUL_WIDE
			f6/6 div Eb DIV
			f6/7 idiv Eb IDIV
			f7/0 test Ev,Iz TEST
			f7/1 test Ev,Iz TEST
			f7/2 not Ev NOT lock
			f7/3 neg Ev NEG lock
			f7/4 mul Ev MUL
			f7/5 imul Ev IMUL_WIDE
			f7/6 div Ev DIV
			f7/7 idiv Ev IDIV
			f8 clc - CLC
			f9 stc - STC
			fa cli - CLI
			fb sti - STI
			fc cld - CLD
			fd std - STD
			fe/0 inc Eb INC lock
			fe/1 dec Eb DEC lock
			ff/0 inc Ev INC lock
			ff/1 dec Ev DEC lock
			ff/2 call Ev CALL f64
			ff/3 lcall Mp CALL_FAR
			ff/4 jmp Ev JMP f64
			ff/5 ljmp Mp JMP_FAR
			ff/6 push Ev PUSH d64
			0f.00/0 sldt Rv SLDT
			0f.00/0m sldt Mw SLDT
			0f.00/1 str Rv STR
			0f.00/1m str Mw STR
			0f.00/2 lldt Ew LLDT
			0f.00/3 ltr Ew LTR
			0f.01/0m sgdt Ms SGDT
			0f.01/1m sidt Ms SIDT
			0f.01/2m lgdt Ms LGDT
			0f.01/3m lidt Ms LIDT
			0f.01/4 smsw Rv SMSW
			0f.01/4m smsw Mw SMSW
			0f.01/6 lmsw Ew LMSW
			0f.01/7m invlpg M INVLPG
			0f.01/7r0 swapgs - SWAPGS o64
			0f.06 clts - CLTS
			0f.08 invd - INVD
			0f.09 wbinvd - WBINVD
			0f.0b ud2 - UD2
			0f.1f/0 nop Ev NOP
			0f.20 mov Ry,Cy MOV mode
			0f.21 mov Ry,Dy MOV mode
			0f.22 mov Cy,Ry MOV mode
			0f.23 mov Dy,Ry MOV mode
			0f.30 wrmsr - WRMSR
			0f.31 rdtsc - RDTSC
			0f.32 rdmsr - RDMSR
			0f.40-4f cmov* Gv,Ev CMOVCC cc
			0f.80-8f j* Jz JCC f64 cc
			0f.90-9f set* Eb SETCC cc
			0f.a0 push FS PUSH d64
			0f.a1 pop FS POP d64
			0f.a2 cpuid - CPUID
			0f.a3 bt Ev,Gv BT
			0f.a4 shld Ev,Gv,Ib SHLD
			0f.a5 shld Ev,Gv,CL SHLD
			0f.a8 push GS PUSH d64
			0f.a9 pop GS POP d64
			0f.ab bts Ev,Gv BTS lock
			0f.ac shrd Ev,Gv,Ib SHRD
			0f.ad shrd Ev,Gv,CL SHRD
			0f.af imul Gv,Ev IMUL
			0f.b0 cmpxchg Eb,Gb CMPXCHG lock
			0f.b1 cmpxchg Ev,Gv CMPXCHG lock
			0f.b2 lss Gv,Mp LOAD_FAR_POINTER
			0f.b3 btr Ev,Gv BTR lock
			0f.b4 lfs Gv,Mp LOAD_FAR_POINTER
			0f.b5 lgs Gv,Mp LOAD_FAR_POINTER
			0f.b6 movzbw|movzbl|movzbq Gv,Eb MOVZX
			0f.b7 movzww|movzwl|movzwq Gv,Ew MOVZX
			0f.ba/4 bt Ev,Ib BT
			0f.ba/5 bts Ev,Ib BTS lock
			0f.ba/6 btr Ev,Ib BTR lock
			0f.ba/7 btc Ev,Ib BTC lock
			0f.bb btc Ev,Gv BTC lock
			0f.bc bsf Gv,Ev BSF
			0f.bd bsr Gv,Ev BSR
			0f.be movsbw|movsbl|movsbq Gv,Eb MOVSX
			0f.bf movsww|movswl|movswq Gv,Ew MOVSX
			0f.c0 xadd Eb,Gb XADD lock
			0f.c1 xadd Ev,Gv XADD lock
			0f.c8-cf bswap Zy BSWAP
			""";

	/** Index: map (0 one-byte, 1 two-byte) * 256 + opcode byte. */
	private final Opcode[] plain = new Opcode[512];
	/** Index: (map * 256 + opcode) * 8 + ModRM.reg; entries apply to both register and memory forms. */
	private final Opcode[] byReg = new Opcode[512 * 8];
	private final Opcode[] memoryOnly = new Opcode[512 * 8];
	/** Index: ((map * 256 + opcode) * 8 + reg) * 8 + rm, register form only. */
	private final Opcode[] registerForms = new Opcode[512 * 64];
	private final boolean[] grouped = new boolean[512];
	private final List<Opcode> all = new ArrayList<>();

	static final OpcodeTable INSTANCE = new OpcodeTable();

	private OpcodeTable() {
		TABLE.lines().forEach(this::add);
	}

	private void add(String line) {
		String[] fields = line.trim().split(" +");
		String key = fields[0];
		int map = key.startsWith("0f.") ? 1 : 0;
		String rest = map == 1 ? key.substring(3) : key;
		String group = null;
		int slash = rest.indexOf('/');
		if (slash >= 0) {
			group = rest.substring(slash + 1);
			rest = rest.substring(0, slash);
		}
		int first = Integer.parseInt(rest.substring(0, 2), 16);
		int last = rest.contains("-") ? Integer.parseInt(rest.substring(3, 5), 16) : first;
		List<OperandSpec> operands = fields[2].equals("-") ? List.of()
				: List.of(fields[2].split(",")).stream().map(OperandSpec::parse).toList();
		Operation operation = Operation.valueOf(fields[3]);
		int attributes = 0;
		for (int i = 4; i < fields.length; i++) {
			attributes |= switch (fields[i]) {
				case "i64" -> Opcode.INVALID_IN_64;
				case "o64" -> Opcode.ONLY_IN_64;
				case "d64" -> Opcode.DEFAULT_64;
				case "f64" -> Opcode.FORCE_64;
				case "lock" -> Opcode.LOCKABLE;
				case "string" -> Opcode.STRING;
				case "mode" -> Opcode.MODE_SIZED;
				case "cc" -> Opcode.CONDITIONAL;
				default -> throw new IllegalStateException("unknown attribute " + fields[i] + " in: " + line);
			};
		}
		Opcode opcode = new Opcode(fields[1], operation, operands, attributes);
		all.add(opcode);
		for (int value = first; value <= last; value++) {
			int index = map * 256 + value;
			if (group == null) {
				plain[index] = opcode;
				continue;
			}
			grouped[index] = true;
			int reg = group.charAt(0) - '0';
			if (group.length() == 1) {
				byReg[index * 8 + reg] = opcode;
			} else if (group.charAt(1) == 'm') {
				memoryOnly[index * 8 + reg] = opcode;
			} else {
				registerForms[(index * 8 + reg) * 8 + (group.charAt(2) - '0')] = opcode;
			}
		}
	}

	/** Whether the opcode's meaning depends on ModRM (a group), so ModRM must be read before the lookup. */
	boolean isGroup(int map, int opcode) {
		return grouped[map * 256 + opcode];
	}

	Opcode plain(int map, int opcode) {
		return plain[map * 256 + opcode];
	}

	Opcode group(int map, int opcode, int mod, int reg, int rm) {
		int index = map * 256 + opcode;
		if (mod == 3) {
			Opcode registerForm = registerForms[(index * 8 + reg) * 8 + rm];
			if (registerForm != null) {
				return registerForm;
			}
		} else if (memoryOnly[index * 8 + reg] != null) {
			return memoryOnly[index * 8 + reg];
		}
		return byReg[index * 8 + reg];
	}

	/** Every row, for coverage checks. */
	List<Opcode> all() {
		return all;
	}
}
