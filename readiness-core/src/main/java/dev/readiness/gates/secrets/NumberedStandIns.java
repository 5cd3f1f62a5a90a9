package dev.readiness.gates.secrets;

/**
 * A list of one word numbered in order as a stand-in: {@code word1 word2 word3 … word12} where a wallet's recovery
 * phrase goes, {@code key_1,key_2,key_3} where API keys go. Each item is the same stem and the next number, counted
 * from 0 or 1, separated by spaces, commas, semicolons or slashes; an ellipsis item ({@code ...}, {@code …}) may skip
 * numbers. Three numbered items, or two around an ellipsis, make the list (thirty-third pass, probing web3
 * {@code .env} samples: {@code SEED_PHRASE=word1 word2 … word12} gave no finding, twelve words reading as a strong
 * passphrase). A real phrase has no shared stem, and random keys no running numbers. Stateless.
 */
final class NumberedStandIns {

    private NumberedStandIns() {
    }

    /**
     * Whether the trimmed value is such a numbered list.
     *
     * @param value the trimmed value
     * @return {@code true} for {@code word1 word2 word3}, {@code word1 ... word12}, {@code key-1,key-2,key-3}
     */
    static boolean isStandIn(String value) {
        if (value.length() < 8 || value.length() > 400) {
            return false;
        }
        String stem = null;
        int expected = -1;
        int numbered = 0;
        boolean skipped = false;
        boolean elided = false;
        int i = 0;
        while (i < value.length()) {
            while (i < value.length() && " ,;/".indexOf(value.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < value.length() && " ,;/".indexOf(value.charAt(i)) < 0) {
                i++;
            }
            if (start == i) {
                break;
            }
            String item = value.substring(start, i);
            if (item.equals("...") || item.equals("\u2026")) {
                skipped = true;
                continue;
            }
            int digits = item.length();
            while (digits > 0 && Character.isDigit(item.charAt(digits - 1))) {
                digits--;
            }
            if (digits == 0 || digits == item.length() || item.length() - digits > 3) {
                return false;
            }
            String itemStem = item.substring(0, digits);
            int number = Integer.parseInt(item.substring(digits));
            if (!isStem(itemStem)) {
                return false;
            }
            if (stem == null) {
                if (number > 1) {
                    return false;
                }
                stem = itemStem;
            } else if (!stem.equalsIgnoreCase(itemStem) || (skipped ? number < expected : number != expected)) {
                return false;
            }
            elided |= skipped;
            skipped = false;
            expected = number + 1;
            numbered++;
        }
        return numbered >= 3 || numbered == 2 && elided;
    }

    private static boolean isStem(String stem) {
        int letters = 0;
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (Character.isLetter(c) && c < 128) {
                letters++;
            } else if (c != '_' && c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }
}
