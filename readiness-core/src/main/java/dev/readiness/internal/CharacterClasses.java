package dev.readiness.internal;

/**
 * How the letters and digits of a token change class (lower case, upper case, digit) from one to the next: random
 * text changes class between about 60 % of its neighbours, words and names far less. Read by the rules that tell an
 * issued key from a name, in a value ({@code BareKeys}) or in a key ({@link SecretShapedKeys}). Immutable.
 *
 * @param letter whether there is a letter
 * @param digit whether there is a digit
 * @param lower whether there is a lower-case letter
 * @param upper whether there is an upper-case letter
 * @param beyondHex whether a letter is past {@code f}/{@code F}
 * @param alphanumerics how many letters and digits there are
 * @param pairs neighbouring letters and digits, not across a separator
 * @param changes pairs whose two characters differ in class
 */
public record CharacterClasses(boolean letter, boolean digit, boolean lower, boolean upper, boolean beyondHex,
        int alphanumerics, int pairs, int changes) {

    /**
     * Reads a part of a text whose characters are ASCII letters, digits and the separators {@code - _ + /} and
     * {@code =} (which only separate: no pair is counted across one).
     *
     * @param text the text
     * @param from the first index
     * @param to the index after the last
     * @param paddingOnlyAtEnd whether {@code =} is accepted only among the last two characters, as base64 padding
     * @param slash whether {@code /} is accepted as a separator
     * @return the classes, or {@code null} when another character occurs
     */
    public static @org.jspecify.annotations.Nullable CharacterClasses of(String text, int from, int to,
            boolean paddingOnlyAtEnd, boolean slash) {
        boolean letter = false;
        boolean digit = false;
        boolean lower = false;
        boolean upper = false;
        boolean beyondHex = false;
        int alphanumerics = 0;
        int pairs = 0;
        int changes = 0;
        int previous = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int kind;
            if (c >= '0' && c <= '9') {
                kind = 0;
                digit = true;
            } else if (c >= 'a' && c <= 'z') {
                kind = 1;
                lower = true;
                beyondHex |= c > 'f';
            } else if (c >= 'A' && c <= 'Z') {
                kind = 2;
                upper = true;
                beyondHex |= c > 'F';
            } else if (c == '-' || c == '_' || c == '+' || c == '/' && slash
                    || c == '=' && (!paddingOnlyAtEnd || i >= to - 2)) {
                previous = -1;
                continue;
            } else {
                return null;
            }
            alphanumerics++;
            letter |= kind > 0;
            if (previous >= 0) {
                pairs++;
                changes += previous == kind ? 0 : 1;
            }
            previous = kind;
        }
        return new CharacterClasses(letter, digit, lower, upper, beyondHex, alphanumerics, pairs, changes);
    }

    /**
     * Whether the letters and digits could be hex: no letter past {@code f}, and not both cases.
     *
     * @return {@code true} for a hex-shaped token
     */
    public boolean hex() {
        return !beyondHex && !(lower && upper);
    }

    /**
     * Whether at least this share of neighbouring pairs changes class.
     *
     * @param share the share, between 0 and 1
     * @return {@code true} when there is a pair and the share is reached
     */
    public boolean changesAtLeast(double share) {
        return pairs > 0 && changes >= share * pairs;
    }
}
