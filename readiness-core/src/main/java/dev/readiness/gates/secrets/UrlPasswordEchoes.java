package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A URL whose password is the value of a secret setting of the same configuration that has a problem
 * ({@code REDIS_PASSWORD=sidekickin} and {@code SIDEKIQ_REDIS_URL=redis://:sidekickin@redis:6379/0}): the URL carries
 * the same weak, published or placeholder secret, so it has the same problem, wherever the URL's key puts it.
 * Collects during one check: the URLs with user information and the problem of each secret value; reports once
 * every setting has been seen, so the order of the settings does not matter. Nothing is allocated until a URL with
 * user information or a problem value occurs; a URL is parsed only when some secret has a problem. Not thread-safe;
 * one instance per check. The findings name the other key and its problem, never a value.
 */
final class UrlPasswordEchoes {

    private static final int MIN_PASSWORD = 3;

    /**
     * The problems of the value itself, which a URL carrying the same value shares; problems of where a value is
     * written (a base or profile file, a shipped sample) or of its use under two keys belong to that setting alone.
     */
    private static final Set<String> VALUE_PROBLEMS = Set.of("secrets.placeholder", "secrets.published-default",
            "secrets.guessable", "secrets.too-weak");

    private List<Url> urls;
    private Map<String, Echoed> problems;
    private Set<Setting> withProblems;

    /**
     * Notes a setting that is not judged as a secret but may carry a password in a URL.
     *
     * @param setting the setting
     * @param value its effective value
     */
    void observeUrl(Setting setting, String value) {
        if (value.indexOf('@') < 0 || value.indexOf("://") < 0) {
            return;
        }
        if (urls == null) {
            urls = new ArrayList<>();
        }
        urls.add(new Url(setting, value));
    }

    /**
     * Notes the problems found for a secret setting's value.
     *
     * @param setting the secret setting
     * @param value its effective value
     * @param found the problems found for it
     * @param severity the severity they are reported with
     */
    void observeSecret(Setting setting, String value, List<SecretProblem> found, Severity severity) {
        if (found.isEmpty() || value.trim().length() < MIN_PASSWORD) {
            return;
        }
        SecretProblem problem = found.get(0);
        if (!VALUE_PROBLEMS.contains(problem.code())) {
            return;
        }
        if (problems == null) {
            problems = new HashMap<>();
            withProblems = new HashSet<>();
        }
        problems.putIfAbsent(value.trim(), new Echoed(setting, problem, severity));
        withProblems.add(setting);
    }

    /**
     * The findings for URLs whose password is a secret value with a problem, written into the URL rather than
     * referenced: {@code postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres/app} takes its password from
     * the secret, which is reported where it is written.
     *
     * @param references the references among the settings of the check
     * @return one finding per such URL
     */
    List<Finding> findings(ReferencedValues references) {
        if (urls == null || problems == null) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        for (Url url : urls) {
            Optional<String> password = UrlPasswords.password(url.value());
            Echoed echoed = password.isEmpty() ? null : problems.get(password.get().trim());
            if (echoed == null || referencesASecretWithTheValue(references, url.setting(), password.get().trim())) {
                continue;
            }
            found.add(Finding.of(echoed.severity(), echoed.problem().code(), url.setting())
                    .message("carries in its URL the password of " + echoed.setting().key() + " ("
                            + echoed.setting().origin() + "), which " + echoed.problem().message())
                    .remediation(echoed.problem().remediation())
                    .build());
        }
        return found;
    }

    /**
     * Whether the URL takes its password from a secret it references: the value is reported where that secret writes
     * it. Any secret with a problem holding the value counts, not only the first one noted
     * ({@code DB_PASSWORD} and {@code REDIS_PASSWORD} both {@code change-me}, the URL referencing the second); a
     * referenced user that happens to equal the password written into the URL does not.
     */
    private boolean referencesASecretWithTheValue(ReferencedValues references, Setting url, String password) {
        for (Setting referenced : references.referenced(url)) {
            if (withProblems.contains(referenced) && referenced.value().trim().equals(password)) {
                return true;
            }
        }
        return false;
    }

    private record Url(Setting setting, String value) {
    }

    private record Echoed(Setting setting, SecretProblem problem, Severity severity) {
    }
}
