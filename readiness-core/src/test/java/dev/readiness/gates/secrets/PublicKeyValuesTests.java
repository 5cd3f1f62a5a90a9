package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Public keys in an encoding of their own are no secret, even committed to an example file; their private halves
 * there are published defaults.
 */
class PublicKeyValuesTests {

    private static final String STELLAR_ACCOUNT = "GDJLBYYKMCXNVVNABOE66NYXQGIA5AC5D2XRJX6QXSC5AXUK3XCEWBLI";
    private static final String STELLAR_SEED = "SBJLBYYKMCXNVVNABOE66NYXQGIA5AC5D2XRJX6QXSC5AXUK3XCEWBLI";

    private static List<String> codes(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder()
                .dotenv(".env.example", key + "=" + value + "\n").build()))
                .findings().stream().filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {STELLAR_ACCOUNT, "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
            "npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl deploy@ci",
            "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNrMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1uIn0.Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5"})
    void aPublicKeyShouldBeNoSecret(String value) {
        assertThat(PublicKeyValues.isPublicKey(value)).as(value).isTrue();
        assertThat(codes("SIGNING_KEY", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {STELLAR_SEED, "AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS",
            "nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5",
            "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNrMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1uIn0.Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5",
            "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNrMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1uIn0.Zm9vYmFy.extra-part-here",
            "GDJLBYYKMCXNVVNABOE66NYXQGIA5AC5D2XRJX6QXSC5AXUK3XCEWBL1"})
    void aPrivateKeyOrANearMissShouldStayJudged(String value) {
        assertThat(PublicKeyValues.isPublicKey(value)).as(value).isFalse();
        assertThat(codes("SIGNING_KEY", value)).as(value).isNotEmpty();
    }
}
