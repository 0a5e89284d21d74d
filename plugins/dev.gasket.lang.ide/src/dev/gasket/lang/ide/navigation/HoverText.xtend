package dev.gasket.lang.ide.navigation

import dev.gasket.lang.instructions.InstructionInfo
import dev.gasket.lang.instructions.ModeValidity
import dev.gasket.lang.instructions.X86Register
import dev.gasket.lang.instructions.X86Register.RegisterClass

/**
 * The hover texts: for an instruction its description and forms, for a symbol what it is, its section and where it
 * is defined, for a register its class and width.
 */
class HoverText {

	def static String instruction(String written, InstructionInfo info) '''
		«written» («info.family»«IF info.modes == ModeValidity.NOT_64_BIT», not in 64-bit code«ELSEIF info.modes == ModeValidity.ONLY_64_BIT», 64-bit code only«ENDIF»)
		«info.description»
		Forms: «FOR form : info.forms SEPARATOR ' | '»«form.describe»«ENDFOR»
	'''

	def static String symbol(SymbolLocation definition, String section, String definitionText) '''
		«definition.kind» «definition.name»«IF definition.size.present», «definition.size.asLong» «IF definition.size.asLong == 1»byte«ELSE»bytes«ENDIF»«ENDIF», in «section»
		defined at «definition.uri.lastSegment»:«definition.line»: «definitionText»
	'''

	def static String register(X86Register register) '''
		«register.name»: «describe(register.registerClass)» register, «register.widthInBits» bits«IF register.onlyIn64BitMode», 64-bit code only«ENDIF»
	'''

	def private static String describe(RegisterClass registerClass) {
		switch registerClass {
			case GENERAL: 'general-purpose'
			case INSTRUCTION_POINTER: 'instruction pointer'
			case X87, case MMX, case XMM, case YMM, case ZMM: registerClass.name
			default: registerClass.name.toLowerCase
		}
	}
}
