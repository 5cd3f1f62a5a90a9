package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-eighth pass's placeholder rules: a web URL whose host is words with a space between them
 * ({@code https://YOUR DOMAIN/apps}, {@code https://(Domain Name)/oauth2/callback}) is template text, while lists of
 * URLs, a comment after a URL and template expressions a runtime expands stay clean; a mail host key holding the
 * generic name of its own slot in capitals ({@code mail.host=MAIL_SERVER}, {@code mail.host=SMTP_HOST}) is template
 * text, while a variable's name with a project's prefix, a lower-case Compose service and another role's name stay
 * clean; a template domain as the whole value of a key that names no address ({@code realm=turn.yourdomain.com},
 * {@code default_provider=example.com}, an SOA record of template names and numbers) is a NO-GO, while a list that
 * names a real domain, a file name, a Java package, a log tag under {@code .test} and a site id stay clean; an object
 * store or HDFS URL on documentation's stand-in bucket ({@code s3://my-bucket}) or path ({@code hdfs://path/to/…}) is
 * a NO-GO, while real buckets, references and name nodes stay clean.
 */
class ThirtyEighthPassPlaceholdersTests {

    @ParameterizedTest
    @ValueSource(strings = {"overwrite.cli.url=https://YOUR DOMAIN/apps/dashboard/templates/index.html",
            "redirect_url=https://(Domain Name)/oauth2/callback", "PUBLIC_URL=https://your server name",
            "APP_URL=http://My App Host?x=1"})
    void aWebUrlWhoseHostIsWordsIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + " holds a web URL whose host is words")
                .doesNotContain("DOMAIN").doesNotContain("Domain Name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CORS_ORIGINS=https://app.acme-corp.io https://admin.acme-corp.io",
            "PUBLIC_URL=https://app.acme-corp.io # the public site",
            "session.cookies[0].authelia_url=https://auth.{{ env \"DOMAIN\" }}/",
            "app_base_url=https://{{ app_hostname }}", "PUBLIC_URL=https://app.acme-corp.io/search?q=a b",
            "PUBLIC_URL=https://app.acme-corp.io"})
    void listsCommentsPathsAndExpandedTemplatesAreNotWordedHosts(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key))
                .extracting(Finding::message).noneMatch(message -> message.contains("host is words"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail.host=MAIL_SERVER", "mail.host=SMTP_HOST", "EMAIL_HOST=SMTP_SERVER",
            "SMTP_SERVER=MAIL_HOST", "api.host=API_SERVER"})
    void aHostKeyHoldingItsSlotsGenericNameIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.template-url", Severity.NO_GO));
        assertThat(findings.get(0).message()).doesNotContain(line.substring(line.indexOf('=') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail.host=mail_server", "mail.host=UW_PERSON_MAIL_HOST", "mail.host=API_SERVER",
            "mail.host=smtp.acme-corp.io", "ZBX_SERVER=zabbix_server", "mail.host=MAILSERVER"})
    void prefixedNamesServicesAndOtherRolesAreNotTheSlotsName(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key)).extracting(Finding::code)
                .doesNotContain("sandbox.template-url");
    }

    @Test
    void theSlotsNameOutsideProductionIsNotReported() {
        assertThat(new SandboxGate().check(dev.readiness.GateContext.of(dev.readiness.Stage.STAGING,
                dev.readiness.settings.Settings.builder().dotenv("app.env", "MAIL_HOST=MAIL_SERVER\n").build()))
                .findings()).extracting(Finding::code).doesNotContain("sandbox.template-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"realm=turn.yourdomain.com", "default_provider=example.com",
            "default-soa-content=ns1.your-domain.com hostmaster.your-domain.com 0 3600 600 1209600 3600",
            "SITE_LABEL=your-site-name.com", "hello=alertmanager.example.com"})
    void aTemplateDomainUnderAKeyThatNamesNoAddressIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPAM_DOMAINS=example.com, baddomain.com", "SPAM_DOMAINS=example.com baddomain.com",
            "admin_server.key_path=example.key", "deploy.script=example.sh",
            "mybatis.type-aliases-package=com.example.app.domain", "filter_parser.match=lara-app.test",
            "PLAUSIBLE_SITE_ID=yoursite.com", "realm=turn.acme-corp.io", "app.version=1.2.3",
            "spring.application.name=Example.com"})
    void listsWithARealDomainFilesPackagesTagsAndSiteIdsAreNotTemplateHosts(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key)).extracting(Finding::code)
                .doesNotContain("sandbox.reserved-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"defaultArtifactRoot=s3://my-bucket", "ARTIFACT_PATH=hdfs://path/to/data/hadoop/mlflow",
            "BACKUP_URI=gs://your-bucket/backups", "spark.sql.warehouse.dir=s3a://DOC-EXAMPLE-BUCKET/warehouse"})
    void aDocumentationBucketOrPathIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + " names the bucket or storage path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ARTIFACT_ROOT=s3://mlflow/artifacts/", "spark.hadoop.fs.defaultFS=hdfs://namenode:8020",
            "MLFLOW_ARTIFACTS_DESTINATION=s3://${S3_BUCKET}", "backup.destination=s3://acme-backups/production",
            "LOG_DIR=/path/to/logs"})
    void realBucketsReferencesAndNameNodesAreNotTemplateBuckets(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key))
                .extracting(Finding::message).noneMatch(message -> message.contains("names the bucket or storage"));
    }
}
