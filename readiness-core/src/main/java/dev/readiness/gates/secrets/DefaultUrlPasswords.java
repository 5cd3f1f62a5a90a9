package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Optional;

/**
 * A password written into a URL that is the default of a reference to the environment in a file
 * ({@code quarkus.redis.hosts=${REDIS_HOSTS:redis://:s3cr3t-value@redis:6379}},
 * {@code url: ${REDIS_URL:redis://:1234@localhost:6379}}): whoever runs the file without setting the variable
 * connects with it, and everyone who has the file has it, as {@link ReferenceDefaults} says of a secret key's default.
 * The key names no secret, so no other secrets rule reads the password; it is published however random it looks,
 * and its weakness, if any, is told with it. A password that is itself a reference
 * ({@code redis://:${REDIS_PASSWORD}@redis:6379}) is judged where it is supplied. Stateless.
 */
final class DefaultUrlPasswords {

    private DefaultUrlPasswords() {
    }

    /**
     * The {@code secrets.published-default} problem of a literal password in the URL a reference's default gives.
     *
     * @param setting the setting, read for how its value is written
     * @param value its effective value, the default
     * @param judge how passwords are judged
     * @return the problem, or empty when the value is no reference's default or its URL carries no literal password
     */
    static Optional<SecretProblem> published(Setting setting, String value, SecretStrength judge) {
        if (!ReferenceDefaults.isDefaultInFile(setting)) {
            return Optional.empty();
        }
        Optional<String> literal = UrlPasswords.password(value)
                .filter(password -> !password.isBlank() && password.indexOf('$') < 0 && password.indexOf('{') < 0
                        && judge.isLiteralSecret(password));
        if (literal.isEmpty()) {
            return Optional.empty();
        }
        List<SecretProblem> problems = judge.assess(literal.get(), SecretPurpose.PASSWORD);
        SecretShape shape = SecretValues.shape(literal.get());
        String weakness = problems.isEmpty() ? "" : "; the password itself " + problems.get(0).message();
        return Optional.of(new SecretProblem("secrets.published-default", shape,
                "carries a literal password in the URL that is the default of its ${…} reference, which the project "
                        + "ships for everyone: it connects wherever that variable is unset, and everyone who has the "
                        + "file has it (" + SecretStrength.describe(shape) + ")" + weakness,
                "Drop the default (`${NAME}`) or write the URL without its password, supply the password from your "
                        + "secret store, and rotate this one. "
                        + SecretStrength.remediation(SecretPurpose.PASSWORD)));
    }
}
