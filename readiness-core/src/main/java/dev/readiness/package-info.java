/**
 * The readiness API: {@link dev.readiness.Gate gates}, the {@link dev.readiness.Readiness runner} and its
 * {@link dev.readiness.Report report}.
 */
@NullMarked
package dev.readiness;

import org.jspecify.annotations.NullMarked;
