package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDefaultsTests {

    @Test
    void builtInShouldHoldOverAHundredEntriesEachWithAPublicSource() throws IOException {
        assertThat(PublishedDefaults.builtIn().size()).isGreaterThanOrEqualTo(100);
        try (InputStream in = PublishedDefaults.class.getResourceAsStream(PublishedDefaults.BUILT_IN_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] fields = line.split("\t");
                assertThat(fields).as(line).hasSize(3);
                assertThat(fields[2]).as(line).hasSizeGreaterThan(10);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "minioadmin", "MinioAdmin", "your-256-bit-secret", "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "django-insecure-abc123def456ghi789",
            "keyboard cat"})
    void findWhenValueIsPublishedShouldReturnItsEntry(String value) {
        assertThat(PublishedDefaults.builtIn().find(value)).hasValueSatisfying(entry -> {
            assertThat(entry.location()).startsWith("published-defaults.tsv:");
            assertThat(entry.source()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "60gp0byfz2dvffa45cxl20p1scy9xbpf6d8c5y0geejgkyp1b5 | makeplane/plane@",
            "16f8c0ef4a5d391b26034086c628469d3f9f497f08163ab9b40137092f2909ef | danny-avila/LibreChat@",
            "UpNVntn3cDxHJpq99YMc1T1AQgQpc8kfYTuRgBiYa15BLrx8etQoXz3gZv1/u2oq | supabase/supabase@",
            "dd05f1c54d63749eda95f9fa6d49v442a | jeecgboot/JeecgBoot@",
            "bladexisapowerfulmicroservicearchitectureupgradedandoptimizedfromacommercialproject | chillzhuang/blade-tool@",
            "SJ_Wyz3dmsdbDOkDujOTSSoBjGQP1BMsVnj | aizuda/snail-job@",
            "f258ed69266dc8ad0ca79363c3d2f945c388a9c5920fc9a1ae99a98fbb619f135001c6434849b625884a9405a60cd3d50fc3e3b07ecd38cbed7406a4fccdb59c | errbit/errbit@",
            "hhZCp@D28z!n@NED*yB!ROMt+WzsY*iq | DefectDojo/django-DefectDojo@",
            "1673ef5d19d039488105814253ff5ee608176413a9699f3ad968c357101b23152b995b241020b05ca6923c23ba8b184a57d8aad8f3dea9227b7779d92e28a765 | RailsApps/rails-devise@",
            "s2ZdE+3+ke1USHEJ5O45KT364KiXPYaB9cJPdH3p60t8yT0nkLexLBNw8TFSzC7k | trento-project/web@"})
    void findWhenValueIsACommittedDefaultOfASelfHostedProjectShouldNameTheCommitItWasReadFrom(String value,
            String provenance) {
        assertThat(PublishedDefaults.builtIn().find(value)).hasValueSatisfying(entry -> {
            assertThat(entry.source()).contains(provenance);
            assertThat(entry.source()).doesNotContain(value);
        });
        assertThat(PublishedDefaults.builtIn().find(value.substring(1))).isEmpty();
    }

    @Test
    void builtInEntriesWithACommitShouldNameItInFullBeforeThePath() throws IOException {
        try (InputStream in = PublishedDefaults.class.getResourceAsStream(PublishedDefaults.BUILT_IN_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Pattern pinned = java.util.regex.Pattern.compile("[\\w.-]+/[\\w.-]+@([0-9a-f]+):\\S");
            java.util.List<String> commits = text.lines().filter(line -> !line.startsWith("#")).map(pinned::matcher)
                    .filter(java.util.regex.Matcher::find).map(matcher -> matcher.group(1)).toList();

            assertThat(commits).hasSizeGreaterThanOrEqualTo(50).allSatisfy(commit -> assertThat(commit).hasSize(40));
        }
    }

    @Test
    void findShouldMatchLongValuesCaseSensitively() {
        assertThat(PublishedDefaults.builtIn().find("WJALRXUTNFEMI/K7MDENG/BPXRFICYEXAMPLEKEY")).isEmpty();
        assertThat(PublishedDefaults.builtIn().find(Samples.base64(32, 1))).isEmpty();
    }

    @Test
    void parseShouldUnescapeAndMatchHashesAndPrefixes() {
        String hashed = Samples.base64(32, 5);
        PublishedDefaults catalog = PublishedDefaults.parse(new StringReader(
                "# ours\n\ntext\ttab\\there\\x41\tsource one\nprefix\tacme-dev-\tsource two\nsha256\t"
                        + PublishedDefaults.sha256(hashed) + "\tsource three\n"), "ours.tsv");

        assertThat(catalog.size()).isEqualTo(3);
        assertThat(catalog.find("tab\there" + "A")).map(PublishedDefaults.Entry::location).contains("ours.tsv:3");
        assertThat(catalog.find("acme-dev-1234567")).map(PublishedDefaults.Entry::source).contains("source two");
        assertThat(catalog.find(hashed)).map(PublishedDefaults.Entry::location).contains("ours.tsv:5");
        assertThat(catalog.and(PublishedDefaults.builtIn()).find("minioadmin")).isPresent();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "text\\tonly-two | three tab-separated fields",
            "secretkind\\tvalue\\tsource | kind must be",
            "sha256\\tnot-hex\\tsource | 64 hexadecimal",
            "prefix\\tab\\tsource | at least 4",
            "text\\tbad\\\\qescape\\tsource | unknown escape",
            "text\\tbad\\\\x4\\tsource | two hexadecimal"})
    void parseWhenAnEntryIsMalformedShouldNameFileAndLineButNoValue(String line, String reason) {
        String text = "# header\n" + line.replace("\\t", "\t").replace("\\\\", "\\") + "\n";

        assertThatThrownBy(() -> PublishedDefaults.parse(new StringReader(text), "mine.tsv"))
                .isInstanceOf(PublishedDefaults.CatalogException.class)
                .hasMessageStartingWith("mine.tsv:2: ")
                .hasMessageContaining(reason)
                .hasMessageNotContaining("only-two")
                .hasMessageNotContaining("not-hex");
    }

    @Test
    void loadWhenFileIsMissingShouldNameIt() {
        assertThatThrownBy(() -> PublishedDefaults.load(Path.of("does-not-exist.tsv")))
                .isInstanceOf(PublishedDefaults.CatalogException.class)
                .hasMessageContaining("does-not-exist.tsv");
    }

    @Test
    void onFirstUseShouldReadTheCatalogOnlyWhenAValueIsLookedUp() {
        PublishedDefaults missing = PublishedDefaults.onFirstUse("/dev/readiness/gates/secrets/no-such-catalog.tsv");

        assertThat(missing).hasToString("PublishedDefaults[not read yet]");
        assertThatThrownBy(() -> missing.find("anything"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-catalog.tsv is missing");

        PublishedDefaults builtIn = PublishedDefaults.onFirstUse(PublishedDefaults.BUILT_IN_RESOURCE);
        assertThat(builtIn).hasToString("PublishedDefaults[not read yet]");
        assertThat(builtIn.find("minioadmin")).isPresent();
        assertThat(builtIn.toString()).matches("PublishedDefaults\\[\\d+ entries]");
    }

    @Test
    void parseShouldRejectASha256EntryOfUpperCaseOrWrongLengthHexOnlyWhenItIsNotHex() {
        String valid = "a".repeat(64);
        PublishedDefaults catalog = PublishedDefaults.parse(new StringReader(
                "sha256\t" + valid.toUpperCase(java.util.Locale.ROOT) + "\tupper case is read as lower case\n"), "h.tsv");

        assertThat(catalog.size()).isEqualTo(1);
        assertThatThrownBy(() -> PublishedDefaults.parse(new StringReader("sha256\t" + "a".repeat(63) + "\tshort\n"),
                "h.tsv")).hasMessageContaining("64 hexadecimal");
        assertThatThrownBy(() -> PublishedDefaults.parse(new StringReader("sha256\t" + "g".repeat(64) + "\tnot hex\n"),
                "h.tsv")).hasMessageContaining("64 hexadecimal");
    }
}
