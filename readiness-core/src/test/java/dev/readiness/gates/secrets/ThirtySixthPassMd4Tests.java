package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The MD4 the NT hashes of common passwords are made with, against RFC 1320's test suite. */
class ThirtySixthPassMd4Tests {

    private static String md4(String text) {
        return HexFormat.of().formatHex(CommonPasswordDigests.md4(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void md4ShouldGiveRfc1320sDigestsAcrossBlockBoundaries() {
        assertThat(md4("")).isEqualTo("31d6cfe0d16ae931b73c59d7e0c089c0");
        assertThat(md4("abc")).isEqualTo("a448017aaf21d8525fc10ae87aa6729d");
        assertThat(md4("message digest")).isEqualTo("d9130a8164549fe818874806e1c7014b");
        assertThat(md4("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))
                .isEqualTo("e33b4ddc9c38f2199c3e7b164fcc0536");
    }

    @Test
    void theNtHashOfAdminShouldBeWhatWindowsAndAlfrescoStore() {
        assertThat(HexFormat.of().formatHex(CommonPasswordDigests.md4("admin".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("209c6174da490caeb422f3fa5a7ae634");
    }
}
