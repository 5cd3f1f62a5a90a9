/**
 * A YAML node tree with line and column of every node, read with SnakeYAML (an optional dependency) as Spring Boot
 * reads YAML; the settings readers and the deploy-manifest readers build on it.
 */
@NullMarked
package dev.readiness.settings.yaml;

import org.jspecify.annotations.NullMarked;
