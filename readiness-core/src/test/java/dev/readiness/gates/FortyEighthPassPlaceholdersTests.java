package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-eighth pass's placeholders, each beside the values that tempt it; every built-in gate runs on one file.
 * A template domain under a key whose last word is a destination word that the bare-host reading does not take for a
 * host's key ({@code SITE_NAME}, {@code MAILNAME}, a certificate's {@code commonName}, a bucket suffix); a sentence
 * that speaks of the credential it stands in for ({@code api key to access google vision}).
 */
class FortyEighthPassPlaceholdersTests extends EveryGateOnOneFile {

    @Test
    void aTemplateDomainUnderANameOrSuffixKeyShouldBeAReservedHost() throws Exception {
        String text = """
                SITE_NAME=your-school-site.com
                POSTFIX_MAILNAME=smtp.example.net
                tenant.spec.tls.commonName=objects-eu-1.example.org
                storage.bucketsuffix=files.yourdomain.com
                """;
        for (String key : new String[] {"SITE_NAME", "POSTFIX_MAILNAME", "tenant.spec.tls.commonName",
                "storage.bucketsuffix"}) {
            assertThat(noGo(findings("deploy.env", text), key)).as(key)
                    .contains("NO_GO sandbox.reserved-host " + key);
        }
    }

    @Test
    void realDomainsFilesPackagesAndSiteIdsUnderNameOrSuffixKeysShouldStayClean() throws Exception {
        String text = """
                SITE_NAME=learn.harbour-academy.net
                POSTFIX_MAILNAME=mx1.northwind-freight.de
                tenant.spec.tls.commonName=objects.harbour-academy.net
                storage.bucketsuffix=assets.northwind-freight.de
                TLS_KEY_NAME=example.key
                SPRING_APPLICATION_NAME=com.example.orders
                ANALYTICS_SITE_ID=yoursite.com
                LDAP_BASE_NAME=mycompany.com
                """;
        for (String key : new String[] {"SITE_NAME", "POSTFIX_MAILNAME", "tenant.spec.tls.commonName",
                "storage.bucketsuffix", "TLS_KEY_NAME", "SPRING_APPLICATION_NAME", "ANALYTICS_SITE_ID",
                "LDAP_BASE_NAME"}) {
            assertThat(about(findings("deploy.env", text), key)).as(key)
                    .noneMatch(finding -> finding.contains("sandbox.reserved-host"));
        }
    }

    @Test
    void aSentenceAboutTheCredentialShouldBeAPlaceholder() throws Exception {
        String description = "VISION_API_KEY=api key to access google vision\n";
        assertThat(noGo(findings("vision.env", description), "VISION_API_KEY"))
                .contains("NO_GO secrets.placeholder VISION_API_KEY");
        String note = "SECRET_KEY=This secret should really be overridden in shop/settings/prod.py\n";
        assertThat(noGo(findings("settings.properties", note), "SECRET_KEY"))
                .contains("NO_GO secrets.placeholder SECRET_KEY");
    }

    @Test
    void passphrasesAppPasswordsAndCommentsShouldNotBeReadAsSentences() throws Exception {
        String text = """
                BACKUP_PASSPHRASE=violet harbour lantern quietly orbit
                SESSION_SECRET=kvrm tqpz hwlc nbdx
                SYNC_TOKEN=Hq8vLr2 TnWcZ4pXk 9sMfB1yJ to
                """;
        for (String key : new String[] {"BACKUP_PASSPHRASE", "SESSION_SECRET", "SYNC_TOKEN"}) {
            assertThat(about(findings("service.env", text), key)).as(key)
                    .noneMatch(finding -> finding.contains("secrets.placeholder"));
        }
        String comment = "auth.secret=# set from the secret manager in the deploy\n";
        assertThat(about(findings("service.properties", comment), "auth.secret"))
                .noneMatch(finding -> finding.contains("secrets.placeholder"));
    }
}
