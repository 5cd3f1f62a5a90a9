/**
 * The built-in {@code sandbox} gate: finds sandbox, test and local endpoints, test-mode credentials and mode
 * switches in production, and live payment credentials outside it, backed by an extensible provider catalog.
 */
@NullMarked
package dev.readiness.gates.sandbox;

import org.jspecify.annotations.NullMarked;
