package dev.readiness.spring.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.gates.tenant.CrossTenant;
import dev.readiness.gates.tenant.PersistentAttribute;
import dev.readiness.gates.tenant.PersistentType;
import dev.readiness.gates.tenant.PersistentTypes;
import dev.readiness.gates.tenant.TenantGate;
import dev.readiness.testfixtures.jpa.FixedTenantResolver;
import dev.readiness.testfixtures.jpa.FixturesApplication;
import dev.readiness.testfixtures.jpa.Invoice;
import dev.readiness.testkit.GateCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class JpaPersistentTypesContributorTests {

    private static final String FIXTURES = "dev.readiness.testfixtures.jpa.";
    private static final String RESOLVER = "spring.jpa.properties.hibernate.tenant_identifier_resolver="
            + FixedTenantResolver.class.getName();

    private final ApplicationContextRunner jpa = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, TenantFactsAutoConfiguration.class))
            .withUserConfiguration(Entities.class)
            .withPropertyValues(RESOLVER);

    private final ApplicationContextRunner withoutJpa = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TenantFactsAutoConfiguration.class));

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Invoice.class)
    static class Entities {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnContributor {
        @Bean
        JpaPersistentTypesContributor ownContributor() {
            return new JpaPersistentTypesContributor(List.of());
        }
    }

    private static PersistentTypes contribute(dev.readiness.FactContributor contributor) throws Exception {
        Map<Class<?>, Object> facts = new HashMap<>();
        contributor.contribute(new dev.readiness.FactSink() {
            @Override
            public <T> void put(Class<T> type, T fact) {
                facts.put(type, fact);
            }
        });
        return (PersistentTypes) facts.get(PersistentTypes.class);
    }

    private static PersistentType type(PersistentTypes types, String simpleName) {
        return types.find(FIXTURES + simpleName).orElseThrow();
    }

    private static PersistentAttribute attribute(PersistentType type, String path) {
        return type.attributes().stream().filter(attribute -> attribute.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void contributeShouldReadEveryEntityFromTheMetamodelHibernateBuilt() {
        jpa.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JpaPersistentTypesContributor.class)
                    .doesNotHaveBean(EntityScanPersistentTypesContributor.class);
            PersistentTypes types = contribute(context.getBean(JpaPersistentTypesContributor.class));
            assertThat(types.list()).extracting(PersistentType::simpleName).containsExactly("Country", "Invoice",
                    "Membership", "Organization", "Plan", "Product", "PurchaseOrder", "Ticket");
        });
    }

    @Test
    void contributeShouldShowInheritedEmbeddedAssociationAndTenantIdAttributesAndAnnotations() {
        jpa.run(context -> {
            PersistentTypes types = contribute(context.getBean(JpaPersistentTypesContributor.class));
            PersistentType invoice = type(types, "Invoice");
            assertThat(invoice.supertypes()).containsExactly(FIXTURES + "TenantScoped");
            assertThat(attribute(invoice, "organizationId").declaringType()).isEqualTo(FIXTURES + "TenantScoped");
            assertThat(attribute(invoice, "status").declaringType()).isEqualTo(FIXTURES + "Invoice");
            PersistentAttribute embedded = attribute(type(types, "PurchaseOrder"), "tenant.organizationId");
            assertThat(embedded.declaringType()).isEqualTo(FIXTURES + "TenantRef");
            assertThat(embedded.javaType()).isEqualTo("java.lang.Long");
            assertThat(attribute(type(types, "Ticket"), "tenant").tenantId()).isTrue();
            assertThat(attribute(type(types, "Membership"), "organization").association()).isTrue();
            assertThat(attribute(type(types, "Membership"), "role").association()).isFalse();
            assertThat(type(types, "Country").annotations()).contains(CrossTenant.class.getName(),
                    "jakarta.persistence.Entity");
            assertThat(type(types, "Product").attributes()).extracting(PersistentAttribute::path)
                    .containsExactly("id", "sku");
        });
    }

    @Test
    void gateOverTheMetamodelWhenConfiguredShouldSayNoGoForTheOneUnscopedEntityOnly() {
        jpa.run(context -> {
            PersistentTypes types = contribute(context.getBean(JpaPersistentTypesContributor.class));
            List<Finding> findings = GateCheck.forStage(Stage.PRODUCTION)
                    .setting("readiness.tenant.attributes", "organizationId")
                    .setting("readiness.tenant.global-types", "Plan")
                    .gates(new TenantGate()).fact(PersistentTypes.class, types).run()
                    .hasVerdict(Status.NO_GO).report().findings()
                    .filter(finding -> !finding.code().startsWith("exemption.")).toList();
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo("tenant.missing-key");
                assertThat(finding.subject()).isEqualTo(FIXTURES + "Product");
            });
        });
    }

    @Test
    void gateOverTheMetamodelWithoutConfigurationShouldWarnAboutTheOddOnesOut() {
        jpa.run(context -> {
            PersistentTypes types = contribute(context.getBean(JpaPersistentTypesContributor.class));
            List<Finding> findings = GateCheck.forStage(Stage.PRODUCTION).gates(new TenantGate())
                    .fact(PersistentTypes.class, types).run().hasVerdict(Status.WARN).report().findings().toList();
            assertThat(findings).allSatisfy(finding -> {
                assertThat(finding.code()).isEqualTo("tenant.inferred-missing-key");
                assertThat(finding.severity()).isEqualTo(Severity.WARN);
                assertThat(finding.message()).contains("organizationId");
            });
            assertThat(findings).extracting(Finding::subject).containsExactly(FIXTURES + "Plan", FIXTURES + "Product");
        });
    }

    @Test
    void scanWithoutJpaShouldFindTheSameTypesAsTheMetamodel() {
        jpa.run(jpaContext -> withoutJpa.withPropertyValues("readiness.tenant.packages=" + FIXTURES.substring(0,
                FIXTURES.length() - 1)).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EntityScanPersistentTypesContributor.class)
                            .doesNotHaveBean(JpaPersistentTypesContributor.class);
                    PersistentTypes scanned = contribute(context.getBean(EntityScanPersistentTypesContributor.class));
                    PersistentTypes fromMetamodel = contribute(
                            jpaContext.getBean(JpaPersistentTypesContributor.class));
                    assertThat(scanned.list()).containsExactlyElementsOf(fromMetamodel.list());
                }));
    }

    @Test
    void scanShouldAcceptIndexedPackages() {
        withoutJpa.withPropertyValues("readiness.tenant.packages[0]=dev.readiness.testfixtures.jpa",
                "readiness.tenant.packages[1]=com.example.absent").run(context -> {
                    EntityScanPersistentTypesContributor contributor = context
                            .getBean(EntityScanPersistentTypesContributor.class);
                    assertThat(contributor.packages()).containsExactly("dev.readiness.testfixtures.jpa",
                            "com.example.absent");
                    assertThat(contribute(contributor).size()).isEqualTo(8);
                });
    }

    @Test
    void scanWithoutPackagesShouldContributeNothing() {
        withoutJpa.run(context -> assertThat(contribute(context.getBean(EntityScanPersistentTypesContributor.class)))
                .isNull());
    }

    @Test
    void autoConfigurationShouldBackOffWhenTheUserDefinesTheContributor() {
        jpa.withUserConfiguration(OwnContributor.class).run(context -> {
            assertThat(context).hasSingleBean(JpaPersistentTypesContributor.class);
            assertThat(context).getBean(JpaPersistentTypesContributor.class)
                    .isSameAs(context.getBean("ownContributor"));
            assertThat(contribute(context.getBean(JpaPersistentTypesContributor.class)).isEmpty()).isTrue();
        });
    }

    @Test
    void aRealSpringBootApplicationShouldExposeTheMetamodelFacts() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FixturesApplication.class)
                .web(WebApplicationType.NONE)
                .properties(RESOLVER, "readiness.stage=development", "spring.main.banner-mode=off",
                        "spring.datasource.generate-unique-name=true")
                .run()) {
            PersistentTypes types = contribute(context.getBean(JpaPersistentTypesContributor.class));
            assertThat(types.size()).isEqualTo(8);
            assertThat(attribute(type(types, "PurchaseOrder"), "tenant.organizationId")).isNotNull();
        }
    }
}
