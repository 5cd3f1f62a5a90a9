/**
 * Spring Boot adapter: the report of the gates run at boot, the exception that stops start-up on NO-GO, and the
 * view of the Spring {@code Environment} as readiness settings.
 */
@NullMarked
package dev.readiness.spring;

import org.jspecify.annotations.NullMarked;
