package dev.gasket.debug.ui.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * An ordered list of paths with buttons to add workspace resources or file-system paths and to remove the selected
 * ones: the sources (files) and include directories (folders) of the Program tab.
 */
final class PathListField {
	static final String[] SOURCE_EXTENSIONS = { "*.S;*.s;*.sx", "*" };

	private final org.eclipse.swt.widgets.List list;
	private final boolean folders;
	private final Runnable changed;

	PathListField(Composite parent, String label, boolean folders, Runnable changed) {
		this.folders = folders;
		this.changed = changed;
		Label title = TabWidgets.label(parent, label);
		title.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		list = new org.eclipse.swt.widgets.List(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = list.getItemHeight() * 4;
		list.setLayoutData(data);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 0;
		layout.marginWidth = 0;
		buttons.setLayout(layout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		TabWidgets.button(buttons, "Workspace...", this::addFromWorkspace);
		TabWidgets.button(buttons, "File System...", this::addFromFileSystem);
		TabWidgets.button(buttons, "Remove", this::removeSelected);
	}

	List<String> entries() {
		return List.of(list.getItems());
	}

	void setEntries(List<String> entries) {
		list.setItems(entries.toArray(String[]::new));
	}

	void add(List<String> paths) {
		List<String> known = new ArrayList<>(entries());
		paths.stream().filter(path -> !known.contains(path)).forEach(path -> {
			known.add(path);
			list.add(path);
		});
		changed.run();
	}

	private void addFromWorkspace() {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(list.getShell(), new WorkbenchLabelProvider(),
				new BaseWorkbenchContentProvider());
		dialog.setTitle(folders ? "Include Directories" : "Source Files");
		dialog.setMessage(folders ? "Choose folders searched for #include and .include:" : "Choose assembly sources:");
		dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
		dialog.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return element instanceof IContainer || !folders && isSource(element);
			}
		});
		dialog.setValidator(selection -> Arrays.stream(selection).allMatch(element -> folders ? element instanceof IContainer : element instanceof IFile)
				? Status.OK_STATUS
				: Status.error(folders ? "Choose folders" : "Choose files"));
		if (dialog.open() == ElementTreeSelectionDialog.OK) {
			add(Arrays.stream(dialog.getResult()).map(IResource.class::cast).map(StoredPaths::of).toList());
		}
	}

	private void addFromFileSystem() {
		if (folders) {
			String folder = new DirectoryDialog(list.getShell()).open();
			if (folder != null) {
				add(List.of(folder));
			}
			return;
		}
		FileDialog dialog = new FileDialog(list.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(SOURCE_EXTENSIONS);
		if (dialog.open() != null) {
			add(Arrays.stream(dialog.getFileNames()).map(name -> StoredPaths.of(Path.of(dialog.getFilterPath(), name))).toList());
		}
	}

	private void removeSelected() {
		list.remove(list.getSelectionIndices());
		changed.run();
	}

	private static boolean isSource(Object element) {
		return element instanceof IFile file && List.of("s", "S", "sx").contains(file.getFileExtension());
	}
}
