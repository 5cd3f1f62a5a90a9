package dev.readiness.gates.sandbox;

import org.jspecify.annotations.Nullable;

/**
 * Git's scp-like remote syntax, {@code git@github.com:yourorg/shop.git}: the SSH address written without a scheme,
 * the host ended by a colon and followed by the repository's path. Read as {@code ssh://git@github.com/yourorg/shop.git}
 * so that its host and path are judged as every URL's are. An address is taken as such only when the host has a dot
 * and the part after the colon is a path, not a port ({@code postgres@db:5432}) or another address; a mail address
 * has no colon. Stateless.
 */
final class ScpRemotes {

    private ScpRemotes() {
    }

    /**
     * The address after {@code ssh://} ({@code git@github.com/yourorg/shop.git}), or {@code null} when the value is no
     * scp-like remote.
     *
     * @param value a value without {@code ://}
     * @return the authority and path to read, or {@code null}
     */
    static @Nullable String asSsh(String value) {
        int at = value.indexOf('@');
        int colon = value.indexOf(':');
        if (at <= 0 || colon < at + 4 || colon + 1 >= value.length() || value.indexOf('@', at + 1) >= 0) {
            return null;
        }
        for (int i = 0; i < at; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                return null;
            }
        }
        boolean dot = false;
        for (int i = at + 1; i < colon; i++) {
            char c = value.charAt(i);
            dot |= c == '.';
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return null;
            }
        }
        char first = value.charAt(colon + 1);
        if (!dot || !(Character.isLetter(first) || first == '~' || first == '_')) {
            return null;
        }
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == ':' || c == ',' || c == ';') {
                return null;
            }
        }
        return value.substring(0, colon) + '/' + value.substring(colon + 1);
    }

    /**
     * The setting itself, or for a Git remote in scp-like syntax ({@code git@host:path}) the same setting holding the
     * equivalent {@code ssh://} URL. Tests the first character only for every other value.
     *
     * @param setting a setting
     * @return the setting to read
     */
    static dev.readiness.settings.Setting asUrl(dev.readiness.settings.Setting setting) {
        String value = setting.value();
        if (value.length() < 8 || value.charAt(0) != 'g' || !value.startsWith("git@")) {
            return setting;
        }
        String address = asSsh(value);
        return address == null ? setting
                : dev.readiness.settings.Setting.of(setting.key(), "ssh://" + address, setting.origin());
    }
}
