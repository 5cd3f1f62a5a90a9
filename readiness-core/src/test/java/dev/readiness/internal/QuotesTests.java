package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotesTests {

    @ParameterizedTest(name = "[{0}] reads [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`\"dev\"`|dev",
            "`'dev'`|dev",
            "`\" dev \"`|` dev `",
            "`\"\"`|``",
            "`''`|``",
            "`\"dev'`|`\"dev'`",
            "`'dev\"`|`'dev\"`",
            "`\"`|`\"`",
            "`'`|`'`",
            "dev|dev",
            "`\"a\"b\"`|`a\"b`",
            "`''dev''`|`'dev'`",
    })
    void removesOnePairOfMatchingQuotesOnly(String written, String read) {
        assertThat(Quotes.unquoted(written)).isEqualTo(read);
    }
}
