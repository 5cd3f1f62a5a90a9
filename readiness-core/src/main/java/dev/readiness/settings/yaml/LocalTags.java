package dev.readiness.settings.yaml;

/**
 * Local YAML tags whose text the reader keeps in front of their scalar: Home Assistant's and ESPHome's
 * {@code !secret wifi_password} and Home Assistant's {@code !env_var DB_PASSWORD} name where the value comes from, and
 * without the tag the name alone ({@code wifi_password}) reads as a placeholder password. The settings layer defers the
 * kept text to what it names. Any other local tag keeps its text alone, as before. Stateless.
 */
final class LocalTags {

    private static final String[] KEPT = {"!secret", "!env_var"};

    private LocalTags() {
    }

    /**
     * The scalar's value as the reader keeps it.
     *
     * @param tag the scalar's explicit local tag
     * @param text the scalar's text
     * @return {@code tag + " " + text} for {@code !secret} and {@code !env_var}, else the text
     */
    static String kept(String tag, String text) {
        for (String kept : KEPT) {
            if (kept.equals(tag)) {
                return tag + " " + text;
            }
        }
        return text;
    }
}
