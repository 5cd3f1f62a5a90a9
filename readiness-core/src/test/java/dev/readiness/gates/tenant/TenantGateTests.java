package dev.readiness.gates.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TenantGateTests {

    private static final String ORG = "organizationId";
    private static final Map<String, String> CONFIGURED = Map.of("readiness.tenant.attributes", ORG);

    private static PersistentType.Builder type(String name) {
        return PersistentType.builder("com.acme." + name).annotation("jakarta.persistence.Entity").attribute("id");
    }

    private static PersistentAttribute inherited(String path, String declaringType) {
        return new PersistentAttribute(path, "com.acme." + declaringType, "java.lang.Long", false, false);
    }

    private static ReportAssert check(Stage stage, Map<String, String> settings, PersistentType... types) {
        return GateCheck.forStage(stage).settings(settings).gates(new TenantGate())
                .fact(PersistentTypes.class, PersistentTypes.of(types)).run();
    }

    private static List<Finding> findings(Stage stage, Map<String, String> settings, PersistentType... types) {
        return check(stage, settings, types).report().findings().filter(f -> !f.code().startsWith("exemption.")).toList();
    }

    static Stream<Arguments> scopedShapes() {
        return Stream.of(
                Arguments.of("direct attribute", type("Invoice").attribute(ORG).build()),
                Arguments.of("relaxed spelling of the attribute", type("Invoice").attribute("organization_id").build()),
                Arguments.of("inherited from a mapped superclass",
                        type("Invoice").supertype("com.acme.TenantScoped")
                                .attribute(inherited(ORG, "TenantScoped")).build()),
                Arguments.of("inherited from an entity superclass",
                        type("CardPayment").supertype("com.acme.Payment").attribute(inherited(ORG, "Payment"))
                                .build()),
                Arguments.of("inside an embedded value",
                        type("Invoice").attribute(inherited("tenant.organizationId", "TenantRef")).build()),
                Arguments.of("inside an embedded id",
                        type("Membership").attribute(inherited("key.organizationId", "MembershipKey")).build()),
                Arguments.of("association to the organization",
                        type("Invoice").attribute(new PersistentAttribute("organization", "com.acme.Invoice",
                                "com.acme.Organization", true, false)).build()),
                Arguments.of("Hibernate @TenantId under another name",
                        type("Invoice").attribute(new PersistentAttribute("tenant", "com.acme.Invoice",
                                "java.lang.String", false, true)).build()),
                Arguments.of("the tenant type itself", type("Organization").attribute("name").build()),
                Arguments.of("the tenant type with an Entity suffix", type("OrganizationEntity").build()),
                Arguments.of("annotated @CrossTenant",
                        type("Country").annotation(CrossTenant.class.getName()).attribute("isoCode").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scopedShapes")
    void checkWhenTypeCarriesTheKeyOrIsExemptShouldSayGoInProduction(String shape, PersistentType type) {
        check(Stage.PRODUCTION, CONFIGURED, type, type("Order").attribute(ORG).build()).isGo().hasNoFindings();
    }

    static Stream<Arguments> unscopedShapes() {
        return Stream.of(
                Arguments.of("no tenant attribute at all", type("Invoice").attribute("amount").build()),
                Arguments.of("a similar but different name", type("Invoice").attribute("organizationName").build()),
                Arguments.of("a plain attribute named like the tenant, not an association",
                        type("Invoice").attribute("organization").build()),
                Arguments.of("an embedded value without the key",
                        type("Invoice").attribute(inherited("tenant.name", "TenantRef")).build()),
                Arguments.of("a mapped superclass without the key",
                        type("Invoice").supertype("com.acme.Auditable")
                                .attribute(inherited("createdAt", "Auditable")).build()),
                Arguments.of("a type whose name only starts like the tenant",
                        type("OrganizationSettings").attribute("theme").build()),
                Arguments.of("an unrelated annotation",
                        type("Invoice").annotation("com.acme.Shared").attribute("amount").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unscopedShapes")
    void checkWhenTypeLacksTheKeyShouldSayNoGoInProduction(String shape, PersistentType type) {
        check(Stage.PRODUCTION, CONFIGURED, type).isNoGo().hasFinding("tenant.missing-key", type.name());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"STAGING", "PRODUCTION"})
    void checkWhenKeyIsMissingInStagingOrProductionShouldSayNoGo(Stage stage) {
        check(stage, CONFIGURED, type("Invoice").build()).isNoGo().hasFinding("tenant.missing-key", "com.acme.Invoice");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DEVELOPMENT", "TEST"})
    void checkWhenKeyIsMissingInDevelopmentOrTestShouldWarn(Stage stage) {
        check(stage, CONFIGURED, type("Invoice").build()).hasVerdict(Status.WARN)
                .hasFinding("tenant.missing-key", "com.acme.Invoice");
    }

    @Test
    void checkWhenKeyIsMissingShouldNameTheTypeAndSayWhatToAddOrDeclare() {
        Finding finding = findings(Stage.PRODUCTION, CONFIGURED, type("Invoice").build()).get(0);
        assertThat(finding.subject()).isEqualTo("com.acme.Invoice");
        assertThat(finding.message()).contains("com.acme.Invoice", ORG);
        assertThat(finding.remediation()).contains("Add organizationId to Invoice", "@TenantId",
                "readiness.tenant.global-types", "@CrossTenant");
        assertThat(finding.origin().description()).isEqualTo("test");
    }

    @Test
    void checkShouldReportEveryUnscopedTypeAtOnce() {
        List<Finding> findings = findings(Stage.PRODUCTION, CONFIGURED, type("Invoice").attribute(ORG).build(),
                type("Product").build(), type("Order").build(), type("Label").build());
        assertThat(findings).extracting(Finding::subject)
                .containsExactly("com.acme.Product", "com.acme.Order", "com.acme.Label");
    }

    static Stream<Arguments> globalDeclarations() {
        return Stream.of(Arguments.of("Country"), Arguments.of("com.acme.Country"), Arguments.of("Plan, Country"),
                Arguments.of(" Country ,"), Arguments.of("ReferenceData"), Arguments.of("com.acme.ReferenceData"));
    }

    @ParameterizedTest(name = "global-types={0}")
    @MethodSource("globalDeclarations")
    void checkWhenTypeIsDeclaredGlobalBySimpleQualifiedOrSupertypeNameShouldSayGo(String globalTypes) {
        PersistentType country = type("Country").supertype("com.acme.ReferenceData").attribute("isoCode").build();
        check(Stage.PRODUCTION, Map.of("readiness.tenant.attributes", ORG, "readiness.tenant.global-types",
                globalTypes), country, type("Plan").attribute(ORG).build()).isGo().hasNoFinding("tenant.missing-key");
    }

    @Test
    void checkWhenAttributesAreIndexedShouldAcceptAnyOfThem() {
        Map<String, String> settings = Map.of("readiness.tenant.attributes[0]", ORG,
                "readiness.tenant.attributes[1]", "workspaceId");
        check(Stage.PRODUCTION, settings, type("Invoice").attribute(ORG).build(),
                type("Board").attribute("workspaceId").build()).isGo().hasNoFindings();
    }

    @Test
    void checkWhenAttributesAreAnEnvironmentStyleCommaListShouldAcceptAnyOfThem() {
        Map<String, String> settings = Map.of("READINESS_TENANT_ATTRIBUTES", "organizationId,workspaceId");
        check(Stage.PRODUCTION, settings, type("Invoice").attribute(ORG).build(),
                type("Board").attribute("workspaceId").build()).isGo().hasNoFindings();
    }

    @Test
    void checkWhenTheKeyIsConfiguredAsAnEmbeddedPathShouldMatchOnlyThatPath() {
        Map<String, String> settings = Map.of("readiness.tenant.attributes", "tenant.organizationId");
        check(Stage.PRODUCTION, settings, type("Invoice").attribute(inherited("tenant.organizationId", "TenantRef"))
                .build(), type("Order").attribute(inherited("billing.organizationId", "Billing")).build())
                .isNoGo().hasFinding("tenant.missing-key", "com.acme.Order")
                .hasNoFinding("tenant.missing-key", "com.acme.Invoice");
    }

    @Test
    void checkWhenSettingsAndConstructorNameKeysShouldAcceptBoth() {
        TenantGate gate = new TenantGate(List.of("workspaceId"), List.of("Country"));
        GateCheck.forStage(Stage.PRODUCTION).settings(CONFIGURED).gates(gate)
                .fact(PersistentTypes.class, PersistentTypes.of(type("Invoice").attribute(ORG).build(),
                        type("Board").attribute("workspaceId").build(), type("Country").build()))
                .run().isGo().hasNoFindings();
    }

    @Test
    void checkWhenConfiguredGlobalTypeMatchesNothingShouldInform() {
        Map<String, String> settings = Map.of("readiness.tenant.attributes", ORG, "readiness.tenant.global-types",
                "Contry");
        check(Stage.PRODUCTION, settings, type("Invoice").attribute(ORG).build()).isGo()
                .hasFinding("tenant.unknown-global-type", "Contry");
    }

    @Test
    void checkWhenConfiguredAttributeMatchesNothingShouldInformAsWellAsReportTheMissingKeys() {
        Map<String, String> settings = Map.of("readiness.tenant.attributes", "organisationId");
        List<Finding> findings = findings(Stage.PRODUCTION, settings, type("Invoice").attribute(ORG).build());
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tenant.missing-key", Severity.NO_GO),
                org.assertj.core.groups.Tuple.tuple("tenant.unknown-attribute", Severity.INFO));
    }

    @Test
    void checkWithoutTheFactShouldSayGoWithoutFindings() {
        GateCheck.forStage(Stage.PRODUCTION).settings(CONFIGURED).gates(new TenantGate()).run().isGo()
                .hasNoFindings();
    }

    @Test
    void checkWithNoPersistentTypesShouldSayGoWithoutFindings() {
        check(Stage.PRODUCTION, CONFIGURED).isGo().hasNoFindings();
    }

    @Test
    void gateShouldDeclareTheFactItNeedsAndBeDiscoveredByServiceLoader() {
        assertThat(new TenantGate().requiredFacts()).containsExactly(PersistentTypes.class);
        assertThat(new TenantGate().id()).isEqualTo("tenant");
        assertThat(Gates.discover()).anyMatch(TenantGate.class::isInstance);
    }

    @Test
    void checkCalledDirectlyWithoutFactsShouldSayGo() {
        assertThat(new TenantGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(CONFIGURED))).findings())
                .isEmpty();
    }

    // Inference, without configuration.

    private static PersistentType[] seed003(boolean withoutUserIdOnWebhookEvent) {
        List<PersistentType> types = new ArrayList<>();
        types.add(type("User").attribute("email").build());
        for (String name : List.of("Order", "Product", "Inventory", "Label", "WorkerJob")) {
            types.add(type(name).attribute("userId").build());
        }
        types.add(withoutUserIdOnWebhookEvent ? type("WebhookEvent").attribute("payload").build()
                : type("WebhookEvent").attribute("userId").build());
        return types.toArray(PersistentType[]::new);
    }

    @Test
    void checkWithoutConfigurationWhenSeed003ForgetsUserIdOnOneModelShouldWarnNamingTheInferredKey() {
        List<Finding> findings = findings(Stage.PRODUCTION, Map.of(), seed003(true));
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("tenant.inferred-missing-key");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.subject()).isEqualTo("com.acme.WebhookEvent");
            assertThat(finding.message()).contains("userId", "5 of 6", "guess");
            assertThat(finding.remediation()).contains("readiness.tenant.attributes=userId",
                    "readiness.tenant.global-types");
        });
    }

    @Test
    void checkWithoutConfigurationWhenEveryModelCarriesUserIdShouldSayGo() {
        check(Stage.PRODUCTION, Map.of(), seed003(false)).isGo().hasNoFindings();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void checkWithoutConfigurationShouldOnlyWarnInEveryStage(Stage stage) {
        PersistentType[] types = {type("Invoice").attribute(ORG).build(), type("Order").attribute(ORG).build(),
            type("Product").build()};
        check(stage, Map.of(), types).hasVerdict(Status.WARN)
                .hasFinding("tenant.inferred-missing-key", "com.acme.Product");
    }

    static Stream<Arguments> singleTenantModels() {
        return Stream.of(
                Arguments.of("an e-commerce model where customerId marks the buyer, not a tenant", new PersistentType[] {
                    type("Order").attribute("customerId").build(), type("Cart").attribute("customerId").build(),
                    type("Address").attribute("customerId").build(), type("Payment").attribute("customerId").build(),
                    type("Product").build(), type("Category").build(), type("Warehouse").build()}),
                Arguments.of("one audit table with a userId", new PersistentType[] {
                    type("AuditEvent").attribute("userId").build(), type("Product").build(), type("Price").build(),
                    type("Category").build()}),
                Arguments.of("a single organizationId among many types", new PersistentType[] {
                    type("Invoice").attribute(ORG).build(), type("Product").build(), type("Price").build()}),
                Arguments.of("organizationId on a minority", new PersistentType[] {
                    type("Invoice").attribute(ORG).build(), type("Order").attribute(ORG).build(),
                    type("Product").build(), type("Price").build(), type("Category").build()}),
                Arguments.of("no usual key at all", new PersistentType[] {
                    type("Book").attribute("title").build(), type("Author").attribute("name").build()}),
                Arguments.of("every type scoped, plus the tenant type", new PersistentType[] {
                    type("Organization").attribute("name").build(), type("Invoice").attribute(ORG).build(),
                    type("Order").attribute(ORG).build()}),
                Arguments.of("banking accounts where accountId marks the ledger account", new PersistentType[] {
                    type("Account").build(), type("Transaction").attribute("accountId").build(),
                    type("Statement").attribute("accountId").build(), type("Customer").build(),
                    type("Branch").build()}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleTenantModels")
    void checkWithoutConfigurationWhenEvidenceIsWeakOrCompleteShouldSayGo(String model, PersistentType[] types) {
        check(Stage.PRODUCTION, Map.of(), types).isGo().hasNoFindings();
    }

    @Test
    void checkWithoutConfigurationShouldNotFlagTheTenantTypeOrDeclaredGlobals() {
        List<Finding> findings = findings(Stage.PRODUCTION, Map.of("readiness.tenant.global-types", "Country"),
                type("Organization").build(), type("Invoice").attribute(ORG).build(),
                type("Order").attribute(ORG).build(), type("Country").build(),
                type("Plan").annotation(CrossTenant.class.getName()).build(), type("Product").build());
        assertThat(findings).extracting(Finding::subject).containsExactly("com.acme.Product");
    }

    @Test
    void checkWithoutConfigurationWhenMostTypesUseTenantIdAnnotationShouldNameTheAnnotation() {
        PersistentAttribute tenant = new PersistentAttribute("tenant", "com.acme.Scoped", "java.lang.String", false,
                true);
        List<Finding> findings = findings(Stage.PRODUCTION, Map.of(), type("Invoice").attribute(tenant).build(),
                type("Order").attribute(tenant).build(), type("Product").build());
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("com.acme.Product");
            assertThat(finding.message()).contains("@TenantId");
            assertThat(finding.remediation()).contains("@TenantId");
        });
    }

    @Test
    void checkWithoutConfigurationWhenKeyIsInheritedOrEmbeddedShouldCountIt() {
        check(Stage.PRODUCTION, Map.of(),
                type("Invoice").attribute(inherited(ORG, "TenantScoped")).build(),
                type("Order").attribute(inherited("tenant.organizationId", "TenantRef")).build(),
                type("Product").attribute(new PersistentAttribute("organization", "com.acme.Product",
                        "com.acme.Organization", true, false)).build())
                .isGo().hasNoFindings();
    }

    @Test
    void configurationShouldReplaceInference() {
        List<Finding> findings = findings(Stage.PRODUCTION, Map.of("readiness.tenant.attributes", "workspaceId"),
                type("Invoice").attribute(ORG).build(), type("Order").attribute(ORG).build(),
                type("Board").attribute("workspaceId").build());
        assertThat(findings).extracting(Finding::code).containsOnly("tenant.missing-key");
        assertThat(findings).extracting(Finding::subject).containsExactly("com.acme.Invoice", "com.acme.Order");
    }

    @Test
    void findingsShouldRenderWithoutLeakingSettingValuesOtherThanNames() {
        String canary = "zq8Wcanary7Lx";
        Map<String, String> settings = new LinkedHashMap<>(CONFIGURED);
        settings.put("app.secret", canary);
        Report report = check(Stage.PRODUCTION, settings, type("Invoice").build()).report();
        assertThat(TextReportRenderer.full().render(report)).contains("tenant.missing-key").doesNotContain("zq8W");
        assertThat(JsonReportRenderer.pretty().render(report)).contains("com.acme.Invoice").doesNotContain("zq8W");
        assertThat(report.toString()).doesNotContain("zq8W");
    }
}
