package dev.readiness.gates.secrets;

/**
 * Keys of list items as flattened configuration writes them ({@code required_secrets[0]}, {@code secrets[12]}): where
 * the trailing index opens, so a rule can read the list's own key. Stateless.
 */
final class ListItemKeys {

    private ListItemKeys() {
    }

    /**
     * The position of the {@code [} that opens a key's trailing numeric index.
     *
     * @param key a setting's key
     * @return the position, or -1 when the key does not end in {@code [digits]} after a name
     */
    static int trailingIndexOpen(String key) {
        int length = key.length();
        if (length < 4 || key.charAt(length - 1) != ']') {
            return -1;
        }
        int open = key.lastIndexOf('[');
        if (open <= 0 || open == length - 2) {
            return -1;
        }
        for (int i = open + 1; i < length - 1; i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return -1;
            }
        }
        return open;
    }
}
