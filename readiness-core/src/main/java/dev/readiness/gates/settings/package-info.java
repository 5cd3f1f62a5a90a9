/**
 * The {@code settings} gate: keys a service declares it cannot run without, each reported when missing, blank or
 * an unresolved placeholder.
 */
@NullMarked
package dev.readiness.gates.settings;

import org.jspecify.annotations.NullMarked;
