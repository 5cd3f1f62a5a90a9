package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Set;

/**
 * The webhook of a chat bot that a messaging platform calls: {@code TELEGRAM_WEBHOOK_URL},
 * {@code WHATSAPP_WEBHOOK_URL}, {@code VIBER_WEBHOOK}, {@code MESSENGER_WEBHOOK_URL}, Twilio's status callback. The
 * platform's servers deliver every update there (Telegram's {@code setWebhook} takes a public HTTPS URL), so on
 * loopback no update ever arrives. Only when the key starts with the platform's name: a key that names another
 * service first ({@code BACKEND_TELEGRAM_WEBHOOK_URL}, a listener forwarding messages to its back end) is a
 * destination the service calls. Discord's and Slack's webhooks are outgoing (the service posts to
 * {@code discord.com}/{@code hooks.slack.com}) and are not read here. Stateless.
 */
final class BotWebhooks {

    private static final Set<String> PLATFORMS = Set.of("telegram", "tg", "whatsapp", "viber", "messenger",
            "twilio", "wechat", "weixin");

    private BotWebhooks() {
    }

    /**
     * Whether a webhook or notification key names the address a messaging platform calls.
     *
     * @param words the key's lower-case words, holding a webhook or notification word
     * @return {@code true} when the first word is a messaging platform
     */
    static boolean incoming(List<String> words) {
        return words.size() >= 2 && PLATFORMS.contains(words.get(0));
    }

    /**
     * Whether a key names the base of the service's own webhook addresses, the URL it registers with providers
     * ({@code WEBHOOK_BASE_URL}, {@code app.webhooks.base-url}): providers call it from outside, so loopback there is
     * no address they can reach (session 36's newcomer read it as a WARN for a sidecar). A webhook URL without
     * {@code base} ({@code SLACK_WEBHOOK_URL}, {@code ALERT_WEBHOOK_URL}) is one the service calls, and is not one.
     *
     * @param words the key's lower-case words, holding a webhook or notification word
     * @return {@code true} for a webhook word, {@code base} and {@code url} or {@code uri}
     */
    static boolean registeredBase(List<String> words) {
        return (words.contains("webhook") || words.contains("webhooks")) && words.contains("base")
                && (words.contains("url") || words.contains("uri"));
    }
}
