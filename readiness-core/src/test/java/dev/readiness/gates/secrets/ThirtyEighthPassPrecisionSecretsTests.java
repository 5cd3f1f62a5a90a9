package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-eighth pass, precision of the secrets gate: an empty opt-in toggle ({@code ENABLE_LDAP=}, docker-mailserver's
 * "empty => LDAP authentification is disabled") leaves its integration off, so the integration's blank bind password
 * is no secret left out; a toggle switched on, a toggle that ends with its switch word ({@code LDAP_ENABLED=}, whose
 * default the key does not tell) and another integration's blank stay reported.
 */
class ThirtyEighthPassPrecisionSecretsTests {

    private static List<Finding> findings(String text, String key) {
        return ThirtySeventhPassPrecisionSecretsTests.findings(text, key);
    }

    @Test
    void aBlankBindPasswordBesideAnEmptyOptInToggleShouldNotBeReported() {
        assertThat(findings("ENABLE_LDAP=\nLDAP_BIND_DN=cn=admin,dc=acme,dc=io\nLDAP_BIND_PW=\n", "LDAP_BIND_PW"))
                .isEmpty();
    }

    @Test
    void aBlankBesideAToggleSwitchedOnOrWithoutTheOptInFormShouldStayReported() {
        List<Finding> on = findings("ENABLE_LDAP=1\nLDAP_BIND_PW=\n", "LDAP_BIND_PW");
        assertThat(on).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(on.get(0).subject()).isEqualTo("LDAP_BIND_PW");
        assertThat(findings("LDAP_ENABLED=\nLDAP_BIND_PW=\n", "LDAP_BIND_PW")).extracting(Finding::code)
                .containsExactly("secrets.blank");
        assertThat(findings("ENABLE_LDAP=\nSMTP_PASSWORD=\nSMTP_HOST=smtp.acme.io\n", "SMTP_PASSWORD"))
                .extracting(Finding::code).containsExactly("secrets.blank");
    }
}
