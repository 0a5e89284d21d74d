package dev.gasket.lang.ui.model;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

import dev.gasket.lang.ide.GasmIdeSetup;
import dev.gasket.lang.resource.SourceLoader;

/**
 * The one place where an editor's document becomes a parsed, linked Xtext resource. Each parse builds a fresh resource
 * set holding the document's text under its file's URI plus the other sources of the file's project (as their open
 * editors show them, else from disk), so symbols defined elsewhere and {@code #include}d headers resolve as in
 * {@code gasket nav}. Parsing happens on the caller's thread (the reconciler's), one parse at a time per document;
 * readers only ever see a finished parse, and only while it matches the document.
 */
public final class GasmDocumentModel {
	private static final Map<IDocument, GasmDocumentModel> MODELS = new WeakHashMap<>();
	private static final long TURN_POLL_MILLIS = 20;
	private static Injector language;

	/** Weak, as the registry's key: a model must not keep its closed editor's document alive. */
	private final WeakReference<IDocument> document;
	private volatile Snapshot current;
	private final List<Runnable> parseListeners = new CopyOnWriteArrayList<>();
	private final ReentrantLock parsing = new ReentrantLock();

	/** A finished parse of the document as it was at {@code stamp}; queries on it are serialised by its lock. */
	private record Snapshot(XtextResource resource, long stamp) {
	}

	private GasmDocumentModel(IDocument document) {
		this.document = new WeakReference<>(document);
	}

	/** Not under the class's lock, which {@link #language()} holds while the injector is made: the UI thread asks for models. */
	public static GasmDocumentModel of(IDocument document) {
		synchronized (MODELS) {
			return MODELS.computeIfAbsent(document, GasmDocumentModel::new);
		}
	}

