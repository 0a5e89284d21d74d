package dev.gasket.lang.ui.editor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;

/**
 * Bold and italic of each highlight colour, as the user set them under Gasket &gt; Syntax Coloring (stored in this
 * plug-in's instance preferences, a key only where the choice differs from the default). The colours themselves are
 * theme colours; {@link #addChangeListener} reports changes of either, so open editors redraw at once.
 */
public final class SyntaxStyles {
	/** This plug-in's preference node. */
	public static final String PREFERENCES_NODE = "dev.gasket.lang.ui";
	private static final String COLOR_PREFIX = "dev.gasket.lang.ui.color.";
	private static final Map<String, Integer> FONT_STYLES = new ConcurrentHashMap<>();
	private static boolean cacheWatched;

	private SyntaxStyles() {
	}

	public static String boldKey(String colorId) {
		return colorId + ".bold";
	}

	public static String italicKey(String colorId) {
		return colorId + ".italic";
	}

	/** {@link SWT#BOLD} and {@link SWT#ITALIC} bits of the colour {@code colorId} now. */
	public static int fontStyle(String colorId) {
		clearCacheOnChange();
		return FONT_STYLES.computeIfAbsent(colorId, id -> {
			int defaults = defaultFontStyle(id);
			IEclipsePreferences preferences = preferences();
			boolean bold = preferences.getBoolean(boldKey(id), (defaults & SWT.BOLD) != 0);
			boolean italic = preferences.getBoolean(italicKey(id), (defaults & SWT.ITALIC) != 0);
			return (bold ? SWT.BOLD : SWT.NORMAL) | (italic ? SWT.ITALIC : SWT.NORMAL);
		});
	}

	/** The lexical styles' own defaults, italic for unresolved names; the semantic colours are plain. */
	public static int defaultFontStyle(String colorId) {
		for (GasmLexicalStyle style : GasmLexicalStyle.values()) {
			if (style.colorId().equals(colorId)) {
				return style.defaultFontStyle();
			}
		}
		return GasmSemanticStyle.UNRESOLVED.equals(colorId) ? SWT.ITALIC : SWT.NORMAL;
	}

	/** Stores a font style; the default is stored as no key at all. */
	public static void setFontStyle(String colorId, int fontStyle) {
		int defaults = defaultFontStyle(colorId);
		IEclipsePreferences preferences = preferences();
		store(preferences, boldKey(colorId), (fontStyle & SWT.BOLD) != 0, (defaults & SWT.BOLD) != 0);
		store(preferences, italicKey(colorId), (fontStyle & SWT.ITALIC) != 0, (defaults & SWT.ITALIC) != 0);
	}

	private static void store(IEclipsePreferences preferences, String key, boolean value, boolean defaultValue) {
		if (value == defaultValue) {
			preferences.remove(key);
		} else {
			preferences.putBoolean(key, value);
		}
	}

	/**
	 * Calls {@code listener} after a highlight colour of the theme or a font style changed, on the thread that changed
	 * it; the returned action stops that.
	 */
	public static Runnable addChangeListener(Runnable listener) {
		ColorRegistry colors = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
		IPropertyChangeListener colorListener = event -> {
			if (event.getProperty().startsWith(COLOR_PREFIX)) {
				listener.run();
			}
		};
		IPreferenceChangeListener styleListener = event -> {
			FONT_STYLES.clear();
			listener.run();
		};
		colors.addListener(colorListener);
		preferences().addPreferenceChangeListener(styleListener);
		return () -> {
			colors.removeListener(colorListener);
			preferences().removePreferenceChangeListener(styleListener);
		};
	}

	private static synchronized void clearCacheOnChange() {
		if (!cacheWatched) {
			preferences().addPreferenceChangeListener(event -> FONT_STYLES.clear());
			cacheWatched = true;
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCES_NODE);
	}
}
