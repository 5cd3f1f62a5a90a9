package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.SecretShape;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One literal secret written under several keys of one file: docker-jitsi-meet's {@code .env} with one password for
 * the videobridge, focus and gateway accounts, a GlassFish {@code resources.xml} whose production and test pools log
 * in with the same password, a Rails {@code secrets.yml} whose {@code predefined} key is the {@code development},
 * {@code test} and {@code qa} one, a Trino chart whose database password is also its object store's secret key, a
 * Hardhat {@code .env} with one value as both the provider key and the account key. A setup script or a secret store
 * gives every key its own value ({@link ScriptGeneratedSets}); one value pasted under several keys is the habit of a
 * template's author or of a hand-made setup committed with the code, and where one copy sits in a development or test
 * section every developer has it. Each copy that passed every other check is reported as
 * {@code secrets.likely-published}, a WARN: the file may also be a host's own, read where it lives, and one login
 * given to an application and its database container is a deployment's habit too. Reference aliases
 * ({@code DB_PASSWORD=${POSTGRES_PASSWORD}}) are no literals and never count. Forty-third pass. Not thread-safe: one
 * per check, fed only the literals that passed with no other evidence in their file.
 */
final class RepeatedLiterals {

    private final Map<String, List<Copy>> copiesByValue = new LinkedHashMap<>();

    /**
     * Records a literal secret that passed every check in a file with no other sample evidence.
     *
     * @param file the file it is in
     * @param setting where it is
     * @param valueHash its value's hash; the value itself is not kept
     * @param shape its shape, also part of what must match
     * @param purpose what it is for
     */
    void add(String file, Setting setting, int valueHash, SecretShape shape, SecretPurpose purpose) {
        copiesByValue.computeIfAbsent(file + '\u0000' + valueHash + '\u0000' + shape.length(),
                group -> new ArrayList<>(2)).add(new Copy(setting, shape, purpose));
    }

    /**
     * Adds the WARN of each copy of a literal written under at least two keys of its file, unless another finding of
     * this kind already names the key.
     *
     * @param earlier the findings already made for the same literals (a generated set's), left as they are
     * @param findings where the new findings go
     */
    static void findings(RepeatedLiterals literals, List<Finding> earlier, List<Finding> findings) {
        Set<String> named = new HashSet<>();
        for (Finding finding : earlier) {
            named.add(finding.subject() + '\u0000' + finding.origin());
        }
        for (List<Copy> copies : literals.copiesByValue.values()) {
            if (copies.size() < 2 || distinctKeys(copies) < 2 || SampleEvidence.isDeploymentsOwnFile(
                    copies.get(0).setting())) {
                continue;
            }
            for (Copy copy : copies) {
                Setting setting = copy.setting();
                if (!named.contains(setting.key() + '\u0000' + setting.origin())) {
                    findings.add(finding(copy, copies));
                }
            }
        }
    }

    private static int distinctKeys(List<Copy> copies) {
        Set<String> keys = new HashSet<>();
        for (Copy copy : copies) {
            keys.add(copy.setting().key());
        }
        return keys.size();
    }

    private static Finding finding(Copy copy, List<Copy> copies) {
        String key = copy.setting().key();
        List<String> others = new ArrayList<>(2);
        for (Copy other : copies) {
            if (!other.setting().key().equals(key) && others.size() < 2) {
                others.add(other.setting().key() + " (" + where(other.setting()) + ")");
            }
        }
        return Finding.of(Severity.WARN, "secrets.likely-published", copy.setting())
                .message("is a literal secret written again under " + String.join(" and ", others)
                        + " in the same file: one value pasted under several keys, as a template's author or a "
                        + "hand-made setup writes it, where a script or a secret store gives each key its own; it "
                        + "is probably public however random it looks (" + SecretStrength.describe(copy.shape()) + ")")
                .remediation("Give each key a value of its own from the deployment's secret store, and rotate this "
                        + "one if the file was ever published. " + SecretStrength.remediation(copy.purpose()))
                .build();
    }

    private static String where(Setting setting) {
        OptionalInt line = setting.origin().line();
        return line.isPresent() ? "line " + line.getAsInt() : setting.origin().toString();
    }

    /** One copy of the literal: where it is, its shape and its purpose. */
    private record Copy(Setting setting, SecretShape shape, SecretPurpose purpose) {
    }
}
