package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * Lists that say which secrets a deployment needs ({@code ridelist_required_secrets: [database, jwt]},
 * {@code optional_secrets: [smtp, aws]} in Ansible variables; {@code required_secrets: [SHOPIFY_ACCESS_TOKEN]} in a
 * tool's manifest): each item is the name under which a secret store or the environment keeps one secret, never the
 * secret. The key's last word before the index is {@code secrets} and the word before it says the list is a
 * requirement ({@code required}, {@code optional}, {@code mandatory}, {@code needed}, {@code expected}); the item is
 * one identifier (letters, digits, {@code _}, {@code -}, {@code .}, starting with a letter). A list of secrets
 * without such a word ({@code jwt.secrets[0]}, rotated signing keys) is still judged, and so is an item with any other
 * character.
 */
final class SecretNameLists {

    private static final Set<String> REQUIREMENT_WORDS = Set.of("required", "optional", "mandatory", "needed",
            "expected");

    private SecretNameLists() {
    }

    static boolean namesListedSecret(String key, String value) {
        if (key.length() < 12 || value.length() < 2 || value.length() > 64) {
            return false;
        }
        int open = ListItemKeys.trailingIndexOpen(key);
        if (open < 0) {
            return false;
        }
        List<String> words = KeyWords.of(key.substring(0, open));
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("secrets") || !REQUIREMENT_WORDS.contains(words.get(size - 2))) {
            return false;
        }
        char first = value.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
