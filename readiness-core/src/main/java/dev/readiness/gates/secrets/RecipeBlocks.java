package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.internal.GoverningComments;
import dev.readiness.settings.Setting;

/**
 * Settings a Symfony Flex recipe wrote: Flex fences what a recipe adds to the committed {@code .env} between
 * {@code ###> vendor/package ###} and {@code ###< vendor/package ###}, and the values inside are the defaults every
 * checkout shares ({@code APP_SECRET} is generated once, when the recipe is installed, and committed with the file).
 * A literal secret under such a fence passes for a team's own value however random it looks, but it is public with the
 * repository. It is reported as a WARN: a deployment's uncommitted copy ({@code .env.local},
 * {@code .env.prod.local}) is not judged, and a file that copies the fences with fresh values must not be stopped.
 * Stateless.
 */
final class RecipeBlocks {

    /** What is left of {@code ###> vendor/package ###} once the comment's markers are read off. */
    private static final String OPEN = "> ";
    private static final String CLOSE = " ###";

    private RecipeBlocks() {
    }

    /**
     * Whether a setting is governed by a Flex recipe's opening fence in a file that is not a local override.
     *
     * @param setting the setting
     * @return {@code true} for a recipe's committed default
     */
    static boolean writtenByRecipe(Setting setting) {
        String comment = GoverningComments.of(setting);
        if (comment.indexOf(OPEN) < 0) {
            return false;
        }
        for (String line : comment.split("\n")) {
            if (isFence(line.trim())) {
                return !FileNameWords.fileName(setting.origin()).endsWith(".local");
            }
        }
        return false;
    }

    private static boolean isFence(String line) {
        if (!line.startsWith(OPEN) || !line.endsWith(CLOSE) || line.length() <= OPEN.length() + CLOSE.length()) {
            return false;
        }
        String name = line.substring(OPEN.length(), line.length() - CLOSE.length()).trim();
        int slash = name.indexOf('/');
        return slash > 0 && slash < name.length() - 1 && name.indexOf(' ') < 0;
    }

    static SecretProblem recipeDefault(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.recipe-default", shape,
                "is a literal secret inside a Symfony Flex recipe block, the defaults the committed .env shares with "
                        + "every checkout: public with the repository, however random it looks ("
                        + SecretStrength.describe(shape) + ")",
                "Keep the committed .env's value for development only and set the production value as a real "
                        + "environment variable, in .env.prod.local, or with `bin/console secrets:set`; rotate this "
                        + "one if it ever served in production. " + SecretStrength.remediation(purpose));
    }
}
