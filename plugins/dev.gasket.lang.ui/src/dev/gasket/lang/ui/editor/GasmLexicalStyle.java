package dev.gasket.lang.ui.editor;

import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;

/**
 * Token classes the editor can tell apart on every keystroke, before the model is parsed. Each is a colour of the
 * workbench theme (General &gt; Appearance &gt; Colors and Fonts &gt; Gasket Assembly Editor) with a font style the
 * user may change under Gasket &gt; Syntax Coloring, see {@link SyntaxStyles}.
 */
public enum GasmLexicalStyle {
	COMMENT("comment", SWT.ITALIC),
	PREPROCESSOR("preprocessor", SWT.NORMAL),
	STRING("string", SWT.NORMAL),
	NUMBER("number", SWT.NORMAL),
	REGISTER("register", SWT.NORMAL),
	SEGMENT_REGISTER("register.segment", SWT.NORMAL),
	SYSTEM_REGISTER("register.system", SWT.BOLD),
	VECTOR_REGISTER("register.vector", SWT.NORMAL),
	DIRECTIVE("directive", SWT.BOLD),
	LABEL("label", SWT.BOLD),
	LOCAL_LABEL("localLabel", SWT.NORMAL),
	MACRO_PARAMETER("macroParameter", SWT.ITALIC);

	private final String colorId;
	private final int defaultFontStyle;
	private final IToken token = new Token(this);

	GasmLexicalStyle(String name, int defaultFontStyle) {
		this.colorId = "dev.gasket.lang.ui.color." + name;
		this.defaultFontStyle = defaultFontStyle;
	}

	public String colorId() {
		return colorId;
	}

	/** {@link SWT#BOLD} and {@link SWT#ITALIC} bits, until the user chooses otherwise. */
	public int defaultFontStyle() {
		return defaultFontStyle;
	}

	public IToken token() {
		return token;
	}
}
