/**
 * Actuator integration: the {@code gates} endpoint, the {@code gates} health contributor and Micrometer meters.
 */
@NullMarked
package dev.readiness.spring.actuate;

import org.jspecify.annotations.NullMarked;
