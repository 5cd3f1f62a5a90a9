/**
 * A test kit for users' unit tests: run gates in one line and assert on the report. Depends on no test framework;
 * failures throw {@link java.lang.AssertionError} with the whole report in the message.
 */
@NullMarked
package dev.readiness.testkit;

import org.jspecify.annotations.NullMarked;
