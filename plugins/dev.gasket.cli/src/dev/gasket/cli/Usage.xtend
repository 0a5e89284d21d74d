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
				«row(command, width)»
			«ENDFOR»

			Exit status: 0 success, 1 problems found, 2 usage or input error.
		'''
	}

	/** Built as a string: a rich string would take the leading spaces for template indentation. */
	def private static row(Subcommand command, int width) {
		val synopsis = command.synopsis + ' '.repeat(width - command.synopsis.length)
		val status = if (command.available) '' else ' (not yet implemented)'
		'  ' + synopsis + '  ' + command.summary + status
	}
}
