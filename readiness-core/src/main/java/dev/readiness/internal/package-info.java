/**
 * Implementation details of the runner; not API, may change in any release.
 */
@NullMarked
package dev.readiness.internal;

import org.jspecify.annotations.NullMarked;
