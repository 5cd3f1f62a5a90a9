package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incoming-webhook URL carries its credential in the path or query (a newcomer's Slack webhook in a ConfigMap was
 * GO, thirty-first pass): its token is judged as a written secret, whatever key holds the URL.
 */
class ThirtySecondPassLeadWebhookTests {

    private static final String SLACK_TOKEN = "q8W2e4R6t8Y0u2I4o6P8a0S2";
    private static final String DISCORD_TOKEN = "Gx7Kp2Vn9Qr4Tz6Wb1Yd8Fh3Jm5Lc0Ns2Pv7Rx4Ta9Ue6Hq1Kb3Md8Gf5Jz0Wy2Lp";

    @TempDir
    Path directory;

    private List<String> findings(String fileName, String text) throws IOException {
        Path file = Files.writeString(directory.resolve(fileName), text);
        Settings settings = ApplicationConfig.builder().envFile(file).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject() + " "
                        + finding.message())
                .toList();
    }

    @Test
    void aStandInTokenShouldBeNoGoUnderAnyKey() throws IOException {
        assertThat(findings(".env", "SLACK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n"))
                .hasSize(1).allMatch(finding -> finding.startsWith("NO_GO secrets.")
                        && finding.contains("in its incoming-webhook URL"));
        assertThat(findings(".env", "ALERTS=https://oapi.dingtalk.com/robot/send?access_token=your_token_here\n"))
                .hasSize(1);
    }

    @Test
    void aStrongTokenInAnExampleFileShouldBePublished() throws IOException {
        List<String> found = findings(".env.example", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T0A1B2C3D/"
                + "B0E4F5G6H/" + SLACK_TOKEN + "\nDISCORD=https://discord.com/api/webhooks/123456789012345678/"
                + DISCORD_TOKEN + "\n");
        assertThat(found).hasSize(2).allMatch(finding -> finding.startsWith("NO_GO secrets.published-default"));
        assertThat(String.join("\n", found)).doesNotContain(SLACK_TOKEN).doesNotContain(DISCORD_TOKEN);
    }

    @Test
    void aStrongTokenInALiveFileOrAReferenceOrAnotherHostShouldStayClean() throws IOException {
        assertThat(findings(".env", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/"
                + SLACK_TOKEN + "\n")).isEmpty();
        assertThat(findings(".env.example", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/${SLACK_PATH}\n"
                + "HOOK=https://discord.com/api/webhooks/${DISCORD_ID}/${DISCORD_TOKEN}\n"
                + "PAYMENTS_WEBHOOK=https://api.example.org/webhooks/payments/status\n"
                + "CHAT=https://chat.googleapis.com/v1/spaces/AAAA/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"
                + "&token=${CHAT_TOKEN}\n"
                + "TELEGRAM=https://api.telegram.org/bot%s/sendMessage\n")).isEmpty();
    }

    @Test
    void tokenShouldReadEachProductsDocumentedForm() {
        assertThat(WebhookTokens.token("https://hooks.slack.com/services/T1/B2/abc")).isEqualTo("abc");
        assertThat(WebhookTokens.token("https://discordapp.com/api/webhooks/1/tok/")).isEqualTo("tok");
        assertThat(WebhookTokens.token("https://acme.webhook.office.com/webhookb2/g@t/IncomingWebhook/hex/oid"))
                .isEqualTo("hex");
        assertThat(WebhookTokens.token("https://chat.googleapis.com/v1/spaces/S/messages?key=k&token=t%3D"))
                .isEqualTo("t=");
        assertThat(WebhookTokens.token("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")).isEqualTo("abc");
        assertThat(WebhookTokens.token("https://open.feishu.cn/open-apis/bot/v2/hook/uuid")).isEqualTo("uuid");
        assertThat(WebhookTokens.token("https://api.telegram.org/bot123:AAH/sendMessage")).isEqualTo("123:AAH");
        assertThat(WebhookTokens.token("https://hooks.slack.com/services/")).isNull();
        assertThat(WebhookTokens.token("http://hooks.slack.com/services/T1/B2/abc")).isNull();
        assertThat(WebhookTokens.token("https://api.telegram.org/bots/api")).isNull();
        assertThat(WebhookTokens.token("https://example.com/api/webhooks/1/tok")).isNull();
    }
}
