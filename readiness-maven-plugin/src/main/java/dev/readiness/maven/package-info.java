/**
 * The readiness Maven plugin: goal {@code check}, which judges the project's configuration like the CLI's
 * {@code --app} and fails the build on NO-GO.
 */
@NullMarked
package dev.readiness.maven;

import org.jspecify.annotations.NullMarked;
