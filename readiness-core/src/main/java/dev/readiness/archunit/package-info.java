/**
 * ArchUnit rules for users' own tests: entities declare their tenant key, and repository queries on tenant-scoped
 * entities take it. Needs {@code com.tngtech.archunit:archunit} on the test class path (an optional dependency of
 * readiness-core); never Spring or JPA, whose types are recognised by name.
 */
@NullMarked
package dev.readiness.archunit;

import org.jspecify.annotations.NullMarked;
