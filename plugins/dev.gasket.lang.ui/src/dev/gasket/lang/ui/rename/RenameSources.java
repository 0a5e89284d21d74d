package dev.gasket.lang.ui.rename;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

import dev.gasket.lang.ui.model.GasmDocumentModel;
import dev.gasket.lang.ui.model.SourceText;

/**
 * The sources a rename reads: the files the editor's document model parses with a document (its project's sources),
 * parsed and linked together, each file's text taken from its open editor's buffer when it has one, saved or not, as
 * the edits will be applied to that text.
 */
final class RenameSources {
	private final XtextResourceSet resourceSet;
	private final Map<URI, IFile> workspaceFiles;

	private RenameSources(XtextResourceSet resourceSet, Map<URI, IFile> workspaceFiles) {
		this.resourceSet = resourceSet;
		this.workspaceFiles = workspaceFiles;
	}

	/** Reads the sources parsed with {@code document}, the contents of a workspace file; empty when it cannot be parsed now. */
	static Optional<RenameSources> read(IDocument document, CancelIndicator cancel) throws CoreException {
		Optional<List<URI>> uris = GasmDocumentModel.of(document)
				.readCurrent(resource -> resource.getResourceSet().getResources().stream().map(Resource::getURI).toList(), cancel);
		if (uris.isEmpty()) {
			return Optional.empty();
		}
		Injector language = GasmDocumentModel.language();
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		Map<URI, IFile> workspaceFiles = new LinkedHashMap<>();
		for (URI uri : uris.get()) {
			Optional<IFile> file = workspaceFile(uri);
			file.ifPresent(found -> workspaceFiles.put(uri, found));
			XtextResource resource = (XtextResource) language.getInstance(IResourceFactory.class).createResource(uri);
			resourceSet.getResources().add(resource);
			try {
				resource.load(new LazyStringInputStream(text(uri, file), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot read " + uri.toFileString() + ": " + e.getMessage(), e));
			}
		}
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			EcoreUtil2.resolveLazyCrossReferences(resource, cancel);
		}
		return Optional.of(new RenameSources(resourceSet, workspaceFiles));
	}

	List<Resource> resources() {
		return List.copyOf(resourceSet.getResources());
	}

	Optional<XtextResource> resourceOf(IFile file) {
		return workspaceFiles.entrySet().stream().filter(entry -> entry.getValue().equals(file)).findFirst()
				.map(entry -> (XtextResource) resourceSet.getResource(entry.getKey(), false));
	}

	/** The workspace file a parsed source is, when it is one (a header outside the workspace is not). */
	Optional<IFile> workspaceFileOf(URI uri) {
		return Optional.ofNullable(workspaceFiles.get(uri)).or(() -> workspaceFile(uri));
	}

	Resource resource(URI uri) {
		return resourceSet.getResource(uri, true);
	}

	/** The text a source was parsed from. */
	String textOf(URI uri) {
		return resource(uri) instanceof XtextResource parsed && parsed.getParseResult() != null ? parsed.getParseResult().getRootNode().getText() : "";
	}

	/** Whether a source's text (its editor's or on disk) is still the one parsed. */
	boolean unchanged(URI uri) throws CoreException {
		try {
			return text(uri, workspaceFileOf(uri)).equals(textOf(uri));
		} catch (IOException e) {
			return false;
		}
	}

	/** The linker-visible names of every parsed source, for the clash check. */
	IResourceDescriptions index() {
		return GasmDocumentModel.language().getInstance(ResourceDescriptionsProvider.class).getResourceDescriptions(resourceSet);
	}

	private static Optional<IFile> workspaceFile(URI uri) {
		return uri.isFile() ? SourceText.workspaceFile(Path.of(uri.toFileString())) : Optional.empty();
	}

	private static String text(URI uri, Optional<IFile> file) throws IOException, CoreException {
		return SourceText.of(Path.of(uri.toFileString()), file);
	}
}
