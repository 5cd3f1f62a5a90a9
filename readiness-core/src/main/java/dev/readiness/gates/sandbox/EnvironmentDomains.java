package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.WordSets;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bare domain under a domain key ({@code REACT_APP_DOMAIN=nva-sandbox.auth.eu-west-1.amazoncognito.com},
 * {@code APP_DOMAIN=staging.acme.io}, {@code COOKIE_DOMAIN=.dev.acme.io}) whose subdomain, a label left of the
 * registrable one, names a non-production environment: the sign-in domain, the site or the cookie scope of a sandbox,
 * staging or development deployment, as a URL to the same host would be. The company's own registrable name may hold
 * any word ({@code test-prep.com}), so only the labels left of it are read; a key that names an environment itself
 * ({@code STAGING_DOMAIN}, {@code DEV_DOMAIN}, listed beside {@code PRODUCTION_DOMAIN}) describes that environment, and a
 * {@code demo} subdomain is a product's public demonstration; both stay clean, and so does a directory domain
 * ({@code LDAP_DOMAIN}, named on premises as the company likes) and a code sandbox's own domain
 * ({@code E2B_DOMAIN=sandbox.ppio.cn}: there {@code sandbox} is the product, where agents run code). A pre-production
 * file's own hosts
 * ({@code APP_DOMAIN=staging.acme.io} in {@code .env.staging}) are its own, as {@link OwnEnvironments} reads them for
 * URLs. Stateless.
 */
final class EnvironmentDomains {

    /** Code-execution sandbox services whose client settings name the service's own domain. */
    private static final Set<String> CODE_SANDBOXES = Set.of("e2b", "daytona", "codesandbox", "sandpack", "judge0");

    private EnvironmentDomains() {
    }

    /**
     * Whether a sandbox-name verdict on a bare domain under a domain key is reported.
     *
     * @param setting the setting, for its file
     * @param host the domain, without port or leading dot
     * @param keyWords the key's lower-case words
     * @param verdict the judge's verdict on the domain
     * @return {@code true} when a label left of the registrable one names a non-production environment and neither the
     *     key nor the file's environment accounts for it
     */
    static boolean reported(Setting setting, String host, List<String> keyWords, EndpointJudge.Verdict verdict) {
        if (verdict.kind() != EndpointJudge.Kind.SANDBOX_NAME || host.indexOf('.') < 0 || namesEnvironment(keyWords)
                || BareHostKeys.anyDirectoryWord(keyWords)) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        String[] labels = name.split("\\.");
        if (labels.length < 3 || OwnEnvironments.hostOfFilesEnvironment(setting, name, keyWords)) {
            return false;
        }
        int registrable = EndpointJudge.registrableLabel(name, labels.length);
        for (int i = 0; i < registrable; i++) {
            for (String part : labels[i].split("-")) {
                String word = OwnEnvironments.withoutNumber(part);
                if (!word.equals("demo") && !(word.equals("sandbox") && codeSandbox(keyWords))
                        && (ModeWords.HOST_WORDS.contains(word) || ModeWords.ENVIRONMENT_ABBREVIATIONS.contains(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesEnvironment(List<String> keyWords) {
        return WordSets.anyIn(keyWords, ModeWords.HOST_WORDS, ModeWords.ENVIRONMENT_ABBREVIATIONS);
    }

    private static boolean codeSandbox(List<String> keyWords) {
        return WordSets.anyIn(keyWords, CODE_SANDBOXES, ModeSwitchRule.ISOLATION_WORDS);
    }
}
