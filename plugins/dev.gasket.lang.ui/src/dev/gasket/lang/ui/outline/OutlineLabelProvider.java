package dev.gasket.lang.ui.outline;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ide.navigation.SymbolLocation;
import dev.gasket.lang.ide.navigation.SymbolOutline;
import dev.gasket.lang.symbols.SymbolKind;
import dev.gasket.lang.ui.editor.GasmLexicalStyle;
import dev.gasket.lang.ui.editor.GasmSemanticStyle;

/**
 * An entry's name, kind and size ({@code tr_cr4 : data, 4 bytes}), with a dot in the colour the editor gives that kind
 * of symbol, so the outline and the text read alike; a section's node has a square in the directives' colour.
 */
final class OutlineLabelProvider extends LabelProvider {
	private static final int ICON_SIZE = 16;

	private final Map<String, Image> icons = new HashMap<>();

	@Override
	public String getText(Object element) {
		if (!(element instanceof OutlineEntry entry)) {
			return "";
		}
		SymbolLocation symbol = entry.symbol();
		String size = symbol.size().isPresent() ? ", " + symbol.size().getAsLong() + " bytes" : "";
		return symbol.name() + " : " + symbol.kind() + size;
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof OutlineEntry entry ? icons.computeIfAbsent(entry.symbol().kind(), OutlineLabelProvider::dot) : null;
	}

	@Override
	public void dispose() {
		icons.values().forEach(Image::dispose);
		icons.clear();
		super.dispose();
	}

	private static Image dot(String kind) {
		RGB rgb = PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry().getRGB(colorId(kind));
		RGB fill = rgb == null ? new RGB(0, 0, 0) : rgb;
		boolean square = SymbolOutline.SECTION.equals(kind);
		return new Image(Display.getCurrent(), (ImageDataProvider) zoom -> dotData(fill, ICON_SIZE * zoom / 100, square));
	}

	/** A filled circle (or square) of {@code fill}, transparent around it. */
	private static ImageData dotData(RGB fill, int size, boolean square) {
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int pixel = data.palette.getPixel(fill);
		double radius = size * 0.3;
		double centre = (size - 1) / 2.0;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				data.setPixel(x, y, pixel);
				double dx = Math.abs(x - centre);
				double dy = Math.abs(y - centre);
				boolean inside = square ? Math.max(dx, dy) <= radius : Math.hypot(dx, dy) <= radius;
				data.setAlpha(x, y, inside ? 255 : 0);
			}
		}
		return data;
	}

	private static String colorId(String kind) {
		return switch (kind) {
			case "code" -> GasmSemanticStyle.kindColor(SymbolKind.CODE);
			case "data" -> GasmSemanticStyle.kindColor(SymbolKind.DATA);
			case "constant" -> GasmSemanticStyle.kindColor(SymbolKind.CONSTANT);
			case "common" -> GasmSemanticStyle.kindColor(SymbolKind.COMMON);
			case "macro", "cpp-macro" -> GasmSemanticStyle.MACRO;
			case SymbolOutline.SECTION -> GasmLexicalStyle.DIRECTIVE.colorId();
			default -> GasmSemanticStyle.kindColor(SymbolKind.LABEL);
		};
	}
}
