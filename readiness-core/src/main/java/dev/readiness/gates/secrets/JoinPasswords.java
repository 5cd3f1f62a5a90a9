package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;

/**
 * The password players give to join a multiplayer game server, left blank: Factorio's {@code password}, 7 Days to
 * Die's {@code ServerPassword}, V Rising's and Project Zomboid's {@code Password}. Such a server is open to whoever
 * finds it, a choice its operator makes (a public listed server usually has none), and no data or account is guarded
 * by it. A file is a game server's when it limits its players ({@code max_players}, {@code MaxPlayers},
 * {@code ServerMaxPlayerCount}, {@code MaxConnectedUsers}) or names its Steam integration ({@code steam_api_key}).
 * Only the server's own join password is read (a key of no other words than {@code server}, {@code game},
 * {@code join} and {@code password}); its administrators' passwords ({@code RCONPassword}, {@code AdminPassword},
 * {@code ControlPanelPassword}) stay judged. Stateless.
 */
final class JoinPasswords {

    private static final Set<String> JOIN_WORDS = Set.of("server", "game", "join", "password");
    private static final Set<String> PLAYER_WORDS = Set.of("player", "players", "users", "clients");

    private JoinPasswords() {
    }

    /**
     * Whether a blank password is a game server's join password.
     *
     * @param settings the configuration
     * @param key the blank password's key
     * @return {@code true} when the key is the join password and the file configures a multiplayer game server
     */
    static boolean isOpenServer(Settings settings, String key) {
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || !words.get(words.size() - 1).equals("password") || !JOIN_WORDS.containsAll(words)) {
            return false;
        }
        for (Setting other : settings) {
            if (limitsPlayers(KeyWords.of(other.key()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean limitsPlayers(List<String> words) {
        boolean max = false;
        for (String word : words) {
            if (word.equals("steam") || word.equals("maxplayers") || max && PLAYER_WORDS.contains(word)) {
                return true;
            }
            max |= word.equals("max");
        }
        return false;
    }
}
