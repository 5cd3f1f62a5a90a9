package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Origin;
import java.util.Set;

/**
 * Example, sample and template files ({@code .env.example}, {@code env.sample}, {@code config.template.yml},
 * {@code parameters.yml.dist}): what they hold is committed for everyone to copy, so a literal secret there is
 * public however random it looks. The sandbox gate asks it too ({@code SwitchedOffTemplates}). Stateless and
 * thread-safe.
 */
public final class ExampleFiles {

    private static final Set<String> WORDS = Set.of("example", "examples", "sample", "samples", "template",
            "templates", "tmpl", "tpl", "dist");

    private ExampleFiles() {
    }

    /**
     * Whether a setting comes from a file whose name says it is an example.
     *
     * @param origin where the value came from
     * @return {@code true} for an example, sample or template file
     */
    public static boolean isExample(Origin origin) {
        return FileNameWords.nameHasWord(origin, WORDS);
    }

    static SecretProblem publishedInUrl(String password) {
        SecretShape shape = SecretValues.shape(password);
        return new SecretProblem("secrets.published-default", shape,
                "carries a literal password in its URL in an example, sample or template file, committed for "
                        + "everyone to copy: public however random it looks (" + SecretStrength.describe(shape) + ")",
                "Keep example files free of real credentials (write a placeholder such as `<password>` in the URL) "
                        + "and inject the real URL from your secret store; rotate this password if it ever served. "
                        + SecretStrength.remediation(SecretPurpose.PASSWORD));
    }

    static SecretProblem published(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.published-default", shape,
                "is a literal secret in an example, sample or template file, committed for everyone to copy: public "
                        + "however random it looks (" + SecretStrength.describe(shape) + ")",
                "Keep example files free of real values (leave the key empty or write a placeholder) and inject the "
                        + "real value from your secret store. " + SecretStrength.remediation(purpose));
    }
}
