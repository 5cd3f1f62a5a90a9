/**
 * Bean Validation constraints backed by the built-in gates' logic, for users who validate their own
 * {@code @ConfigurationProperties} classes. Needs {@code jakarta.validation-api} on the class path. Constraint
 * messages never include the value.
 */
@NullMarked
package dev.readiness.validation;

import org.jspecify.annotations.NullMarked;
