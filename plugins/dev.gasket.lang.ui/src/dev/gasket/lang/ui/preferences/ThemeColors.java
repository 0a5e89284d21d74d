package dev.gasket.lang.ui.preferences;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.themes.ITheme;
import org.eclipse.ui.themes.IThemeManager;

import dev.gasket.lang.ui.preferences.HighlightCategories.Category;

/**
 * Reads and sets a theme colour where Colors and Fonts keeps it: the workbench's preferences, under the colour's id
 * (prefixed by the theme's id for a theme other than the default one). The dark theme's stylesheet sets the same
 * preferences and their defaults, so the default of a colour is the current theme's.
 */
final class ThemeColors {
	private static final String WORKBENCH_NODE = "org.eclipse.ui.workbench";

	private ThemeColors() {
	}

	static RGB current(Category category) {
		RGB rgb = registry().getRGB(category.colorId());
		return rgb == null ? defaultOf(category) : rgb;
	}

	/** What the colour is without a choice of the user: the theme's stylesheet's value, else the declared one. */
	static RGB defaultOf(Category category) {
		String stored = DefaultScope.INSTANCE.getNode(WORKBENCH_NODE).get(key(category.colorId()), null);
		return stored == null ? category.declared() : StringConverter.asRGB(stored, category.declared());
	}

	/** Stores {@code rgb} (the default as no choice at all) and shows it at once. */
	static void set(Category category, RGB rgb) {
		IEclipsePreferences workbench = InstanceScope.INSTANCE.getNode(WORKBENCH_NODE);
		if (rgb.equals(defaultOf(category))) {
			workbench.remove(key(category.colorId()));
		} else {
			workbench.put(key(category.colorId()), StringConverter.asString(rgb));
		}
		registry().put(category.colorId(), rgb);
	}

	private static String key(String colorId) {
		ITheme theme = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme();
		return IThemeManager.DEFAULT_THEME.equals(theme.getId()) ? colorId : theme.getId() + "." + colorId;
	}

	private static ColorRegistry registry() {
		return PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry();
	}
}
