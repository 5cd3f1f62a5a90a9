package dev.readiness.spring.autoconfigure;

import dev.readiness.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the readiness gates run at boot (prefix {@code readiness}). Gates read their own
 * settings ({@code readiness.<gate-id>.*}) from the environment; the ones listed here are described for IDEs.
 */
@ConfigurationProperties("readiness")
public class ReadinessProperties {

    /**
     * Whether to run the gates at start-up. When false, no gate runs, start-up is never refused, and no endpoint,
     * health contributor or meter is registered.
     */
    private boolean enabled = true;

    /**
     * Stage to judge for: development, test, staging or production. When unset, derived from the active profiles
     * (prod, live, staging, uat, dev, local, test, ...), then from the APP_ENV, APPLICATION_ENV, ENVIRONMENT, ENV,
     * DEPLOY_ENV and DEPLOYMENT_ENVIRONMENT variables, and otherwise production (fail safe).
     */
    private @Nullable Stage stage;

    /**
     * Lowest status that refuses start-up: no-go or warn. When unset, no-go in staging and production; in
     * development and test the gates only report.
     */
    private @Nullable FailOn failOn;

    /**
     * Accepted, reasoned exceptions for single finding codes, each with a reason and an expiry date.
     */
    private List<Waiver> waivers = new ArrayList<>();

    /**
     * How long one gate may run before it counts as a NO-GO; at most 1h.
     */
    private Duration gateTimeout = Duration.ofSeconds(5);

    /**
     * How long all gates of one phase may run together; gates unfinished by then count as NO-GO. At most 1h.
     */
    private Duration deadline = Duration.ofSeconds(15);

    /**
     * Process exit code when the gates refuse start-up. Defaults to 78 (EX_CONFIG) so orchestrators can tell bad
     * configuration from a crash.
     */
    private int exitCode = 78;

    /**
     * Ids of gates not to run at all, e.g. a built-in gate whose concern another tool covers. Prefer a waiver,
     * which is reasoned and expires.
     */
    private Set<String> excludeGates = new LinkedHashSet<>();

    /**
     * Settings gate.
     */
    private final SettingsGate settings = new SettingsGate();

    /**
     * Tenant scoping gate.
     */
    private final Tenant tenant = new Tenant();

    /**
     * Secret strength gate.
     */
    private final Secrets secrets = new Secrets();

    /**
     * Sandbox endpoints gate.
     */
    private final Sandbox sandbox = new Sandbox();

    /**
     * Database URLs gate.
     */
    private final KeySelection database = new KeySelection();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable Stage getStage() {
        return this.stage;
    }

    public void setStage(@Nullable Stage stage) {
        this.stage = stage;
    }

    public @Nullable FailOn getFailOn() {
        return this.failOn;
    }

    public void setFailOn(@Nullable FailOn failOn) {
        this.failOn = failOn;
    }

    public List<Waiver> getWaivers() {
        return this.waivers;
    }

    public void setWaivers(List<Waiver> waivers) {
        this.waivers = waivers;
    }

    public Duration getGateTimeout() {
        return this.gateTimeout;
    }

    public void setGateTimeout(Duration gateTimeout) {
        this.gateTimeout = gateTimeout;
    }

    public Duration getDeadline() {
        return this.deadline;
    }

    public void setDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    public int getExitCode() {
        return this.exitCode;
    }

    public void setExitCode(int exitCode) {
        this.exitCode = exitCode;
    }

    public Set<String> getExcludeGates() {
        return this.excludeGates;
    }

    public void setExcludeGates(Set<String> excludeGates) {
        this.excludeGates = excludeGates;
    }

    public SettingsGate getSettings() {
        return this.settings;
    }

    public Tenant getTenant() {
        return this.tenant;
    }

    public Secrets getSecrets() {
        return this.secrets;
    }

    public Sandbox getSandbox() {
        return this.sandbox;
    }

    public KeySelection getDatabase() {
        return this.database;
    }

    /**
     * Which keys a settings gate reads, beyond those it recognizes by name.
     */
    public static class KeySelection {

        /**
         * Keys the gate also judges although their names do not say what they hold (relaxed names, e.g.
         * LEGACY_TOKEN or acme.hook-url).
         */
        private List<String> extraKeys = new ArrayList<>();

        /**
         * Keys the gate leaves out although their names match (relaxed names). Every excluded key is listed in the
         * report.
         */
        private List<String> excludeKeys = new ArrayList<>();

