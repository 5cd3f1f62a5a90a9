package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the fortieth pass: rules for what the first contact with the blind sets 148 to 153 missed,
 * each beside the value that tempts it; every built-in gate runs.
 */
class FortiethPassLeadTests extends EveryGateOnOneFile {

    @Test
    void aKeyQualifiedByACiphersOwnNameShouldBeAnEncryptionKeyButTheCiphersNameOrItsVectorNot() throws Exception {
        assertThat(noGo(findings("settings.properties", "_RIJNDAEL_KEY_=changeme\n"), "_RIJNDAEL_KEY_"))
                .isNotEmpty();
        assertThat(noGo(findings("app.env", "BLOWFISH_KEY=a8Hk29dkQpL0xMzv\n"), "BLOWFISH_KEY")).isNotEmpty();
        assertThat(noGo(findings("app.env", "TRIPLEDES_KEY=secret123\n"), "TRIPLEDES_KEY")).isNotEmpty();
        assertThat(about(findings("app.env", "BLOWFISH_KEY=${BLOWFISH_KEY}\n"), "BLOWFISH_KEY"))
                .containsExactly("INFO settings.deferred BLOWFISH_KEY");
        assertThat(about(findings("app.properties", "crypto.cipher=blowfish\n"), "crypto.cipher")).isEmpty();
        assertThat(about(findings("app.properties", "rijndael.mode=CBC\n"), "rijndael.mode")).isEmpty();
        assertThat(about(findings("settings.properties", "_RIJNDAEL_IV_=2jnUtJeWyJjdtwrw2Id9VA==\n"),
                "_RIJNDAEL_IV_")).isEmpty();
    }

    @Test
    void aSendmailCommandRelayingToAMailCatcherShouldBeANoGoButACatcherNamedElsewhereInItNot() throws Exception {
        assertThat(noGo(findings("drupal.env", "PHP_SENDMAIL_PATH=/usr/sbin/sendmail -t -i -S mailhog:1025\n"),
                "PHP_SENDMAIL_PATH")).isNotEmpty();
        assertThat(noGo(findings("drupal.env",
                "PHP_SENDMAIL_PATH=/usr/local/bin/mhsendmail --smtp-addr=\"mailhog:1025\"\n"), "PHP_SENDMAIL_PATH"))
                .isNotEmpty();
        assertThat(about(findings("drupal.env", "PHP_SENDMAIL_PATH=/usr/sbin/sendmail -t -i -S smtp.acme.org:587\n"),
                "PHP_SENDMAIL_PATH")).isEmpty();
        assertThat(about(findings("drupal.env", "PHP_SENDMAIL_PATH=/usr/sbin/sendmail -t -i\n"), "PHP_SENDMAIL_PATH"))
                .isEmpty();
        assertThat(about(findings("drupal.env",
                "PHP_SENDMAIL_PATH=/usr/sbin/sendmail -t -i -f mailhog@acme.org --log /var/log/mailhog\n"),
                "PHP_SENDMAIL_PATH")).isEmpty();
    }

    @Test
    void accountsAddedWithPasswordsEqualToTheirNamesShouldBeGuessableButAListOfNamesNot() throws Exception {
        assertThat(noGo(findings("concourse.env", "CONCOURSE_ADD_LOCAL_USER=test:test,nerds:nerds\n"),
                "CONCOURSE_ADD_LOCAL_USER")).isNotEmpty();
        assertThat(noGo(findings("concourse.env", "CONCOURSE_ADD_LOCAL_USER=admin:admin\n"),
                "CONCOURSE_ADD_LOCAL_USER")).isNotEmpty();
        List<String> generated = findings("concourse.env", """
                CONCOURSE_ADD_LOCAL_USER=${CONCOURSE_USERS}
                CONCOURSE_MAIN_TEAM_LOCAL_USER=admin
                """);
        assertThat(about(generated, "CONCOURSE_ADD_LOCAL_USER"))
                .containsExactly("INFO settings.deferred CONCOURSE_ADD_LOCAL_USER");
        assertThat(about(generated, "CONCOURSE_MAIN_TEAM_LOCAL_USER")).isEmpty();
        assertThat(about(findings("cloud-init.properties", "create_user=ubuntu\n"), "create_user")).isEmpty();
        assertThat(about(findings("app.properties", "paddle.user=vendor\n"), "paddle.user")).isEmpty();
    }
}
