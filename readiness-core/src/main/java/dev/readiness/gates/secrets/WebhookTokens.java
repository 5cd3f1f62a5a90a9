package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.gates.internal.AsciiCase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The token an incoming-webhook URL carries in its path or query: whoever holds the URL can post to the channel it
 * names, so the URL is a credential whatever key it is written under ({@code SLACK_WEBHOOK_URL},
 * Alertmanager's {@code slack_api_url}, a CI job's {@code DISCORD_HOOK}). The shapes are the chat products' own
 * documented forms: Slack {@code hooks.slack.com/services/T…/B…/token} (and {@code /workflows/}, {@code /triggers/}),
 * Discord {@code discord.com/api/webhooks/id/token}, Microsoft Teams {@code …webhook.office.com/webhookb2/…/IncomingWebhook/token/…},
 * Google Chat's {@code token=} parameter, DingTalk's {@code access_token=}, WeCom's {@code key=}, Feishu and Lark
 * {@code /open-apis/bot/v2/hook/token}, and a Telegram bot's {@code api.telegram.org/bot<token>/}. Google Chat's
 * {@code key=} is the product's one public API key, the same in every URL, and is not read. Stateless; never keeps a
 * value.
 */
final class WebhookTokens {

    private static final int MAX_URL = 2048;

    private WebhookTokens() {
    }

    /**
     * The token of an incoming-webhook URL, decoded, or {@code null} when the value is no such URL or its token is
     * empty.
     *
     * @param value a setting's value
     * @return the token
     */
    static @Nullable String token(String value) {
        String url = value.trim();
        if (url.length() > MAX_URL || !AsciiCase.regionIs(url, 0, "https://")) {
            return null;
        }
        int hostEnd = url.indexOf('/', 8);
        if (hostEnd < 0 || !mayBeWebhookHost(url, hostEnd)) {
            return null;
        }
        String host = url.substring(8, hostEnd).toLowerCase(java.util.Locale.ROOT);
        String path = url.substring(hostEnd);
        String token = switch (host) {
            case "hooks.slack.com" -> lastSegmentAfter(path, "/services/", "/workflows/", "/triggers/");
            case "discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com" ->
                    lastSegmentAfter(path, "/api/webhooks/");
            case "chat.googleapis.com" -> parameter(path, "token");
            case "oapi.dingtalk.com" -> parameter(path, "access_token");
            case "qyapi.weixin.qq.com" -> parameter(path, "key");
            case "open.feishu.cn", "open.larksuite.com" -> lastSegmentAfter(path, "/open-apis/bot/v2/hook/");
            case "api.telegram.org" -> telegramToken(path);
            default -> host.endsWith(".webhook.office.com") || host.equals("outlook.office.com")
                    ? segmentAfter(path, "/IncomingWebhook/") : null;
        };
        return token == null || token.isEmpty() ? null : token;
    }

    private static final String OFFICE_ENDING = ".webhook.office.com";

    /**
     * Whether the host between {@code https://} and {@code hostEnd} may be one {@link #token} reads, without copying
     * it: the hosts {@link #token} names that start with the host's first letter are compared in place, ignoring case
     * (a superset of what lower-casing the copy reads: {@link String#regionMatches(boolean, int, String, int, int)}
     * folds every character whose lower case is the host's ASCII letter), then the Teams ending. Nearly every URL of
     * a configuration is no webhook's, and a host that is not one costs a switch and a comparison or two. A new host
     * of {@link #token} must be added here under its first letter.
     */
    private static boolean mayBeWebhookHost(String url, int hostEnd) {
        int length = hostEnd - 8;
        if (length == 0) {
            return false;
        }
        boolean named = switch (url.charAt(8) | 0x20) {
            case 'h' -> isHost(url, length, "hooks.slack.com");
            case 'd' -> isHost(url, length, "discord.com") || isHost(url, length, "discordapp.com");
            case 'p' -> isHost(url, length, "ptb.discord.com");
            case 'c' -> isHost(url, length, "canary.discord.com") || isHost(url, length, "chat.googleapis.com");
            case 'o' -> isHost(url, length, "oapi.dingtalk.com") || isHost(url, length, "open.feishu.cn")
                    || isHost(url, length, "open.larksuite.com") || isHost(url, length, "outlook.office.com");
            case 'q' -> isHost(url, length, "qyapi.weixin.qq.com");
            case 'a' -> isHost(url, length, "api.telegram.org");
            default -> false;
        };
        return named || length >= OFFICE_ENDING.length()
                && url.regionMatches(true, hostEnd - OFFICE_ENDING.length(), OFFICE_ENDING, 0, OFFICE_ENDING.length());
    }

    private static boolean isHost(String url, int length, String host) {
        return host.length() == length && url.regionMatches(true, 8, host, 0, length);
    }

    /** A strong token in an example, sample or template file: public however random it looks. */
    static SecretProblem published(String token) {
        SecretShape shape = SecretValues.shape(token);
        return new SecretProblem("secrets.published-default", shape,
                "carries the token of an incoming webhook in an example, sample or template file, committed for "
                        + "everyone to copy: anyone can post to the channel with it (" + SecretStrength.describe(shape)
                        + ")",
                "Keep example files free of real webhook URLs (write `https://hooks.slack.com/services/<token>` or "
                        + "leave the key empty), inject the real URL from your secret store, and revoke this webhook.");
    }

    /** A strong token in a production configuration file, which ships in the artifact and the repository. */
    static SecretProblem packaged(String token) {
        SecretShape shape = SecretValues.shape(token);
        return new SecretProblem("secrets.packaged", shape,
                "carries the token of an incoming webhook in a production configuration file, which ships inside "
                        + "the artifact and the repository: anyone with either can post to the channel ("
                        + SecretStrength.describe(shape) + ")",
                "Write the URL as a reference (`${SLACK_WEBHOOK_URL}`, an environment variable the platform sets, or "
                        + "your secret store) and revoke this webhook, since it has been committed.");
    }

    private static @Nullable String lastSegmentAfter(String path, String... prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                String rest = withoutQuery(path.substring(prefix.length()));
                while (rest.endsWith("/")) {
                    rest = rest.substring(0, rest.length() - 1);
                }
                return decoded(rest.substring(rest.lastIndexOf('/') + 1));
            }
        }
        return null;
    }

    private static @Nullable String segmentAfter(String path, String marker) {
        int at = path.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String rest = withoutQuery(path.substring(at + marker.length()));
        int slash = rest.indexOf('/');
        return decoded(slash < 0 ? rest : rest.substring(0, slash));
    }

    private static @Nullable String telegramToken(String path) {
        if (!path.startsWith("/bot") || path.startsWith("/bots")) {
            return null;
        }
        String rest = withoutQuery(path.substring(4));
        int slash = rest.indexOf('/');
        return decoded(slash < 0 ? rest : rest.substring(0, slash));
    }

    private static @Nullable String parameter(String path, String name) {
        int query = path.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : path.substring(query + 1).split("&", 32)) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                int fragment = pair.indexOf('#');
                return decoded(pair.substring(equals + 1, fragment > equals ? fragment : pair.length()));
            }
        }
        return null;
    }

    private static String withoutQuery(String path) {
        int end = path.length();
        int query = path.indexOf('?');
        int fragment = path.indexOf('#');
        end = query >= 0 ? Math.min(end, query) : end;
        end = fragment >= 0 ? Math.min(end, fragment) : end;
        return path.substring(0, end);
    }

    private static @Nullable String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
