package dev.gasket.lang.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.graphics.RGB;

/**
 * The editor's highlight colours as plugin.xml declares them for the theme ({@code org.eclipse.ui.themes}, category
 * {@value #CATEGORY}), so the Syntax Coloring page lists exactly what Colors and Fonts lists, in the same words.
 */
public final class HighlightCategories {
	public static final String CATEGORY = "dev.gasket.lang.ui.colors";

	/**
	 * @param colorId the theme colour's id
	 * @param label what the user is shown
	 * @param declared the colour plugin.xml declares, the light default
	 */
	public record Category(String colorId, String label, RGB declared) {
	}

	private HighlightCategories() {
	}

	/** In declaration order. */
	public static List<Category> all() {
		List<Category> categories = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.themes")) {
			if ("colorDefinition".equals(element.getName()) && CATEGORY.equals(element.getAttribute("categoryId"))) {
				categories.add(new Category(element.getAttribute("id"), element.getAttribute("label"),
						StringConverter.asRGB(element.getAttribute("value"), new RGB(0, 0, 0))));
			}
		}
		return categories;
	}
}