        public List<String> getExtraKeys() {
            return this.extraKeys;
        }

        public void setExtraKeys(List<String> extraKeys) {
            this.extraKeys = extraKeys;
        }

        public List<String> getExcludeKeys() {
            return this.excludeKeys;
        }

        public void setExcludeKeys(List<String> excludeKeys) {
            this.excludeKeys = excludeKeys;
        }
    }

    /**
     * Settings of the secret strength gate.
     */
    public static class Secrets extends KeySelection {

        /**
         * Files (file: or classpath: locations) of your own published or leaked secrets, one value or SHA-256 per
         * line, judged like the built-in catalog.
         */
        private List<String> catalog = new ArrayList<>();

        public List<String> getCatalog() {
            return this.catalog;
        }

        public void setCatalog(List<String> catalog) {
            this.catalog = catalog;
        }
    }

    /**
     * Settings of the sandbox endpoints gate.
     */
    public static class Sandbox extends KeySelection {

        /**
         * Files (file: or classpath: locations) of your own providers, in the format of the built-in provider
         * catalog, added to it.
         */
        private List<String> catalog = new ArrayList<>();

        /**
         * Hosts the team knowingly uses although their names look like sandboxes (e.g. api.test-lab.acme.com).
         */
        private List<String> allowedHosts = new ArrayList<>();

        public List<String> getCatalog() {
            return this.catalog;
        }

        public void setCatalog(List<String> catalog) {
            this.catalog = catalog;
        }

        public List<String> getAllowedHosts() {
            return this.allowedHosts;
        }

        public void setAllowedHosts(List<String> allowedHosts) {
            this.allowedHosts = allowedHosts;
        }
    }

    /**
     * The lowest status that refuses start-up.
     */
    public enum FailOn {

        /** A WARN or a NO-GO refuses start-up. */
        WARN,

        /** Only a NO-GO refuses start-up. */
        NO_GO
    }

    /**
     * One waiver.
     */
    public static class Waiver {

        /**
         * Finding code the waiver covers, e.g. secrets.too-short.
         */
        private @Nullable String code;

        /**
         * The one subject (setting key or type name) the waiver covers; every subject when unset.
         */
        private @Nullable String subject;

        /**
         * Why the exception is acceptable. Required.
         */
        private @Nullable String reason;

        /**
         * Last day the waiver applies, as an ISO date such as 2026-12-31. Required.
         */
        private @Nullable String expires;

        public @Nullable String getCode() {
            return this.code;
        }

        public void setCode(@Nullable String code) {
            this.code = code;
        }

        public @Nullable String getSubject() {
            return this.subject;
        }

        public void setSubject(@Nullable String subject) {
            this.subject = subject;
        }

        public @Nullable String getReason() {
            return this.reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }

        public @Nullable String getExpires() {
            return this.expires;
        }

        public void setExpires(@Nullable String expires) {
            this.expires = expires;
        }
    }

    /**
     * Settings of the settings gate.
     */
    public static class SettingsGate {

        /**
         * Keys that must be present and non-blank (relaxed names, e.g. JWT_SECRET or jwt.secret).
         */
        private List<String> required = new ArrayList<>();

        public List<String> getRequired() {
            return this.required;
        }

        public void setRequired(List<String> required) {
            this.required = required;
        }
    }

    /**
     * Settings of the tenant scoping gate.
     */
    public static class Tenant {

        /**
         * Names of the tenant key attribute every persistent type must carry, e.g. organizationId.
         */
        private List<String> attributes = new ArrayList<>();

        /**
         * Persistent types deliberately shared across tenants, by simple or qualified name.
         */
        private List<String> globalTypes = new ArrayList<>();

        /**
         * Packages whose @Entity classes the tenant gate judges, read from their class files. When unset, the
         * packages of @EntityScan, else the auto-configuration packages (those of the @SpringBootApplication
         * class).
         */
        private List<String> packages = new ArrayList<>();

        public List<String> getPackages() {
            return this.packages;
        }

        public void setPackages(List<String> packages) {
            this.packages = packages;
        }

        public List<String> getAttributes() {
            return this.attributes;
        }

        public void setAttributes(List<String> attributes) {
            this.attributes = attributes;
        }

        public List<String> getGlobalTypes() {
            return this.globalTypes;
        }

        public void setGlobalTypes(List<String> globalTypes) {
            this.globalTypes = globalTypes;
        }
    }
}
