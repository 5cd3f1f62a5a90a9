package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-sixth pass's placeholders, each beside the values that tempt it; every built-in gate runs on one file.
 * "Your instance" or "my server" in another language opening a database host's label ({@code tu-instancia-…}) and as
 * the first segment of an image's registry path ({@code gcr.io/seu-projeto/…}); a build token whose name is a note to
 * fill in ({@code @SET_ME@}), which no build property is named; and an administrator's registration secret, which
 * switching off open registration does not switch off, and which left empty is that way of registering off.
 */
class FortySixthPassPlaceholdersTests extends EveryGateOnOneFile {

    @Test
    void aForeignYourPlaceOpeningADatabaseHostShouldBeATemplateHost() throws Exception {
        String text = """
                orders.datasource.url=jdbc:mysql://su-instancia-prod.c7xk.sa-east-1.rds.amazonaws.com:3306/orders
                orders.datasource.password=${ORDERS_DB_PASSWORD}
                shop.datasource.url=jdbc:postgresql://seu-servidor:5432/shop
                shop.datasource.password=${SHOP_DB_PASSWORD}
                """;
        assertNoGo("application.properties", text, "database.template-host", "orders.datasource.url");
        assertNoGo("application.properties", text, "database.template-host", "shop.datasource.url");
    }

    @Test
    void aPossessiveBeforeAnotherWordOrInsideALabelShouldStayAHostName() throws Exception {
        String text = """
                lab.datasource.url=jdbc:postgresql://tu-dresden-gis.campus.example-uni.de:5432/lab
                lab.datasource.password=${LAB_DB_PASSWORD}
                api.datasource.url=jdbc:mysql://edge-tu-servidor.acme-corp.io:3306/api
                api.datasource.password=${API_DB_PASSWORD}
                site.datasource.url=jdbc:mysql://monprojet-db.acme-corp.fr:3306/site
                site.datasource.password=${SITE_DB_PASSWORD}
                """;
        for (String key : new String[] {"lab.datasource.url", "api.datasource.url", "site.datasource.url"}) {
            assertThat(about(findings("application.properties", text), key)).as(key)
                    .noneMatch(finding -> finding.contains("template-host"));
        }
    }

    @Test
    void aForeignYourProjectAsTheRegistryPathsFirstSegmentShouldBeTemplateText() throws Exception {
        String text = """
                image.repository=europe-docker.pkg.dev/tuo-progetto/payments-api
                worker.image=ghcr.io/Tu_Proyecto/worker:3.1
                """;
        assertNoGo("values.properties", text, "sandbox.reserved-host", "image.repository");
        assertNoGo("values.properties", text, "sandbox.reserved-host", "worker.image");
    }

    @Test
    void ordinaryNamespacesAndLaterSegmentsShouldStayClean() throws Exception {
        String text = """
                image.repository=gcr.io/tu-wien-lab/api
                team.image=ghcr.io/mi-equipo/app:2.0
                acme.image=gcr.io/acme-project/api
                docs.url=https://docs.acme-corp.io/guides/mon-site
                """;
        for (String key : new String[] {"image.repository", "team.image", "acme.image", "docs.url"}) {
            assertThat(about(findings("values.properties", text), key)).as(key).isEmpty();
        }
    }

    @Test
    void aBuildTokenNamedAsANoteToFillInShouldBeTemplateText() throws Exception {
        String text = """
                alerts.kafka.brokers=@SET_ME@
                notifier.api-token=@REPLACE_ME@
                """;
        assertNoGo("application.properties", text, "sandbox.reserved-host", "alerts.kafka.brokers");
        assertNoGo("application.properties", text, "secrets.placeholder", "notifier.api-token");
    }

    @Test
    void buildPropertiesFilledByMavenShouldStayReferences() throws Exception {
        String text = """
                spring.kafka.bootstrap-servers=@kafka.brokers@
                cluster.hosts=@setup.hosts@
                app.jwt-secret=@jwt.secret@
                info.version=@project.version@
                """;
        for (String key : new String[] {"spring.kafka.bootstrap-servers", "cluster.hosts", "app.jwt-secret",
                "info.version"}) {
            assertThat(about(findings("application.properties", text), key)).as(key).isEmpty();
        }
    }

    @Test
    void anAdministratorsRegistrationSecretShouldBeJudgedWithOpenRegistrationOff() throws Exception {
        String text = """
                enable_registration=false
                registration_shared_secret=changeme_admin_signup_secret
                """;
        assertNoGo("homeserver.properties", text, "secrets.placeholder", "registration_shared_secret");
    }

    @Test
    void anEmptyRegistrationSecretAndOtherSecretsOfTheSwitchedOffSectionShouldNotBeNoGo() throws Exception {
        String text = """
                enable_registration=false
                registration_shared_secret=
                registration.enabled=false
                registration.recaptcha.secret=changeme
                """;
        assertThat(about(findings("homeserver.properties", text), "registration_shared_secret")).isEmpty();
        assertThat(noGo(findings("homeserver.properties", text), "registration.recaptcha.secret")).isEmpty();
        String dendrite = """
                client_api.registration_disabled=true
                client_api.registration_shared_secret=
                """;
        assertThat(about(findings("dendrite.properties", dendrite), "client_api.registration_shared_secret")).isEmpty();
    }

    private void assertNoGo(String fileName, String text, String code, String key) throws Exception {
        assertThat(noGo(findings(fileName, text), key)).contains("NO_GO " + code + " " + key);
    }
}
