package dev.gasket.lang.structure;

import org.eclipse.emf.ecore.EObject;

/**
 * {@code #include "x.h"}, {@code #include <asm/x.h>} or {@code .include "x.s"}.
 *
 * @param element the directive
 * @param path the path as written, without quotes or angle brackets
 * @param systemHeader written with angle brackets: searched on the include path only, not next to the file
 */
public record Include(EObject element, String path, boolean systemHeader) {
}
