package dev.gasket.cli

/**
 * The text of {@code gasket --help}.
 */
class Usage {

	def static String text(Iterable<Subcommand> commands) {
		val width = commands.map[synopsis.length].max
		'''
			Usage: gasket <command> [arguments]

			GNU assembler (AT&T syntax) x86 and x86-64 tooling: the engine of the Gasket IDE, headless.

			Commands:
			«FOR command : commands»
				«command.synopsis.padRight(width)»  «command.summary»«IF !command.available» (not yet implemented)«ENDIF»
			«ENDFOR»

			Exit status: 0 success, 1 problems found, 2 usage or input error.
		'''
	}

	def private static padRight(String text, int width) {
		text + ' '.repeat(width - text.length)
	}
}
