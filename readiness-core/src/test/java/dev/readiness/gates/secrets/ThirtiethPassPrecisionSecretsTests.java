package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirtieth pass's precision rules seen through the secrets gate, with a catch and a tempting clean value: a list
 * of the secrets a deployment requires names them, it does not hold them; a blank extra slot beside a filled first one
 * is unused.
 */
class ThirtiethPassPrecisionSecretsTests {

    /** As the CLI reads a flattened Ansible variables file. */
    private static List<String> codes(String properties, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                .configText("group_vars-prod.properties", properties).build().settings())).findings().stream()
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    @Test
    void aListOfRequiredSecretsShouldNameThemButAListOfSecretsShouldStillBeJudged() {
        String lists = """
                ridelist_required_secrets[0]=database
                ridelist_required_secrets[1]=jwt
                ridelist_optional_secrets[0]=smtp
                required_secrets[0]=SHOPIFY_ACCESS_TOKEN
                """;
        assertThat(codes(lists, "ridelist_required_secrets[0]")).isEmpty();
        assertThat(codes(lists, "ridelist_required_secrets[1]")).isEmpty();
        assertThat(codes(lists, "ridelist_optional_secrets[0]")).isEmpty();
        assertThat(codes(lists, "required_secrets[0]")).isEmpty();
        // rotated signing keys are a list of secrets, and a written password is no name
        assertThat(codes("app.jwt.secrets[0]=database\n", "app.jwt.secrets[0]")).isNotEmpty();
        assertThat(codes("ridelist_required_secrets[0]=p@ss\n", "ridelist_required_secrets[0]")).isNotEmpty();
        assertThat(codes("ridelist_required_secrets=database\n", "ridelist_required_secrets")).isNotEmpty();
    }

    private static List<String> envCodes(String dotenv, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                .configText("deploy/.env.production", dotenv).build().settings())).findings().stream()
                .filter(f -> f.subject().equals(key)).map(f -> f.code()).toList();
    }

    @Test
    void aBlankExtraSlotBesideAFilledFirstShouldStayCleanButABlankFirstOrLoneSlotShouldNot() {
        assertThat(envCodes("SSH_AUTH_KEY_1=DISABLED\nSSH_AUTH_KEY_2=\n", "SSH_AUTH_KEY_2")).isEmpty();
        assertThat(envCodes("GROQ_API_KEY=gsk_Qm7Tz9Lr2Xv8Nw4Kp6Hs1Jd3\nGROQ_API_KEY_2=\n", "GROQ_API_KEY_2")).isEmpty();
        assertThat(envCodes("GROQ_API_KEY=\nGROQ_API_KEY_2=\n", "GROQ_API_KEY_2")).containsExactly("secrets.blank");
        assertThat(envCodes("GROQ_API_KEY_2=\n", "GROQ_API_KEY_2")).containsExactly("secrets.blank");
        assertThat(envCodes("GROQ_API_KEY_1=\nGROQ_API_KEY_2=x\n", "GROQ_API_KEY_1")).containsExactly("secrets.blank");
        // a digit inside a word is no slot number
        assertThat(envCodes("ROOT_PASSWORD_SHA1=abc\nROOT_PASSWORD_SHA2=\n", "ROOT_PASSWORD_SHA2"))
                .containsExactly("secrets.blank");
    }
}
