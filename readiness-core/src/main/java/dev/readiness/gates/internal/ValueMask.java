package dev.readiness.gates.internal;

/**
 * The characters a value holds, read in one pass, so that a family of rules whose first tests all look for a character
 * the value lacks is passed over with one test of this mask instead of one scan per rule. Each bit says only that some
 * character of its class occurs somewhere in the value; the mask never says where, or how often.
 *
 * <p><b>How a rule states its pre-test.</b> A family of rules (the rules one per-family method of a gate calls in turn)
 * or a rule whose first test is dear begins with a mask condition, named by a constant of the gate beside the
 * family, that is a <em>necessary condition of its own first test</em>: every value the rule can report must pass it.
 * A rule that first asks {@code value.indexOf('@') >= 0} states {@link #AT}; one that asks for {@code "://"} states
 * {@link #COLON} and {@link #SLASH} (both, as {@link #hasAll}); one that asks for {@code "LoginModule"} may state
 * {@link #UPPER}. A family's condition is the union (with {@link #hasAny}) of its rules' conditions, so adding a rule
 * to a family means adding its bits to the family's condition, or, for a rule no mask condition describes (a test of
 * the key alone, a catalog look-up of any value), calling it outside the masked block. Each pre-test has a test that
 * generated values and the corpus values on which the rule reports all pass it (see {@code ValueMaskTests} and the
 * gate's own pre-test tests); a pre-test that is not implied by its rule's first test changes reports.
 *
 * <p>The mask is of the value exactly as given to it: a gate that strips, unquotes or decodes a value before its rules
 * read it takes the mask of what they read.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class ValueMask {

    /** {@code .} */
    public static final int DOT = 1;
    /** {@code :} */
    public static final int COLON = 1 << 1;
    /** {@code /} */
    public static final int SLASH = 1 << 2;
    /** {@code @} */
    public static final int AT = 1 << 3;
    /** {@code $}, <code>{</code> or <code>}</code>: a reference or a template slot may start or end there. */
    public static final int DOLLAR_OR_BRACE = 1 << 4;
    /** An ASCII digit. */
    public static final int DIGIT = 1 << 5;
    /** An ASCII upper-case letter. */
    public static final int UPPER = 1 << 6;
    /** An ASCII lower-case letter. */
    public static final int LOWER = 1 << 7;
    /** {@code -} or {@code _}. */
    public static final int DASH_OR_UNDERSCORE = 1 << 8;
    /** A character above ASCII. */
    public static final int NON_ASCII = 1 << 9;
    /** {@code ;} */
    public static final int SEMICOLON = 1 << 10;
    /** {@code ,} */
    public static final int COMMA = 1 << 11;
    /** {@code ?} */
    public static final int QUESTION = 1 << 12;
    /** {@code =} */
    public static final int EQUALS = 1 << 13;
    /** A space, a tab or another ASCII control character. */
    public static final int BLANK = 1 << 14;
    /** {@code <} or {@code >} */
    public static final int ANGLE = 1 << 15;
    /** {@code %} */
    public static final int PERCENT = 1 << 16;

    private static final int[] ASCII = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = classOf(c);
        }
    }

    private ValueMask() {
    }

    /**
     * The mask of a value: the bits of every character class it holds.
     *
     * @param value the value as the rules read it
     * @return the bits; {@code 0} for an empty value
     */
    public static int of(String value) {
        int mask = 0;
        for (int i = 0, length = value.length(); i < length; i++) {
            char c = value.charAt(i);
            mask |= c < 128 ? ASCII[c] : NON_ASCII;
        }
        return mask;
    }

    /**
     * Whether a mask holds some of the given bits.
     *
     * @param mask a mask from {@link #of(String)}
     * @param bits the classes asked for
     * @return {@code true} when at least one of them occurs
     */
    public static boolean hasAny(int mask, int bits) {
        return (mask & bits) != 0;
    }

    /**
     * Whether a mask holds all of the given bits.
     *
     * @param mask a mask from {@link #of(String)}
     * @param bits the classes asked for
     * @return {@code true} when every one of them occurs
     */
    public static boolean hasAll(int mask, int bits) {
        return (mask & bits) == bits;
    }

    private static int classOf(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER;
        }
        if (c >= 'a' && c <= 'z') {
            return LOWER;
        }
        if (c <= ' ' || c == 127) {
            return BLANK;
        }
        return switch (c) {
            case '.' -> DOT;
            case ':' -> COLON;
            case '/' -> SLASH;
            case '@' -> AT;
            case '$', '{', '}' -> DOLLAR_OR_BRACE;
            case '-', '_' -> DASH_OR_UNDERSCORE;
            case ';' -> SEMICOLON;
            case ',' -> COMMA;
            case '?' -> QUESTION;
            case '=' -> EQUALS;
            case '<', '>' -> ANGLE;
            case '%' -> PERCENT;
            default -> 0;
        };
    }
}
