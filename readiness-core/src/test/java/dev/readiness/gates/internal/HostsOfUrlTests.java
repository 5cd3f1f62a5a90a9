package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostsOfUrlTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "https://api.example.com/v1|api.example.com",
        "http://user:pa:ss@Keycloak.Internal:8080/realms/x|keycloak.internal",
        "https://alice@10.0.0.5|10.0.0.5",
        "http://[fd00::1]:8080/v1|[fd00::1]",
        "http://[::1]/|[::1]",
        "redis:6379|redis",
        "https://host:${PORT}/x|host",
        "https://example.com?next=http://a@b|example.com",
        "https://example.com#frag@x|example.com",
        "ws://gateway/socket|gateway",
        "http://api.openai.com\\@vllm:8000/v1|api.openai.com",
        "https://api.openai.com./v1|api.openai.com"})
    void ofUrlShouldReturnTheHostWithoutUserInformationPortOrPath(String url, String host) {
        assertThat(Hosts.ofUrl(url)).isEqualTo(host);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"''", "https://", "https:///path", "https://user@/path", "https://u:p@:8080/"})
    void ofUrlShouldReturnEmptyWhenTheUrlNamesNoHost(String url) {
        assertThat(Hosts.ofUrl(url)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"http://[fd00::1|[fd00::1", "http://[fd00::1/x|[fd00::1"})
    void ofUrlShouldKeepAnUnclosedIpv6LiteralAsWritten(String url, String host) {
        assertThat(Hosts.ofUrl(url)).isEqualTo(host);
    }

    @Property(tries = 500)
    void ofUrlShouldNeverThrowAndNeverReturnUserInformationOrAPath(@ForAll String url) {
        String host = Hosts.ofUrl(url);
        int scheme = url.indexOf("://");
        assertThat(url.toLowerCase(java.util.Locale.ROOT)).contains(host);
        assertThat(host).doesNotContain("/", "?", "#");
        if (scheme >= 0 || url.indexOf('@') >= 0) {
            assertThat(host).doesNotContain("@");
        }
    }
}
