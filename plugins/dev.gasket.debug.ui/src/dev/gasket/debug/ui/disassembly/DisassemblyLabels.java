package dev.gasket.debug.ui.disassembly;

import java.util.HexFormat;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Display;

import dev.gasket.debug.model.state.DisassembledLine;

/** The Disassembly view's columns: a marker on the instruction at RIP, address, bytes, AT&T text, source line. */
final class DisassemblyLabels {
	/** Marks the current instruction, as the editor's instruction pointer does. */
	static final String CURRENT = "\u25B6";

	private DisassemblyLabels() {
	}

	static void addColumns(TableViewer viewer) {
		column(viewer, "", 24, line -> line.current() ? CURRENT : "");
		column(viewer, "Address", 110, line -> String.format("0x%x", line.address()));
		column(viewer, "Bytes", 170, line -> HexFormat.ofDelimiter(" ").formatHex(line.bytes()));
		column(viewer, "Instruction", 460, DisassembledLine::text);
		column(viewer, "Source", 180, line -> line.location().map(at -> at.file().getFileName() + ":" + at.line()).orElse(""));
	}

	private static void column(TableViewer viewer, String title, int width, Function<DisassembledLine, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DisassembledLine) element);
			}

			@Override
			public Font getFont(Object element) {
				return ((DisassembledLine) element).current() ? JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT)
						: JFaceResources.getTextFont();
			}

			@Override
			public Color getBackground(Object element) {
				return ((DisassembledLine) element).current() ? Display.getCurrent().getSystemColor(SWT.COLOR_INFO_BACKGROUND) : null;
			}
		});
	}
}
