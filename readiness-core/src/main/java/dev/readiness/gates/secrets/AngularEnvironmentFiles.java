package dev.readiness.gates.secrets;

import dev.readiness.settings.Origin;
import java.util.List;
import java.util.Set;

/**
 * Angular's environment files ({@code src/environments/environment.ts}, {@code environment.prod.ts},
 * {@code environment.production.ts}, also flattened to properties with their name kept:
 * {@code web-src-environments-environment-prod-ts.properties}): the Angular CLI swaps the stage's file in and compiles
 * it into the JavaScript every visitor downloads, as a bundler does with {@code NEXT_PUBLIC_} and {@code VITE_}
 * variables. A secret written there is published with the site ({@link BrowserSecrets#bundledLiteral}). Stateless.
 */
final class AngularEnvironmentFiles {

    private static final Set<String> ENVIRONMENT = Set.of("environment");
    private static final Set<String> FLATTENED_EXTENSIONS = Set.of("properties", "env", "json", "yml", "yaml");

    private AngularEnvironmentFiles() {
    }

    /**
     * Whether a setting comes from an Angular environment file: a word of its name is {@code environment} and its
     * last word, after a flattened file's own extension, is {@code ts}.
     *
     * @param origin where the value came from
     * @return {@code true} for an Angular environment file
     */
    static boolean isEnvironmentFile(Origin origin) {
        if (origin.file().isEmpty() || !FileNameWords.nameHasWord(origin, ENVIRONMENT)) {
            return false;
        }
        List<String> words = FileNameWords.stemWords(FileNameWords.fileName(origin), FLATTENED_EXTENSIONS);
        return words.size() > 1 && words.get(words.size() - 1).equals("ts");
    }
}
