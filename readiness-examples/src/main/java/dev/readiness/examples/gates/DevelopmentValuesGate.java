package dev.readiness.examples.gates;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Production does not reuse a development value: given the team's development configuration (the committed
 * {@code .env.development}, say), every credential or address in production must differ from it: API keys
 * regenerated, databases and buckets of their own. Immutable and thread-safe.
 *
 * <p>Finding {@code <id>.reused} in production: a key whose words name a credential or an address (key, secret,
 * token, password, credentials, dsn, url, uri, host, bucket) has the same non-blank value as in development: NO-GO.
 * Other stages are not judged. The finding names the key and where the development value lives, never the value.
 */
public final class DevelopmentValuesGate implements Gate {

    private static final Set<String> SENSITIVE_WORDS = Set.of("key", "secret", "token", "password", "credentials",
            "dsn", "url", "uri", "host", "bucket");

    private final String id;
    private final Settings development;

    /**
     * A gate comparing against a development configuration.
     *
     * @param id the gate id, e.g. {@code storewidget.development-values}
     * @param development the development settings
     */
    public DevelopmentValuesGate(String id, Settings development) {
        this.id = Objects.requireNonNull(id, "id");
        this.development = Objects.requireNonNull(development, "development");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "no production credential or address keeps its development value";
    }

    @Override
    public Outcome check(GateContext context) {
        if (context.stage() != Stage.PRODUCTION) {
            return Outcome.go();
        }
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : context.settings()) {
            if (setting.value().isBlank() || setting.isDeferred() || RelaxedNames.words(setting.key()).stream()
                    .noneMatch(SENSITIVE_WORDS::contains)) {
                continue;
            }
            Optional<Setting> dev = development.get(setting.key());
            if (dev.isPresent() && dev.get().value().trim().equals(setting.value().trim())) {
                findings.add(Finding.noGo(id + ".reused", setting)
                        .message("has the same value as the development configuration (" + dev.get().origin()
                                + ")")
                        .remediation("regenerate the credential (or provision the resource) for production and keep "
                                + "the development value out of it")
                        .build());
            }
        }
        return Outcome.of(findings);
    }
}
