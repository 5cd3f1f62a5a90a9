package dev.readiness.gates.sandbox;

/**
 * A switch's value followed by a {@code //} remark ({@code SSLCZ_TESTMODE=true // set false when using live store id}):
 * dotenv has no {@code //} comments, so the application reads the whole text, which is not empty and so is true where
 * the code tests it as a boolean, and the word before the remark is what the file says. Only a single word before
 * {@code " //"} is read; a URL ({@code https://…}) has no space before its slashes and is left alone.
 */
final class TrailingComments {

    private TrailingComments() {
    }

    /**
     * The value without a trailing {@code //} remark, or the value itself.
     *
     * @param value the stripped value
     * @return the single word before {@code " //"}, or {@code value}
     */
    static String withoutRemark(String value) {
        int remark = value.indexOf(" //");
        if (remark <= 0 || value.length() > 200) {
            return value;
        }
        String head = value.substring(0, remark).strip();
        for (int i = 0; i < head.length(); i++) {
            if (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '/') {
                return value;
            }
        }
        return head.isEmpty() ? value : head;
    }
}
