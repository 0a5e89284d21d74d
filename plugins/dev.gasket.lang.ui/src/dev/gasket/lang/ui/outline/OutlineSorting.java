package dev.gasket.lang.ui.outline;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

import dev.gasket.lang.ide.navigation.OutlineEntry;
import dev.gasket.lang.ui.editor.SyntaxStyles;

/**
 * Whether outlines list entries by name or in file order, one choice for the Outline view and the quick outline,
 * kept in this plug-in's preferences.
 */
public final class OutlineSorting {
	public static final String ALPHABETICAL_KEY = "outline.sortAlphabetically";

	private OutlineSorting() {
	}

	public static boolean isAlphabetical() {
		return preferences().getBoolean(ALPHABETICAL_KEY, false);
	}

	public static void setAlphabetical(boolean alphabetical) {
		if (alphabetical) {
			preferences().putBoolean(ALPHABETICAL_KEY, true);
		} else {
			preferences().remove(ALPHABETICAL_KEY);
		}
	}

	/** The comparator for the current choice; file order is the order the outline is computed in, so no comparator. */
	public static ViewerComparator comparator() {
		return isAlphabetical() ? new ByName() : null;
	}

	/** Calls {@code listener} on the changing thread when the choice changes; the returned action stops that. */
	public static Runnable addChangeListener(Runnable listener) {
		IPreferenceChangeListener changes = event -> {
			if (ALPHABETICAL_KEY.equals(event.getKey())) {
				listener.run();
			}
		};
		preferences().addPreferenceChangeListener(changes);
		return () -> preferences().removePreferenceChangeListener(changes);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(SyntaxStyles.PREFERENCES_NODE);
	}

	/** Names ignoring case, ties (as {@code .Ldone} in two sections) by case, then by place in the file. */
	private static final class ByName extends ViewerComparator {
		@Override
		public int compare(Viewer viewer, Object first, Object second) {
			if (first instanceof OutlineEntry one && second instanceof OutlineEntry other) {
				String name = one.symbol().name();
				String otherName = other.symbol().name();
				int byName = String.CASE_INSENSITIVE_ORDER.compare(name, otherName);
				if (byName != 0) {
					return byName;
				}
				int byCase = name.compareTo(otherName);
				return byCase != 0 ? byCase : Integer.compare(one.symbol().offset(), other.symbol().offset());
			}
			return 0;
		}
	}
}
