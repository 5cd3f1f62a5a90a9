package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.FeatureSwitches;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A secret written in a file as a reference with an empty default where the service needs it:
 * {@code app.jwt.secret=${APP_JWT_SECRET:}}, {@code JWT_SECRET=${JWT_SECRET:-}} (the shell's and Compose's spelling
 * of the same empty default). The default says the service may start without the variable, and then it runs with an
 * empty secret; a bare {@code ${APP_JWT_SECRET}} stops the start instead. Two kinds of key are needed:
 * <ul>
 * <li>a signing or encryption key the application itself holds: no application runs correctly with an empty key of
 * its own; a framework's own secret ({@code SECRET_KEY}, {@code secret_key_base}, {@code APP_KEY}, {@code APP_SECRET},
 * {@code SESSION_SECRET}) and an internal API's token count as such ({@link OwnSecretNames});</li>
 * <li>a secret whose key begins with the name the configuration gives its own product
 * ({@code PSONO_SECRET_KEY=${PSONO_SECRET_KEY:-}} beside {@code POSTGRES_USER=psono}, {@code cashfree.client-secret}
 * in an application named {@code cashfree-pg-java-demo}; {@link ProductOwnSecrets}), a password excepted;</li>
 * <li>a credential of an integration the file plainly turns on: {@code payment.gateways.onekhusa.enabled=true}
 * beside {@code payment.gateways.onekhusa.api-key=${ONEKHUSA_API_KEY:}}, {@code hms.sms.provider=twilio} beside
 * {@code hms.sms.twilio.auth-token=${TWILIO_AUTH_TOKEN:}} ({@link FeatureSwitches#sectionSwitchedOn}); a chat
 * service's webhook URL counts as its credential ({@code slack.enabled=true} beside
 * {@code slack.webhook-url=${SLACK_WEBHOOK_URL:}}; {@link #namesChatWebhook});</li>
 * <li>any secret, a password too, whose governing comment calls it or its block required, in English or another
 * language ({@code # Claude API (환경 변수 필수)}, "environment variable required"; {@link StandInComments#marksRequired}),
 * without a negation or a condition;</li>
 * <li>any credential, a password too, whose own section says the server demands it: {@code mail.smtp.auth=true},
 * a MongoDB {@code authentication-database}, a Kafka {@code security.protocol} of SASL, or a database image that
 * refuses to initialise without it ({@code MYSQL_ROOT_PASSWORD=${INIT_MYSQL_ROOT_PASSWORD:-}}; {@link CredentialDemands}).</li>
 * </ul>
 * Any other password or API key of another service with an empty default is left alone: such defaults mark optional
 * integrations as often as required ones (ten public {@code api-key: ${ANTHROPIC_API_KEY:}} lines read were all
 * optional providers, and none of ten public {@code auth-token: ${TWILIO_AUTH_TOKEN:}} sections was switched on by a
 * plain value: a reference's default switched them off or chose another provider, or nothing switched them at all). A password is left alone even in a section switched on, since a Redis or mail
 * relay may need none, unless its section says the server demands it; an integration switched off is left alone too. Stateless.
 */
final class EmptyDefaults {

    /** Chat services whose incoming webhook URL carries its token ({@link #namesChatWebhook}). */
    private static final Set<String> CHAT_SERVICES = Set.of("slack", "discord", "teams", "mattermost", "rocketchat",
            "dingtalk", "feishu", "lark", "wecom");

    private EmptyDefaults() {
    }

    /**
     * The finding for a deferred setting whose written value is a reference with an empty default under a key of the
     * application's own signing or encryption key, or of a credential of an integration switched on, or {@code null}.
     *
     * @param setting a deferred setting, its value as written
     * @param purpose what the key's words say it holds
     * @param severity the stage's severity
     * @param switches the configuration's feature switches, asked only for an empty default
     * @param settings the configuration, read only once the value is an empty default
     * @return the finding, or {@code null} when the rule does not apply
     */
    static @Nullable Finding emptyRequired(Setting setting, Optional<SecretPurpose> purpose, Severity severity,
            Supplier<FeatureSwitches> switches, Settings settings) {
        String value = setting.value();
        int length = value.length();
        if (length < 5 || value.charAt(length - 1) != '}') {
            return null;
        }
        int nameEnd = emptyDefaultStart(value, length);
        if (nameEnd < 0 || !value.startsWith("${") || setting.origin().file().isEmpty()
                || !isName(value, 2, nameEnd)
                || purpose.isEmpty() && !namesChatWebhook(setting.key()) && !namesJaasConfig(setting.key())
                || switches.get().isOff(setting.key())) {
            return null;
        }
        SecretPurpose kind = purpose.orElse(SecretPurpose.SECRET);
        boolean ownKey = OwnSecretNames.isOwnKey(kind, setting.key());
        boolean productKey = !ownKey && kind != SecretPurpose.PASSWORD
                && ProductOwnSecrets.names(setting.key(), settings);
        boolean markedRequired = !ownKey && !productKey && StandInComments.marksRequired(setting);
        String demand = ownKey || productKey || markedRequired ? null
                : CredentialDemands.demand(settings, setting.key());
        if (demand == null && !ownKey && !productKey && !markedRequired && purpose.isEmpty()) {
            String client = clientOfJaasConfig(setting.key());
            demand = client == null ? null : CredentialDemands.demand(settings, client);
        }
        if (!ownKey && !productKey && !markedRequired && demand == null && (kind == SecretPurpose.PASSWORD
                || !FeatureSwitches.sectionSwitchedOn(settings, setting.key()))) {
            return null;
        }
        String variable = value.substring(2, nameEnd);
        String consequence = ownKey
                ? "the empty default lets the service start and sign or encrypt with an empty key"
                : productKey ? "the key names the product this configuration is named after, whose own secret it "
                        + "cannot run without, yet the service starts without it"
                : markedRequired ? "the comment above it calls it required, yet the service starts without it"
                : demand != null ? demand + ", so the service starts and is refused at its first connection"
                : "its integration is switched on in this file, so the service starts and calls it without the "
                        + "credential";
        return Finding.of(severity, "secrets.blank", setting)
                .message("falls back to an empty " + SecretStrength.describe(kind) + " when " + variable
                        + " is unset: " + consequence)
                .remediation("Drop the empty default (`${" + variable + "}`) so the service cannot start without the "
                        + (ownKey || productKey ? "key" : "credential") + ", and supply it from your secret store. "
                        + SecretStrength.remediation(kind))
                .build();
    }

    /**
     * Whether a key names a chat service's incoming webhook ({@code slack.webhook-url}, {@code DISCORD_WEBHOOK},
     * {@code alerter.ding-talk-webhook-url}): its URL carries the token that posts to the channel, so it is the
     * integration's credential although no secret word names it. A webhook of another kind ({@code payments.webhookUrl},
     * the address a provider calls back) is not.
     */
    static boolean namesChatWebhook(String key) {
        List<String> words = KeyWords.of(key);
        if (!words.contains("webhook")) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (CHAT_SERVICES.contains(word)
                    || word.equals("ding") && i + 1 < words.size() && words.get(i + 1).equals("talk")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key names a Kafka client's JAAS login line ({@code sasl.jaas.config}, {@code kafka.security.sasl-jaas-config},
     * {@code saslJaasConfig}): the line carries the SASL user and password, so it is the client's credential although
     * no secret word names it, and left empty under a SASL protocol the broker takes no connection (thirty-ninth pass).
     */
    static boolean namesJaasConfig(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        return size >= 2 && words.get(size - 1).equals("config") && words.get(size - 2).equals("jaas");
    }

    /**
     * For a JAAS key written as Kafka's own property under a client's section
     * ({@code spring.kafka.properties.sasl.jaas.config}), a key of that client section's level
     * ({@code spring.kafka.properties.sasl}), so that its {@code security.protocol} beside {@code sasl.*} is the one
     * {@link CredentialDemands} reads; {@code null} for any other key.
     */
    private static @Nullable String clientOfJaasConfig(String key) {
        String ending = "sasl.jaas.config";
        if (key.length() <= ending.length() + 1 || !key.regionMatches(true, key.length() - ending.length(), ending, 0,
                ending.length()) || key.charAt(key.length() - ending.length() - 1) != '.') {
            return null;
        }
        return key.substring(0, key.length() - ".jaas.config".length());
    }

    /** Where the name ends in {@code ${NAME:}} or {@code ${NAME:-}}, or -1 for any other default. */
    private static int emptyDefaultStart(String value, int length) {
        char last = value.charAt(length - 2);
        if (last == ':') {
            return length - 2;
        }
        return last == '-' && value.charAt(length - 3) == ':' ? length - 3 : -1;
    }

    private static boolean isName(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
