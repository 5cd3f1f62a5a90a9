/**
 * Bean Validation constraints backed by the built-in gates' logic, for applications that validate their own
 * configuration classes (for example Spring's {@code @ConfigurationProperties} with Hibernate Validator). Their
 * messages never include the value. Needs {@code jakarta.validation-api} on the class path.
 */
@NullMarked
package dev.readiness.validation;

import org.jspecify.annotations.NullMarked;
