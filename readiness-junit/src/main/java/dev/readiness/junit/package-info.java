/**
 * A production-configuration test for users' own suites: {@link dev.readiness.junit.ProductionConfigCheck}.
 */
@NullMarked
package dev.readiness.junit;

import org.jspecify.annotations.NullMarked;
