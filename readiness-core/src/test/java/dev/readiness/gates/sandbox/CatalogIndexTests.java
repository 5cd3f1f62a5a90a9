package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIndexTests {

    private static byte[] builtInText() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                CatalogIndexTests.class.getClassLoader().getResourceAsStream(ProviderCatalog.BUILT_IN_RESOURCE))) {
            return in.readAllBytes();
        }
    }

    private static List<Provider> parsed(byte[] text) {
        CatalogReader.Read read = CatalogReader.parse("providers.properties", CatalogReader.decode(text));
        assertThat(read.problems()).isEmpty();
        return read.providers();
    }

    @Test
    void indexWrittenByTheBuildShouldHoldExactlyTheProvidersOfTheTextOnTheClassPath() throws IOException {
        URL catalog = Objects.requireNonNull(getClass().getClassLoader().getResource(ProviderCatalog.BUILT_IN_RESOURCE));
        byte[] text = builtInText();

        List<Provider> indexed = CatalogIndex.read(catalog, text);

        assertThat(indexed).as("the build writes %s%s", ProviderCatalog.BUILT_IN_RESOURCE, CatalogIndex.SUFFIX)
                .isNotNull().isEqualTo(parsed(text)).hasSizeGreaterThan(30);
        assertThat(ProviderCatalog.builtIn().providers()).isEqualTo(indexed);
    }

    @Test
    void indexShouldRoundTripEveryComponentIncludingModeSwitchesAndKeyWords() throws IOException {
        List<Provider> providers = parsed(builtInText());

        List<Provider> read = CatalogIndex.read(CatalogIndexWriter.write(providers, 42L), 42L);

        assertThat(read).isEqualTo(providers);
        assertThat(read).anySatisfy(provider -> assertThat(provider.modeSwitches()).isNotEmpty());
        assertThat(read).anySatisfy(provider -> assertThat(provider.keyWords()).isNotEmpty());
    }

    @Test
    void indexShouldRoundTripTextBeyondAsciiAsWellAsAscii() throws IOException {
        byte[] text = ("acme.name = Acmé Paiements 支付\nacme.source = https://acme.example/docs\n"
                + "acme.test-hosts = sandbox.acme.example\nacme.test-credential-prefixes = acme_test_\n")
                .getBytes(StandardCharsets.UTF_8);
        List<Provider> providers = CatalogReader.parse("acme", CatalogReader.decode(text)).providers();

        List<Provider> read = CatalogIndex.read(CatalogIndexWriter.write(providers, 9L), 9L);

        assertThat(read).isEqualTo(providers).extracting(Provider::name).containsExactly("Acmé Paiements 支付");
        assertThat(read.get(0).testCredentialPrefixes()).containsExactly("acme_test_");
    }

    @Test
    void indexOfOtherTextShouldBeIgnoredAndTheTextParsed(@TempDir Path dir) throws IOException {
        byte[] text = "acme.name = Acme\nacme.source = https://acme.example/docs\nacme.test-hosts = sandbox.acme.example\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("providers.properties");
        Files.write(file, text);
        Files.write(dir.resolve("providers.properties" + CatalogIndex.SUFFIX),
                CatalogIndexWriter.write(parsed(builtInText()), CatalogIndex.checksum(builtInText())));

        assertThat(CatalogIndex.read(file.toUri().toURL(), text)).as("stale index").isNull();
        assertThat(CatalogReader.fromResources(List.of(file.toUri().toURL()), "x").get(0).providers())
                .extracting(Provider::id).containsExactly("acme");
    }

    @Test
    void sketchShouldBeReadWithoutTheProvidersAfterIt(@TempDir Path dir) throws IOException {
        byte[] text = builtInText();
        Path file = dir.resolve("providers.properties");
        Files.write(file, text);
        byte[] index = CatalogIndexWriter.write(parsed(text), CatalogIndex.checksum(text));
        int sketchEnd = 16 + java.nio.ByteBuffer.wrap(index, 12, 4).getInt();
        Path indexFile = dir.resolve("providers.properties" + CatalogIndex.SUFFIX);

        Files.write(indexFile, Arrays.copyOf(index, sketchEnd));
        CatalogSketch sketch = CatalogIndex.sketch(file.toUri().toURL());
        assertThat(sketch).as("the providers after the sketch are not read").isNotNull();
        assertThat(sketch.providerCount()).isEqualTo(parsed(text).size());

        Files.write(indexFile, Arrays.copyOf(index, sketchEnd - 1));
        assertThat(CatalogIndex.sketch(file.toUri().toURL())).as("a sketch cut short").isNull();
        Files.write(indexFile, Arrays.copyOf(index, 10));
        assertThat(CatalogIndex.sketch(file.toUri().toURL())).as("a header cut short").isNull();
    }

    @Test
    void truncatedOrCorruptIndexShouldBeIgnored() throws IOException {
        byte[] index = CatalogIndexWriter.write(parsed(builtInText()), 7L);

        assertThat(CatalogIndex.read(Arrays.copyOf(index, index.length / 2), 7L)).isNull();
        assertThat(CatalogIndex.read(Arrays.copyOf(index, index.length + 1), 7L)).isNull();
        int firstProvider = 16 + java.nio.ByteBuffer.wrap(index, 12, 4).getInt() + 8;
        index[firstProvider] = 'x';
        assertThat(CatalogIndex.read(index, 7L)).isNull();
        assertThat(CatalogIndex.read(new byte[0], 7L)).isNull();
    }

    private static URL jarEntry(Path jar, String name, byte[] text, byte[] index) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(name));
            out.write(text);
            out.closeEntry();
            out.putNextEntry(new JarEntry(name + CatalogIndex.SUFFIX));
            out.write(index);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/" + name);
    }

    @Test
    void packagedCatalogShouldBeReadFromItsIndexWhenTheJarEntryChecksumMatches(@TempDir Path dir) throws IOException {
        byte[] text = builtInText();
        URL catalog = jarEntry(dir.resolve("catalog.jar"), "providers.properties", text,
                CatalogIndexWriter.write(parsed(text), CatalogIndex.checksum(text)));

        assertThat(CatalogIndex.readPackaged(catalog)).isEqualTo(parsed(text));
    }

    @Test
    void packagedCatalogWithAStaleIndexShouldBeParsedFromItsText(@TempDir Path dir) throws IOException {
        byte[] text = "acme.name = Acme\nacme.source = https://acme.example/docs\nacme.test-hosts = sandbox.acme.example\n"
                .getBytes(StandardCharsets.UTF_8);
        URL catalog = jarEntry(dir.resolve("catalog.jar"), "providers.properties", text,
                CatalogIndexWriter.write(parsed(builtInText()), CatalogIndex.checksum(builtInText())));

        assertThat(CatalogIndex.readPackaged(catalog)).as("stale index").isNull();
        assertThat(CatalogReader.fromResources(List.of(catalog), "x").get(0).providers())
                .extracting(Provider::id).containsExactly("acme");
    }

    @Test
    void catalogOutsideAJarShouldNotBeReadByEntryChecksum(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("providers.properties");
        Files.write(file, builtInText());
        Files.write(dir.resolve("providers.properties" + CatalogIndex.SUFFIX),
                CatalogIndexWriter.write(parsed(builtInText()), CatalogIndex.checksum(builtInText())));

        assertThat(CatalogIndex.readPackaged(file.toUri().toURL())).isNull();
        assertThat(CatalogReader.fromResources(List.of(file.toUri().toURL()), "x").get(0).providers())
                .isEqualTo(parsed(builtInText()));
    }
}
