package dev.readiness.gates.secrets;

import org.jspecify.annotations.Nullable;

/**
 * A list item that is itself an assignment, {@code NAME=value}, as flattened deployment files write variables:
 * Kustomize's {@code secretGenerator[i].literals[j]=DB_PASSWORD=admin123} (and {@code configMapGenerator}), Compose's
 * list form {@code services.db.environment[0]=POSTGRES_PASSWORD=postgres}. The item's own key ({@code literals[0]})
 * names nothing; the name inside the value does, so the value after {@code =} is judged under that name. Only a name
 * that reads as a variable counts (a letter or {@code _} first, then letters, digits, {@code _}, {@code .} or
 * {@code -}; at most 128 characters): a command-line flag ({@code --password=x}) or a URL's query is no such item.
 * A value still to be filled in ({@code ${X}}, {@code $(X)}, {@code {{ x }}}) or blank is left alone. Stateless.
 *
 * @param name the variable's name
 * @param value the assigned value, as written after {@code =}
 */
record ListedAssignments(String name, String value) {

    private static final int LONGEST_NAME = 128;

    /**
     * The assignment a list item's value makes, if it makes one.
     *
     * @param key the item's key, ending in {@code ]}
     * @param value the item's value
     * @return the name and value, or {@code null} when the key is no list item or the value no assignment
     */
    static @Nullable ListedAssignments of(String key, String value) {
        if (ListItemKeys.trailingIndexOpen(key) < 0) {
            return null;
        }
        int equals = value.indexOf('=');
        if (equals <= 0 || equals > LONGEST_NAME || equals == value.length() - 1) {
            return null;
        }
        char first = value.charAt(0);
        if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || first == '_')) {
            return null;
        }
        for (int i = 1; i < equals; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-')) {
                return null;
            }
        }
        String assigned = value.substring(equals + 1);
        if (assigned.isBlank() || assigned.contains("${") || assigned.contains("$(") || assigned.contains("{{")) {
            return null;
        }
        return new ListedAssignments(value.substring(0, equals), assigned);
    }
}
