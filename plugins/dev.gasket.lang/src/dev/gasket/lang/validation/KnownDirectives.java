package dev.gasket.lang.validation;

import java.util.Set;

/**
 * The directives GNU as accepts for x86 ELF targets; anything else is most likely a typo.
 */
public final class KnownDirectives {
	private static final Set<String> NAMES = Set.of(".abort", ".align", ".altmacro", ".ascii", ".asciz", ".att_syntax",
			".att_mnemonic", ".balign", ".balignl", ".balignw", ".base64", ".bfloat16", ".bss", ".bundle_align_mode",
			".bundle_lock", ".bundle_unlock", ".byte", ".code16", ".code16gcc", ".code32", ".code64", ".comm", ".data",
			".dc", ".dcb", ".def", ".desc", ".dim", ".double", ".eject", ".else", ".elseif", ".end", ".endef",
			".endfunc", ".endif", ".endm", ".endr", ".equ", ".equiv", ".eqv", ".err", ".error", ".exitm", ".extern",
			".fail", ".file", ".fill", ".float", ".func", ".global", ".globl", ".gnu_attribute", ".hfloat", ".hidden",
			".hword", ".ident", ".if", ".ifb", ".ifc", ".ifdef", ".ifeq", ".ifeqs", ".ifge", ".ifgt", ".ifle", ".iflt",
			".ifnb", ".ifnc", ".ifndef", ".ifne", ".ifnes", ".ifnotdef", ".incbin", ".include", ".insn", ".int",
			".intel_mnemonic", ".intel_syntax", ".internal", ".irp", ".irpc", ".largecomm", ".lcomm", ".lflags", ".line",
			".linkonce", ".list", ".ln", ".loc", ".loc_mark_labels", ".local", ".long", ".macro", ".mri", ".noaltmacro",
			".nolist", ".nop", ".nops", ".octa", ".offset", ".operand_check", ".org", ".p2align", ".p2alignl",
			".p2alignw", ".popsection", ".previous", ".print", ".protected", ".psize", ".purgem", ".pushsection", ".quad",
			".reloc", ".rept", ".sbttl", ".scl", ".section", ".set", ".short", ".single", ".size", ".skip", ".sleb128",
			".space", ".sse_check", ".stabd", ".stabn", ".stabs", ".string", ".string16", ".string32", ".string64",
			".string8", ".struct", ".subsection", ".symver", ".tag", ".text", ".tfloat", ".title", ".type", ".uleb128",
			".val", ".value", ".version", ".vtable_entry", ".vtable_inherit", ".warning", ".weak", ".weakref", ".word",
			".zero", ".2byte", ".4byte", ".8byte", ".arch", ".slong", ".dfloat", ".attach_to_group");

	private KnownDirectives() {
	}

	/** The directive names, lower case with the dot; the {@code .cfi_*} and {@code .seh_*} families are not listed. */
	public static Set<String> names() {
		return NAMES;
	}

	static boolean isKnown(String directive) {
		String name = directive.toLowerCase();
		return NAMES.contains(name) || name.startsWith(".cfi_") || name.startsWith(".seh_");
	}
}
