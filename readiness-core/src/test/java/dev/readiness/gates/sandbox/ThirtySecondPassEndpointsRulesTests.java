package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Mail and directory logins over clear-text links; nodemailer's options under a mail section. */
class ThirtySecondPassEndpointsRulesTests {

    @Test
    void aMailOrDirectoryLoginWithItsStartTlsOffIsReported() {
        // Flask-AppBuilder's webserver_config.py, Flask-Mail and Swoosh (config/runtime.exs) flattened
        assertThat(SandboxRuleChecks.production("AUTH_LDAP_SERVER=ldap://ldap-server:10389\n"
                + "AUTH_LDAP_BIND_USER=cn=admin,dc=corp,dc=example\nAUTH_LDAP_BIND_PASSWORD=${LDAP_BIND_PASSWORD}\n"
                + "AUTH_LDAP_USE_TLS=False\n"
                + "MAIL_SERVER=smtp.sendgrid.net\nMAIL_PORT=587\nMAIL_USE_TLS=False\nMAIL_USERNAME=apikey\n"
                + "MAIL_PASSWORD=${SENDGRID_KEY}\n"
                + "config.shop.Shop.Mailer.relay=smtp.mailgun.org\nconfig.shop.Shop.Mailer.tls=:never\n"
                + "config.shop.Shop.Mailer.password=${SMTP_PASSWORD}\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .contains(
                        Tuple.tuple("AUTH_LDAP_SERVER", "sandbox.tls-off", Severity.NO_GO),
                        Tuple.tuple("AUTH_LDAP_USE_TLS", "sandbox.tls-off", Severity.NO_GO),
                        Tuple.tuple("MAIL_USE_TLS", "sandbox.tls-off", Severity.NO_GO),
                        Tuple.tuple("config.shop.Shop.Mailer.tls", "sandbox.tls-off", Severity.NO_GO));
    }

    @Test
    void aLoginEncryptedAnotherWayOrWithoutPasswordOrSwitchedOffStaysClean() {
        assertThat(SandboxRuleChecks.production(
                // implicit TLS beside the STARTTLS switch, and the TLS port
                "MAIL_SERVER=smtp.gmail.com\nMAIL_PORT=465\nMAIL_USE_TLS=False\nMAIL_USE_SSL=True\n"
                + "MAIL_PASSWORD=${MAIL_PASSWORD}\n"
                + "EMAIL_HOST=smtp.eu.mailgun.org\nEMAIL_PORT=465\nEMAIL_USE_TLS=False\n"
                + "EMAIL_HOST_PASSWORD=${EMAIL_PASSWORD}\n"
                // StartTLS on for the directory, an ldaps:// address, a directory without a bind password, one off
                + "AUTH_LDAP_SERVER=ldap://ldap.corp.example:389\nAUTH_LDAP_USE_TLS=True\n"
                + "AUTH_LDAP_BIND_PASSWORD=${LDAP_BIND_PASSWORD}\n"
                + "spring.ldap.urls=ldaps://ad.corp.example:636\nspring.ldap.password=${AD_PASSWORD}\n"
                + "ldap.url=ldap://amed.local\nldap.base_search_dn=dc=amed,dc=local\n"
                + "auth.ldap.enabled=false\nauth.ldap.url=ldap://serverhost:389\nauth.ldap.bindCredentials=${BIND}\n"
                + "auth.ldap.tlsEnabled=false\n"
                // a mail relay on the local machine, and Ghost's nodemailer options (secure=false upgrades with
                // STARTTLS on port 587)
                + "SMTP_HOST=localhost\nSMTP_USE_TLS=false\nSMTP_PASSWORD=${SMTP_PASSWORD}\n"
                + "mail.transport=SMTP\nmail.options.host=smtp.mailgun.org\nmail.options.port=587\n"
                + "mail.options.secure=false\nmail.options.auth.user=postmaster@mg.shop-example.io\n"
                + "mail.options.auth.pass=${MAILGUN_PASSWORD}\n"))
                .extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void selfHostedProductsPlainMailAndDirectoryLinksAreReported() {
        // Mastodon .env.production, Synapse homeserver.yaml, Authelia configuration.yml, GitLab gitlab.rb, flattened
        assertThat(SandboxRuleChecks.production("SMTP_SERVER=smtp.mailgun.org\nSMTP_PORT=587\n"
                + "SMTP_LOGIN=postmaster@mg.social-example.net\nSMTP_PASSWORD=${SMTP_PASSWORD}\n"
                + "SMTP_ENABLE_STARTTLS=never\nSMTP_OPENSSL_VERIFY_MODE=none\n"
                + "email.smtp_host=smtp.sendgrid.net\nemail.smtp_port=587\nemail.smtp_pass=${SENDGRID_KEY}\n"
                + "email.enable_tls=false\n"
                + "authentication_backend.ldap.address=ldap://openldap:389\n"
                + "authentication_backend.ldap.start_tls=false\nauthentication_backend.ldap.password=${LDAP_BIND}\n"
                + "notifier.smtp.address=submission://smtp.mail-example.net:587\n"
                + "notifier.smtp.password=${NOTIFIER_PASSWORD}\nnotifier.smtp.disable_starttls=true\n"
                + "gitlab_rails.ldap_servers.main.host=ldap.corp-example.net\n"
                + "gitlab_rails.ldap_servers.main.encryption=plain\n"
                + "gitlab_rails.ldap_servers.main.password=${LDAP_BIND}\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(
                        Tuple.tuple("SMTP_ENABLE_STARTTLS", "sandbox.tls-off"),
                        Tuple.tuple("SMTP_OPENSSL_VERIFY_MODE", "sandbox.tls-unverified"),
                        Tuple.tuple("email.enable_tls", "sandbox.tls-off"),
                        Tuple.tuple("authentication_backend.ldap.address", "sandbox.tls-off"),
                        Tuple.tuple("authentication_backend.ldap.start_tls", "sandbox.tls-off"),
                        Tuple.tuple("notifier.smtp.disable_starttls", "sandbox.tls-off"),
                        Tuple.tuple("gitlab_rails.ldap_servers.main.encryption", "sandbox.tls-off"));
    }

    @Test
    void selfHostedProductsEncryptedMailAndDirectoryLinksStayClean() {
        assertThat(SandboxRuleChecks.production("SMTP_SERVER=smtp.mailgun.org\nSMTP_PORT=587\n"
                + "SMTP_PASSWORD=${SMTP_PASSWORD}\nSMTP_ENABLE_STARTTLS=auto\nSMTP_OPENSSL_VERIFY_MODE=peer\n"
                + "email.smtp_host=smtp.sendgrid.net\nemail.smtp_pass=${SENDGRID_KEY}\nemail.enable_tls=true\n"
                + "email.require_transport_security=true\n"
                + "authentication_backend.ldap.address=ldaps://ldap.corp-example.net:636\n"
                + "authentication_backend.ldap.start_tls=false\nauthentication_backend.ldap.password=${LDAP_BIND}\n"
                + "notifier.smtp.address=submission://smtp.mail-example.net:587\n"
                + "notifier.smtp.password=${NOTIFIER_PASSWORD}\nnotifier.smtp.disable_starttls=false\n"
                + "gitlab_rails.ldap_servers.main.host=ldap.corp-example.net\n"
                + "gitlab_rails.ldap_servers.main.encryption=start_tls\n"
                + "gitlab_rails.ldap_servers.main.password=${LDAP_BIND}\n"))
                .extracting(Finding::code).doesNotContain("sandbox.tls-off", "sandbox.tls-unverified");
    }

    @Test
    void aUrlWhosePortAloneIsSuppliedAtRunTimeIsJudgedForItsWrittenHost() {
        Setting written = Setting.deferred("PUBLIC_APP_URL", "http://localhost:${PUBLIC_APP_PORT}/app/${TENANT}",
                Origin.of("deploy.env:1"), "environment variables");
        assertThat(PortReferences.withoutPort(written)).extracting(Setting::value).isEqualTo("http://localhost/app/");
        assertThat(SandboxGate.fixedPart(written)).extracting(Setting::value).isEqualTo("http://localhost/app/");
        assertThat(PortReferences.withoutPort(Setting.deferred("PUBLIC_APP_URL",
                "http://localhost:${PORT:-${FALLBACK_PORT}}", Origin.of("deploy.env:1"), "environment variables")))
                .extracting(Setting::value).isEqualTo("http://localhost");
    }

    @Test
    void aUrlWhoseHostOrMoreThanItsPortIsSuppliedAtRunTimeIsLeftAlone() {
        for (String value : new String[] {"http://${APP_HOST}:8080/login", "http://localhost:${PORT}0/login",
            "${APP_URL}", "https://${USER}@localhost:${PORT}/"}) {
            assertThat(PortReferences.withoutPort(Setting.deferred("PUBLIC_APP_URL", value, Origin.of("deploy.env:1"),
                    "environment variables"))).as(value).isNull();
        }
    }

    @Test
    void aGitRemoteInScpSyntaxIsJudgedAsTheSshUrlItIs() {
        // Ansible group_vars flattened: components[].repo as git clone takes it
        assertThat(SandboxRuleChecks.production("components[0].repo=git@github.com:yourorg/shop-frontend.git\n"
                + "deploy.repo=git@github.com:shop-example/shop-backend.git\n"))
                .extracting(Finding::subject).containsExactly("components[0].repo");
    }

    @Test
    void onlyAnAddressWithADottedHostAndAPathIsReadAsAGitRemote() {
        assertThat(ScpRemotes.asSsh("git@github.com:yourorg/shop.git")).isEqualTo("git@github.com/yourorg/shop.git");
        assertThat(ScpRemotes.asSsh("git@gitlab.example-corp.net:~/infra")).isNotNull();
        assertThat(ScpRemotes.asSsh("postgres@db.internal:5432")).isNull(); // a port
        assertThat(ScpRemotes.asSsh("postgres@db:app")).isNull(); // no dotted host
        assertThat(ScpRemotes.asSsh("ops@shop-example.io")).isNull(); // a mail address
        assertThat(ScpRemotes.asSsh("admins=a@shop-example.io:b@shop-example.io")).isNull();
    }

    @Test
    void anEcrRegistryUnderAwsDocumentationAccountIsATemplate() {
        // Ansible group_vars and Helm values: AWS's guides write 123456789012 or 111122223333 for the reader's account
        assertThat(SandboxRuleChecks.production("docker_registry=123456789012.dkr.ecr.us-east-1.amazonaws.com\n"
                + "image.repository=111122223333.dkr.ecr.eu-west-1.amazonaws.com/shop-api\n"
                + "worker.image.repository=408761902255.dkr.ecr.eu-west-1.amazonaws.com/shop-worker\n"))
                .extracting(Finding::subject, Finding::code)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("docker_registry", "sandbox.reserved-host"),
                        Tuple.tuple("image.repository", "sandbox.reserved-host"));
    }

    @Test
    void aClientThatIsNeitherMailNorDirectoryIsNotReadByTheLoginRule() {
        assertThat(SandboxKey.judgesPlainLogin("AUTH_LDAP_USE_TLS")).isTrue();
        assertThat(SandboxKey.judgesPlainLogin("MAIL_USE_TLS")).isTrue();
        assertThat(SandboxKey.judgesPlainLogin("REDIS_TLS")).isFalse();
        assertThat(SandboxKey.judgesPlainLogin("GRPC_USE_TLS")).isFalse();
    }
}
