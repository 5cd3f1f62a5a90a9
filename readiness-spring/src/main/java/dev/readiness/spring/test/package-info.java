/**
 * Test helpers for users' MockMvc tests: cross-tenant access must answer 404. Needs {@code spring-test} and
 * {@code spring-webmvc} on the test class path (optional dependencies of readiness-spring).
 */
@NullMarked
package dev.readiness.spring.test;

import org.jspecify.annotations.NullMarked;
