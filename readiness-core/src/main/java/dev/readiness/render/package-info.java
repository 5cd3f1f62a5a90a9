/**
 * Renderings of a {@link dev.readiness.Report}: text for people, JSON for machines, SARIF for code scanning.
 */
@NullMarked
package dev.readiness.render;

import org.jspecify.annotations.NullMarked;
