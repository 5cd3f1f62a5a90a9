package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A report written to a console that cannot show every character (a JVM under the C locale writes ASCII) keeps every
 * character's meaning: typographic punctuation in ASCII, anything else as an escape, never a question mark.
 */
class FortyFifthPassConsoleCharsetTests {

    private static final String REPORT = "[1] NO-GO sandbox.test-credential STRIPE_KEY (prod.env:3): a Stripe test key,"
            + " sk_test_\u2026 \u2014 use the live key \u2192 sk_live_\u2026; \u201cquoted\u201d, caf\u00e9, \u65e5\u672c,"
            + " \ud83d\ude00";

    @Test
    void asciiConsoleShouldGetAsciiSpellingsAndEscapesInsteadOfQuestionMarks() {
        String fitted = ProblemList.forCharset(REPORT, StandardCharsets.US_ASCII);

        assertThat(fitted).contains("sk_test_... -- use the live key -> sk_live_...; \"quoted\"")
                .contains("caf\\u00e9", "\\u65e5\\u672c", "\\u{1f600}").doesNotContain("?");
        assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(fitted)).isTrue();
    }

    @Test
    void latinConsoleShouldKeepWhatItCanShow() {
        String fitted = ProblemList.forCharset(REPORT, StandardCharsets.ISO_8859_1);

        assertThat(fitted).contains("sk_test_...", "caf\u00e9", "\\u65e5").doesNotContain("?");
    }

    @Test
    void unicodeConsolesShouldGetTheReportUnchanged() {
        assertThat(ProblemList.forCharset(REPORT, StandardCharsets.UTF_8)).isSameAs(REPORT);
        assertThat(ProblemList.forCharset(REPORT, StandardCharsets.UTF_16LE)).isSameAs(REPORT);
    }

    @Test
    void plainAsciiReportShouldBeReturnedAsItIs() {
        String ascii = "[1] NO-GO secrets.weak JWT_SECRET (prod.env:1): JWT_SECRET is a well-known weak value.";

        assertThat(ProblemList.forCharset(ascii, Charset.forName("US-ASCII"))).isSameAs(ascii);
    }
}
