package dev.gasket.lang.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.gasket.lang.GasmStandaloneSetup;
import dev.gasket.lang.gasm.Program;

/**
 * Parses, links and validates sources the way {@code gasket lint} does: one resource set per fixture, files in
 * memory or on disk.
 */
final class LanguageFixture {
	private static Injector injector;

	private final XtextResourceSet resourceSet;

	LanguageFixture() {
		resourceSet = injector().getInstance(XtextResourceSet.class);
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new GasmStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** A file held in memory; its extension decides whether cpp lines count ({@code .S}) or are comments ({@code .s}). */
	Resource load(String name, String text) {
		Resource resource = resourceSet.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	Program parse(String name, String text) {
		Resource resource = load(name, text);
		assertTrue(resource.getErrors().isEmpty(), () -> "unexpected syntax errors: " + resource.getErrors());
		return (Program) resource.getContents().get(0);
	}

	Program parse(String text) {
		return parse("test.S", text);
	}

	/** Writes {@code text} to {@code file} and loads it from there, so includes and project settings apply. */
	Resource file(Path file, String text) {
		write(file, text);
		return resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	/** Loads a file that is already on disk, such as the example project's sources. */
	Resource existing(Path file) {
		return resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
	}

	/** Writes a file without loading it: a header or a settings file. */
	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<Issue> validate(Resource resource) {
		return injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Validates {@code text} alone, in a resource set of its own, so earlier snippets do not define its symbols. */
	List<Issue> validate(String name, String text) {
		return validate(new LanguageFixture().load(name, text));
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).collect(Collectors.toList());
	}

	static String describe(List<Issue> issues) {
		return issues.stream().map(issue -> issue.getLineNumber() + ": " + issue.getSeverity() + " " + issue.getMessage() + " [" + issue.getCode() + "]")
				.collect(Collectors.joining("\n"));
	}
}
