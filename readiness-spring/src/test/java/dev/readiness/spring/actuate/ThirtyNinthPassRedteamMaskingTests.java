package dev.readiness.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Thirty-ninth pass, hostile tester: with {@code management.endpoint.gates.show-values=never}, {@code /actuator/gates}
 * still showed a host whose top-level domain was not on the masking list: {@code orders-db.prod.acme.systems},
 * {@code payments.acme.network}, {@code db.acme.digital}, {@code ci.acme.tools} (every one a public top-level domain
 * companies use). Setting keys ending in ordinary words keep showing.
 */
class ThirtyNinthPassRedteamMaskingTests {

    @Test
    void hostsUnderTheNewerGenericTopLevelDomainsAreMasked() {
        assertThat(ReportMasking.text("spring.datasource.url does not require TLS for the PostgreSQL database at"
                + " orders-db.prod.acme.systems")).isEqualTo("spring.datasource.url does not require TLS for the"
                        + " PostgreSQL database at ******");
        for (String host : new String[] {"payments.acme.network", "db.acme.digital", "ci.acme.tools",
                "api.acme.services", "shop.acme.solutions", "app.acme.agency", "cdn.acme.studio",
                "mail.acme.website", "acme.hosting", "acme.works"}) {
            assertThat(ReportMasking.text("REDIS_URL connects to " + host + " without TLS"))
                    .isEqualTo("REDIS_URL connects to ****** without TLS");
        }
    }

    @Test
    void keysEndingInOrdinaryWordsStay() {
        assertThat(ReportMasking.text("certificatesResolvers.le.acme.email names a domain Let's Encrypt refuses"))
                .startsWith("certificatesResolvers.le.acme.email");
        assertThat(ReportMasking.text("app.admin.group is blank")).isEqualTo("app.admin.group is blank");
        assertThat(ReportMasking.text("spring.mail.host is blank")).isEqualTo("spring.mail.host is blank");
    }
}
