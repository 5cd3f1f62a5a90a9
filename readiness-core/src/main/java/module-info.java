/**
 * readiness-core: the gate SPI, the runner and its report, settings, the built-in gates, the test kit, Bean
 * Validation constraints and ArchUnit tenant rules.
 *
 * <p>The exported packages are the API: {@code dev.readiness} (the SPI, the runner, policy, waivers, the report),
 * {@code dev.readiness.settings}, {@code dev.readiness.render}, {@code dev.readiness.testkit},
 * {@code dev.readiness.validation}, {@code dev.readiness.archunit} and the built-in gates with what configures them
 * ({@code dev.readiness.gates.database}, {@code .sandbox}, {@code .secrets}, {@code .settings}, {@code .tenant}).
 * Everything else ({@code dev.readiness.internal}, {@code dev.readiness.gates.internal},
 * {@code dev.readiness.settings.yaml}) is machinery and may change in any release. Only {@code org.slf4j} is required
 * at run time; every other dependency is optional and used when present.
 */
module dev.readiness.core {
    requires org.slf4j;

    requires static org.jspecify;
    requires static tools.jackson.core;
    requires static com.nulabinc.zxcvbn;
    requires static org.yaml.snakeyaml;
    requires static jakarta.validation;
    requires static com.tngtech.archunit;
    requires static java.management;
    requires static org.objectweb.asm;

    exports dev.readiness;
    exports dev.readiness.archunit;
    exports dev.readiness.gates.database;
    exports dev.readiness.gates.sandbox;
    exports dev.readiness.gates.secrets;
    exports dev.readiness.gates.settings;
    exports dev.readiness.gates.tenant;
    exports dev.readiness.render;
    exports dev.readiness.settings;
    exports dev.readiness.testkit;
    exports dev.readiness.validation;

    uses dev.readiness.Gate;
    uses dev.readiness.FactContributor;

    provides dev.readiness.Gate with
            dev.readiness.gates.database.DatabaseGate,
            dev.readiness.gates.settings.RequiredSettingsGate,
            dev.readiness.gates.settings.UnknownPropertiesGate,
            dev.readiness.gates.sandbox.SandboxGate,
            dev.readiness.gates.secrets.SecretsGate,
            dev.readiness.gates.tenant.TenantGate;
}
