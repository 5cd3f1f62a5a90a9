package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostsTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"redis", "db", "postgres-primary", "cache_1", " Redis ", "a", "1cache"})
    void isServiceNameWhenTheHostIsOneComposeOrClusterLabelShouldBeTrue(String host) {
        assertThat(Hosts.isServiceName(host)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "  ", "localhost", "redis.example.com", "cache.svc.cluster.local", "10.0.0.5", "::1",
            "redis:6379", "host", "hostname", "<host>", "${REDIS_HOST}", "{{host}}", "your-redis-host", "6379", "-redis",
            "re dis", "re/dis", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void isServiceNameWhenTheHostHasADomainAnAddressOrIsATemplateShouldBeFalse(String host) {
        assertThat(Hosts.isServiceName(host)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xx", "XX", "fake-db", "dummy.smtp.com", "fake_db", "xxx.example.org", "your-db-host",
        "CHANGE_ME_HOST", "YOUR_DB_HOST", "SET_HOST_HERE", "TROQUE_PELO_IP_DO_CANARY", "CAMBIAR_POR_HOST",
        "IP_ICI", "rm-xxxxx.postgres.rds.aliyuncs.com",
        "r-xxxxxx.redis.rds.aliyuncs.com", "cloud-platform-xxxxx.yyyyy.eu-west-2.rds.amazonaws.com"})
    void isTemplateShouldReadFillerAndStandInFirstWords(String host) {
        assertThat(Hosts.isTemplate(host)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x", "db", "fakedb", "fakespot-db.internal", "db-fake", "prod.fake-news.org", "xx1",
        "dummyhost", "postgres", "SQL_PROD01", "DB_PRIMARY", "change_me_host_docs.acme.io", "rm-xxh3.acme.io",
        "xxl-job-admin", "box-xx.acme.io", "TROQUE", "SRV_HIERARCHY", "DB_AQUILA"})
    void isTemplateShouldLeaveNamesThatOnlyContainTheWordsAlone(String host) {
        assertThat(Hosts.isTemplate(host)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TROQUE_AQUI", "REPLACE_WITH_DB_USER", "YOUR_DB_USER", "CAMBIAR_USUARIO", "DB_USER_HERE"})
    void isCapitalFillInUserShouldReadInstructionsInAnyLanguage(String user) {
        assertThat(Hosts.isCapitalFillInUser(user)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"APP_USER", "MY_APP", "ME_READONLY", "REDROCK_CORE_DB_USERNAME", "troque_aqui", "TROQUE",
        "SA"})
    void isCapitalFillInUserShouldLeaveCapitalRoleNames(String user) {
        assertThat(Hosts.isCapitalFillInUser(user)).isFalse();
    }
}
