package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TwentySeventhPassEndpointRulesTests {

    private static List<Tuple> findings(String dotenv) {
        return SandboxRuleChecks.production(dotenv).stream()
                .map(finding -> Tuple.tuple(finding.subject(), finding.code(), finding.severity())).toList();
    }

    @Test
    void aLoopbackAddressPeopleOpenIsALocalPublicUrl() {
        assertThat(findings("ALEPH_UI_URL=http://localhost:8080/\nWWW_URL=http://localhost:4400\n"
                + "JOANIE_BACKOFFICE_BASE_URL=http://localhost:8072\nADMIN_PANEL_LINK=http://localhost:4000\n"
                + "RESET_PASS_LINK=http://localhost:3000/resetPassword\nSTAFF_APP_URL=http://localhost:8081\n"
                + "SERVER_URL=http://localhost:1337\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("ALEPH_UI_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("WWW_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("JOANIE_BACKOFFICE_BASE_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("ADMIN_PANEL_LINK", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("RESET_PASS_LINK", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("STAFF_APP_URL", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("SERVER_URL", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void anotherServerBesideTheServiceAUiDefinitionStoreAndABindHostStayAWarnOrClean() {
        assertThat(findings("OLLAMA_SERVER_URL=http://localhost:11434\nPROOF_SERVER_URL=http://localhost:6300\n"
                + "ccd.ui-definition.host=http://localhost:4451\nAPI_BASE_URL=http://localhost:8080\n"))
                .extracting(tuple -> tuple.toArray()[2]).containsOnly(Severity.WARN);
        assertThat(SandboxRuleChecks.production("www.host=0.0.0.0\nWEBUI_PORT=8080\n")).isEmpty();
    }

    @Test
    void theServersOwnUrlOnTheLoopbackAddressStaysASidecarsWarn() {
        assertThat(findings("SERVER_URL=http://127.0.0.1:8080/app\n"))
                .containsExactly(Tuple.tuple("SERVER_URL", "sandbox.local-host", Severity.WARN));
        assertThat(SandboxRuleChecks.production("PARSE_MOUNT=/app\nSERVER_URL=http://127.0.0.1:8080/app\n")).isEmpty();
    }

    @Test
    void onlyTheWordRightBeforeTheAddressWordNamesWhatPeopleOpen() {
        assertThat(OpenedAddresses.named(KeyWords.of("dspace.ui.url"), "localhost")).isTrue();
        assertThat(OpenedAddresses.named(KeyWords.of("selfservice.flows.login.ui_url"), "localhost")).isTrue();
        assertThat(OpenedAddresses.named(KeyWords.of("CRATER_APP_URL"), "localhost")).isTrue();
        assertThat(OpenedAddresses.named(KeyWords.of("APP_URL"), "localhost")).isFalse();
        assertThat(OpenedAddresses.named(KeyWords.of("ccd.ui-definition.host"), "localhost")).isFalse();
        assertThat(OpenedAddresses.named(KeyWords.of("UI_HOST"), "localhost")).isFalse();
        assertThat(OpenedAddresses.named(KeyWords.of("LINK"), "localhost")).isFalse();
        assertThat(OpenedAddresses.named(KeyWords.of("nlp.server_url"), "localhost")).isFalse();
        assertThat(OpenedAddresses.named(KeyWords.of("SERVER_URL"), "localhost")).isTrue();
        assertThat(OpenedAddresses.named(KeyWords.of("SERVER_URL"), "127.0.0.1")).isFalse();
    }

    @Test
    void aWordWhereASchemelessListsPortGoesIsTemplateText() {
        assertThat(findings("KAFKA_ADDRESS=kafkahost1:port,kafkahost2:port\n"
                + "KAFKA_BOOTSTRAP_SERVERS=host1:port1,host2:port2\nSMTP_ADDRESS=HOST:PORT\napp.zk.addr=ip:port\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("KAFKA_ADDRESS", "sandbox.template-url", Severity.NO_GO),
                        Tuple.tuple("KAFKA_BOOTSTRAP_SERVERS", "sandbox.template-url", Severity.NO_GO),
                        Tuple.tuple("SMTP_ADDRESS", "sandbox.template-url", Severity.NO_GO),
                        Tuple.tuple("app.zk.addr", "sandbox.template-url", Severity.NO_GO));
    }

    @Test
    void imageTagsPairsRealPortsAndWordsEndingInPortStayClean() {
        assertThat(SandboxRuleChecks.production("REDIS_IMAGE=redis:alpine\nKAFKA_BROKERS=broker1:9092,broker2:9092\n"
                + "LOGIN=user:admin\nMODE=transport\nLISTEN=:port\nROUTE=airport:export\nHOSTS=a b:port\n"))
                .isEmpty();
    }

    @Test
    void theCheapLookReadsOnlyATrailingPortWord() {
        assertThat(TemplateAuthorities.endsWithPortWord("kafkahost1:port")).isTrue();
        assertThat(TemplateAuthorities.endsWithPortWord("host2:PORT2")).isTrue();
        assertThat(TemplateAuthorities.endsWithPortWord(":port")).isFalse();
        assertThat(TemplateAuthorities.endsWithPortWord("host:port123")).isFalse();
        assertThat(TemplateAuthorities.endsWithPortWord("airport")).isFalse();
    }
}
