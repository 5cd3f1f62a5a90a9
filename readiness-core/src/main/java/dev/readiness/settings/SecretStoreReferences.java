package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Whole values that name an entry of a secret store, which a launcher or the platform replaces with the secret before
 * the service reads it: 1Password's secret references ({@code op://Production/PostgreSQL/connection_url}, filled by
 * {@code op run --env-file}), Bank-Vaults' and similar injectors' Vault paths
 * ({@code vault:secret/data/accounts/aws#AWS_SECRET_ACCESS_KEY}), Berglas' Cloud Storage and Secret Manager references
 * ({@code berglas://bucket/db-password}, {@code sm://project/db-password}, an AWS secret's ARN after {@code sm://})
 * and CloudFormation's dynamic references
 * ({@code {{resolve:secretsmanager:prod/db:SecretString:password}}}), Tyk's and Ory's {@code env://NAME}, and a
 * platform's secret expressions
 * ({@code {{ secrets.HASURA_GRAPHQL_ADMIN_SECRET }}}, {@link PlatformSecretExpressions}). Home Assistant's and ESPHome's
 * {@code !secret wifi_password} is {@link YamlLookUpTags}'s. Read from a file they are not the value that will
 * run, so they are deferred like an unset {@code ${X}}; a service that reads one at start-up was launched without its
 * injector, which the boot check sees as the literal text. A value that only mentions such a form
 * ({@code see op://vault/item}) or a host named {@code vault} ({@code vault:8200}) is no reference. Stateless.
 */
final class SecretStoreReferences {

    private SecretStoreReferences() {
    }

    /**
     * What supplies a value that is a secret store reference as a whole.
     *
     * @param value the value as written
     * @return a description of the store that supplies it (never the reference itself), or {@code null} when the value
     *         is no such reference
     */
    static @Nullable String suppliedBy(String value) {
        int length = value.length();
        if (length < 8) {
            return null;
        }
        return switch (value.charAt(0)) {
            case 'o' -> isOnePassword(value) ? "a 1Password secret reference filled in by op run" : null;
            case 'v' -> isVaultPath(value) ? "a Vault secret path filled in by the injector that launches the service"
                    : null;
            case 'b' -> value.startsWith("berglas://") && isStorePath(value, 10)
                    ? "a Berglas secret reference filled in when the service starts" : null;
            case 's' -> value.startsWith("sm://") && isStorePath(value, 5)
                    ? "a Secret Manager reference filled in when the service starts" : null;
            case 'e' -> isEnvironmentReference(value)
                    ? "an environment variable the service reads by that name when it starts" : null;
            case '{' -> isDynamicReference(value) ? "a CloudFormation dynamic reference resolved at deploy"
                    : PlatformSecretExpressions.isWhole(value) ? PlatformSecretExpressions.SUPPLIED_BY : null;
            default -> null;
        };
    }

    /**
     * What supplies a value written under a deploy tool's map of secret references: Cloud Run's {@code --set-secrets}
     * ({@code set_secrets.JWT_SECRET=jwt-secret:latest}, a Secret Manager secret and its version) and AWS CodeBuild's
     * {@code env.secrets-manager} and {@code env.parameter-store} maps ({@code prd/app/postgres:password},
     * {@code /app/prod/db-password}). The value names the secret; the platform puts the secret itself in the variable.
     *
     * @param key the setting's key
     * @param value the value as written
     * @return a description of the store (never the reference), or {@code null} for any other key or value
     */
    static @Nullable String suppliedUnder(String key, String value) {
        if (value.isEmpty() || value.length() > 512 || !noSpace(value) || key.indexOf("ecret") < 0
                && key.indexOf("arameter") < 0) {
            return null;
        }
        String lower = key.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (lower.contains(".set-secrets.") || lower.contains(".update-secrets.") || lower.startsWith("set-secrets.")) {
            int colon = value.lastIndexOf(':');
            String version = colon > 0 ? value.substring(colon + 1) : "";
            return version.equals("latest") || !version.isEmpty() && version.chars().allMatch(Character::isDigit)
                    ? "a Secret Manager secret the platform mounts when the service starts" : null;
        }
        if (buildspecEntry(lower, "env.secrets-manager.") || buildspecEntry(lower, "env.parameter-store.")) {
            return "an AWS Secrets Manager or Parameter Store entry the build fills in";
        }
        return null;
    }

    /**
     * Whether a key is one variable of a buildspec's {@code env} map of that name: the map right under {@code env}, at
     * the key's start or after a dot, and one variable's name after it. A section named like the store elsewhere
     * ({@code app.secrets-manager.password}) holds the application's own values (hostile testing, thirty-second pass).
     */
    private static boolean buildspecEntry(String lower, String map) {
        int at = lower.indexOf(map);
        return (at == 0 || at > 0 && lower.charAt(at - 1) == '.') && lower.indexOf('.', at + map.length()) < 0
                && lower.length() > at + map.length();
    }

    /**
     * {@code op://vault/item/field} or {@code op://vault/item/section/field}, optionally with a query: names of vaults and
     * items may hold spaces, so only line breaks end one.
     */
    private static boolean isOnePassword(String value) {
        if (!value.startsWith("op://")) {
            return false;
        }
        int slashes = 0;
        for (int i = 5; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (c == '/') {
                if (i == 5 || value.charAt(i - 1) == '/') {
                    return false;
                }
                slashes++;
            }
        }
        return slashes >= 2 && value.charAt(value.length() - 1) != '/';
    }

    /** {@code vault:secret/path#key}: a path (not {@code //}, not a port) after the scheme, no spaces. */
    private static boolean isVaultPath(String value) {
        return value.startsWith("vault:") && Character.isLetter(value.charAt(6)) && value.indexOf('/', 7) > 7
                && noSpace(value);
    }

    /**
     * {@code env://NAME}, the key-value reference Tyk's gateway and Ory's services resolve from the environment variable
     * of that name ({@code security.certificates.upstream.*.env: env://test_client_cert}, {@code dsn: env://DSN}): a
     * variable's name after the scheme and nothing else. A host, a path or a port after {@code env://} is no such name
     * ({@code env://vault:8200/v1}), and stays an address.
     */
    private static boolean isEnvironmentReference(String value) {
        if (!value.startsWith("env://") || !(Character.isLetter(value.charAt(6)) || value.charAt(6) == '_')) {
            return false;
        }
        for (int i = 7; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStorePath(String value, int start) {
        return value.length() > start + 2 && Character.isLetterOrDigit(value.charAt(start))
                && (value.indexOf('/', start + 1) > start || value.startsWith("arn:", start)) && noSpace(value);
    }

    private static boolean isDynamicReference(String value) {
        return (value.startsWith("{{resolve:secretsmanager:") || value.startsWith("{{resolve:ssm-secure:")
                || value.startsWith("{{resolve:ssm:")) && value.endsWith("}}") && value.indexOf("}}") == value.length() - 2;
    }

    private static boolean noSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
