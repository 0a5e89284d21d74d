package dev.gasket.cli

/**
 * The text of {@code gasket --help}.
 */
class Usage {

	def static String text(Iterable<Subcommand> commands) {
		'''
			Usage: gasket <command> [arguments]

			GNU assembler (AT&T syntax) x86 and x86-64 tooling: the engine of the Gasket IDE, headless.

			Commands:
			«FOR command : commands»
				«synopsis(command)»
				«summary(command)»
			«ENDFOR»

			Exit status: 0 success, 1 problems found, 2 usage or input error (run: also a build error), 3 triple fault (run).
		'''
	}

	/** Built as strings: a rich string would take the leading spaces for template indentation. */
	def private static synopsis(Subcommand command) {
		'  ' + command.synopsis
	}

	def private static summary(Subcommand command) {
		'      ' + command.summary
	}
}
