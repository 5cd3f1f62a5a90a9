package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.StandInWords;

/**
 * A PEM private key whose body was left out, written inside a JSON value under a key that names no secret: a Google
 * service-account key file pasted into one variable ({@code FIREBASE_SERVICE_ACCOUNT_JSON={"type":"service_account",
 * …,"private_key":"-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n",…}}). Templates write the block's
 * frame and leave its body as {@code ...}, {@code xxx} or a phrase asking for the key ({@code PASTE_YOUR_KEY_HERE}):
 * the credential was never configured. A body of base64 is a key, judged as one elsewhere. Stateless.
 */
final class StandInPrivateKeys {

    private static final String HEADER_END = "PRIVATE KEY-----";
    private static final String FOOTER = "-----END";
    private static final int MIN_LENGTH = 50;
    private static final int MAX_BODY = 80;

    private StandInPrivateKeys() {
    }

    /**
     * Whether a JSON value holds a PEM private-key block with a stand-in body.
     *
     * @param value the value as written; not retained
     * @return {@code true} when the private key's body is a stand-in
     */
    static boolean holdsStandInKey(String value) {
        if (value.length() < MIN_LENGTH || value.charAt(0) != '{') {
            return false;
        }
        int header = value.indexOf(HEADER_END);
        if (header < 0) {
            return false;
        }
        int from = header + HEADER_END.length();
        int footer = value.indexOf(FOOTER, from);
        if (footer < 0 || footer - from > MAX_BODY) {
            return false;
        }
        String body = withoutLineBreaks(value.substring(from, footer));
        return body.isEmpty() || onlyFiller(body) || asksForKey(body);
    }

    private static String withoutLineBreaks(String text) {
        StringBuilder body = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r')) {
                i++;
            } else if (c != '\\' && !Character.isWhitespace(c)) {
                body.append(c);
            }
        }
        return body.toString();
    }

    private static boolean onlyFiller(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '.' && c != '…' && c != 'x' && c != 'X' && c != '*') {
                return false;
            }
        }
        return true;
    }

    private static boolean asksForKey(String body) {
        if (body.charAt(0) == '<' || AsciiCase.endsWith(body, "here")) {
            return true;
        }
        for (String start : StandInWords.ADDRESSING_STARTS) {
            if (AsciiCase.regionIs(body, 0, start)) {
                return true;
            }
        }
        return false;
    }
}