	/** The language's services, created once for the workbench. */
	public static synchronized Injector language() {
		if (language == null) {
			language = new GasmIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return language;
	}

	/** Parses and links the document's current text; keeps the previous parse when cancelled or when the text changed meanwhile. */
	public void reparse(CancelIndicator cancel) {
		reparse((resource, stamp) -> null, cancel);
	}

	/**
	 * As {@link #reparse(CancelIndicator)}, then answers {@code query} from the new parse, given with the stamp of the text
	 * it is of, before the parse listeners run, so what the caller shows of the new text (the semantic colours) does not
	 * wait for them. A parse of the same text that another thread finished while this one waited for its turn is used
	 * instead of parsing again.
	 */
	public <T> Optional<T> reparse(BiFunction<XtextResource, Long, T> query, CancelIndicator cancel) {
		return parseAndRead(query, cancel, current);
	}

	/** Parses unless a snapshot other than {@code outdated} matches the text by the time it is this thread's turn. */
	private <T> Optional<T> parseAndRead(BiFunction<XtextResource, Long, T> query, CancelIndicator cancel, Snapshot outdated) {
		IDocument live = document.get();
		if (live == null || !awaitParsingTurn(cancel)) {
			return Optional.empty();
		}
		boolean published;
		try {
			Snapshot latest = current;
			published = !(latest != null && latest != outdated && latest.stamp() == stamp()) && parse(live, cancel);
		} finally {
			parsing.unlock();
		}
		try {
			return cancel.isCanceled() ? Optional.empty() : readWithStamp(query);
		} finally {
			if (published) {
				parseListeners.forEach(Runnable::run);
			}
		}
	}

	/** One parse at a time: a second parse of the same text would only compete with the first for the processors. */
	private boolean awaitParsingTurn(CancelIndicator cancel) {
		try {
			while (!parsing.tryLock(TURN_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				if (cancel.isCanceled()) {
					return false;
				}
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Whether the parse finished for the document's text and became the current one. */
	private boolean parse(IDocument document, CancelIndicator cancel) {
		long stamp = stamp();
		String text = document.get();
		Injector injector = language();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Optional<Path> file = file(document);
		URI uri = file.map(path -> URI.createFileURI(path.toAbsolutePath().normalize().toString())).orElse(URI.createURI("inmemory:/document.S"));
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			file.flatMap(GasmDocumentModel::projectFolder).ifPresent(folder -> loadSources(injector, resourceSet, folder));
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse " + uri + ": " + e.getMessage(), e);
		}
		if (cancel.isCanceled()) {
			return false;
		}
		EcoreUtil2.resolveLazyCrossReferences(resource, cancel);
		if (cancel.isCanceled() || stamp != stamp()) {
			return false;
		}
		current = new Snapshot(resource, stamp);
		return true;
	}

	/**
	 * Runs {@code listener} on the parsing thread after each parse that finished for the document's text at the time, once
	 * the caller that asked for the parse has read from it.
	 */
	public void addParseListener(Runnable listener) {
		parseListeners.add(listener);
	}

	public void removeParseListener(Runnable listener) {
		parseListeners.remove(listener);
	}

	/** Answers {@code query} from the latest parse when it still matches the document's text, else nothing. */
	public <T> Optional<T> read(Function<XtextResource, T> query) {
		return readWithStamp((resource, stamp) -> query.apply(resource));
	}

	private <T> Optional<T> readWithStamp(BiFunction<XtextResource, Long, T> query) {
		Snapshot snapshot = current;
		if (snapshot == null || snapshot.stamp() != stamp()) {
			return Optional.empty();
		}
		synchronized (snapshot) {
			return Optional.ofNullable(query.apply(snapshot.resource(), snapshot.stamp()));
		}
	}

	/** As {@link #read}, but first parses the current text when the latest parse is older than it (or there is none). */
	public <T> Optional<T> readCurrent(Function<XtextResource, T> query, CancelIndicator cancel) {
		Snapshot snapshot = current;
		if (snapshot == null || snapshot.stamp() != stamp()) {
			return parseAndRead((resource, stamp) -> query.apply(resource), cancel, snapshot);
		}
		return read(query);
	}

	/** The document's modification stamp now: a parse answers only for the text of the stamp it was made at. */
	public long stamp() {
		IDocument document = this.document.get();
		return document instanceof IDocumentExtension4 versioned ? versioned.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	/** The file in the file system the document is the contents of, when it has one. */
	public Optional<Path> file() {
		IDocument document = this.document.get();
		return document == null ? Optional.empty() : file(document);
	}

	private static Optional<Path> file(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return Optional.empty();
		}
		IPath location = buffer.getLocation();
		IFile workspaceFile = location == null || location.segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		IPath onDisk = workspaceFile != null && workspaceFile.getLocation() != null ? workspaceFile.getLocation() : location;
		return Optional.ofNullable(onDisk).map(IPath::toPath);
	}

	private static Optional<Path> projectFolder(Path file) {
		for (IFile workspaceFile : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
			IProject project = workspaceFile.getProject();
			if (project.getLocation() != null) {
				return Optional.of(project.getLocation().toPath());
			}
		}
		return Optional.ofNullable(file.getParent());
	}

	/**
	 * Every source of the project folder, skipping dot-folders, as another open editor shows it (unsaved edits
	 * included) or else from disk; one that cannot be read only resolves nothing.
	 */
	private static void loadSources(Injector injector, XtextResourceSet resourceSet, Path folder) {
		List<String> extensions = List.copyOf(injector.getInstance(FileExtensionProvider.class).getFileExtensions());
		SourceLoader loader = injector.getInstance(SourceLoader.class);
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path source : walk.filter(Files::isRegularFile).filter(path -> isSource(folder.relativize(path), extensions)).toList()) {
				try {
					Optional<IFile> workspaceFile = SourceText.workspaceFile(source);
					if (SourceText.isOpen(workspaceFile)) {
						loader.load(resourceSet, source, SourceText.of(source, workspaceFile));
					} else {
						loader.load(resourceSet, source);
					}
				} catch (IOException | CoreException | RuntimeException e) {
					// like an unreadable include: its symbols stay unresolved in the editor
				}
			}
		} catch (IOException e) {
			// a project folder that cannot be listed only leaves the document's own file
		}
	}

	private static boolean isSource(Path relative, List<String> extensions) {
		for (Path segment : relative) {
			if (segment.toString().startsWith(".")) {
				return false;
			}
		}
		String name = relative.getFileName().toString();
		return extensions.contains(name.substring(name.lastIndexOf('.') + 1));
	}
}
