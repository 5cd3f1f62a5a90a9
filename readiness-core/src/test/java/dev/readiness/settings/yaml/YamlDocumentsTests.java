package dev.readiness.settings.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class YamlDocumentsTests {

    private static final int LIMIT = 1024 * 1024;

    @Test
    void readShouldGiveEveryDocumentWithLinesAndColumns() {
        List<YamlNode> documents = YamlDocuments.read("a:\n  b: one\n---\nc: [x, y]\n", LIMIT);

        assertThat(documents).hasSize(2);
        YamlNode.Mapping first = (YamlNode.Mapping) documents.get(0);
        YamlNode b = ((YamlNode.Mapping) first.get("a")).get("b");
        assertThat(b).isEqualTo(new YamlNode.Scalar("one", 2, 6));
        YamlNode.Sequence c = (YamlNode.Sequence) ((YamlNode.Mapping) documents.get(1)).get("c");
        assertThat(c.items()).extracting(item -> ((YamlNode.Scalar) item).value()).containsExactly("x", "y");
    }

    @Test
    void readShouldTurnScalarsIntoTheTextSpringBootBinds() {
        YamlNode.Mapping root = (YamlNode.Mapping) YamlDocuments.read(
                "flag: yes\noff: off\nhex: 0x1F\nday: 2024-01-31\nnothing:\nquoted: '007'\n", LIMIT).get(0);

        assertThat(root.text("flag")).isEqualTo("true");
        assertThat(root.text("false")).isEqualTo("false");
        assertThat(root.text("hex")).isEqualTo("31");
        assertThat(root.text("day")).isEqualTo("2024-01-31");
        assertThat(root.text("nothing")).isNull();
        assertThat(root.text("quoted")).isEqualTo("007");
    }

    @Test
    void readShouldApplyMergeKeys() {
        YamlNode.Mapping root = (YamlNode.Mapping) YamlDocuments.read(
                "base: &base\n  url: a\n  user: u\nprod:\n  <<: *base\n  url: b\n", LIMIT).get(0);

        YamlNode.Mapping prod = (YamlNode.Mapping) root.get("prod");
        assertThat(prod.text("url")).isEqualTo("b");
        assertThat(prod.text("user")).isEqualTo("u");
    }

    @Test
    void readShouldRefuseInvalidYamlNamingTheLineWithoutQuotingIt() {
        assertThatThrownBy(() -> YamlDocuments.read("ok: 1\nsecret: \"Qz8XwKp3Lm\nbad: [\n", LIMIT))
                .isInstanceOf(YamlSyntaxException.class)
                .satisfies(e -> assertThat(((YamlSyntaxException) e).line()).isGreaterThan(1))
                .message().doesNotContain("Qz8X");
    }

    @Test
    void aValueThatIsNotOfItsExplicitTypeShouldBeRefusedNamingItsLineWithoutQuotingIt() {
        // SnakeYAML's own messages quote the value ("Unexpected timestamp: …", "For input string: …")
        for (String tag : List.of("!!timestamp", "!!int", "!!float", "!!binary")) {
            assertThatThrownBy(() -> YamlDocuments.read("ok: 1\npassword: " + tag + " Qz8X+wKp3Lm~\n", LIMIT))
                    .as(tag)
                    .isInstanceOf(YamlSyntaxException.class)
                    .satisfies(e -> assertThat(((YamlSyntaxException) e).line()).isEqualTo(2))
                    .satisfies(e -> assertThat(((YamlSyntaxException) e).column()).isEqualTo(11))
                    .message().doesNotContain("Qz8X").doesNotContain("wKp3").contains(tag);
        }
    }

    @Test
    void readShouldRefuseDuplicateKeysAsSpringBootDoes() {
        assertThatThrownBy(() -> YamlDocuments.read("jwt:\n  secret: a\n  secret: b\n", LIMIT))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("duplicate key");
    }

    @Test
    void readShouldBoundAliasExpansion() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        assertThatThrownBy(() -> YamlDocuments.read(bomb.toString(), LIMIT)).isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("aliases expand to more than 1,000,000 values");
    }

    @Test
    void readShouldAcceptManyAliasesOfSmallCollectionsAsSpringBootDoes() {
        StringBuilder services = new StringBuilder("defaults: &defaults\n  timeout: 5s\n  retries: 3\n");
        for (int i = 0; i < 500; i++) {
            services.append("service").append(i).append(":\n  <<: *defaults\n  url: http://s").append(i)
                    .append("\n  tags: &t").append(i).append(" [a, b]\n  again: *t").append(i).append('\n');
        }

        List<YamlNode> documents = YamlDocuments.read(services.toString(), LIMIT);

        YamlNode.Mapping root = (YamlNode.Mapping) documents.get(0);
        assertThat(root.entries()).hasSize(501);
        assertThat(((YamlNode.Mapping) root.entries().get("service499")).entries()).containsKeys("timeout", "retries",
                "url", "again");
    }

    @Property(tries = 3000)
    void aScalarTakenForTextWithoutTheResolverShouldBeTextToTheResolverToo(@ForAll("plainScalars") String value) {
        if (YamlDocuments.cannotBeTyped(value)) {
            assertThat(new Resolver().resolve(NodeId.scalar, value, true)).as(value).isEqualTo(Tag.STR);
        }
    }

    @Provide
    Arbitrary<String> plainScalars() {
        Arbitrary<String> starts = Arbitraries.of("", "~", "n", "N", "y", "o", "t", "f", "0", "1", "0x", "0b", "-",
                "+", ".", "<", "<<", "!", "&", "*", "null", "yes", "off", "true", "false", "1_0", "1:2", ".inf", "1e",
                "2024-01-31", " ", "s", "h", "\u0000", "é");
        Arbitrary<String> rests = Arbitraries.strings().withChars("0123456789abefxnulYESNOTrueFALSE:._-+ ~<!&*tsé")
                .ofMaxLength(6);
        return Arbitraries.oneOf(starts, starts.flatMap(start -> rests.map(rest -> start + rest)),
                Arbitraries.strings().ofMaxLength(8));
    }
}
