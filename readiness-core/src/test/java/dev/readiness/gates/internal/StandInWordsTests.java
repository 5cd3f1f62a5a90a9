package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StandInWordsTests {

    @Test
    void templateValuesShouldHoldEverySpellingOfNeverFilledInAndNoRealValue() {
        assertThat(StandInWords.TEMPLATE_VALUES).contains("changeme", "change-me", "change me", "todo", "tbd", "fixme",
                "placeholder", "not_set", "your-value", "fill-me");
        assertThat(StandInWords.TEMPLATE_VALUES).doesNotContain("production", "postgres", "admin", "true", "change");
    }

    @Test
    void noSecretValuesShouldHoldASecretsOwnNameAndFillerButNoSecret() {
        assertThat(StandInWords.NO_SECRET_VALUES).contains("password", "api_key", "n/a", "redacted", "your-token",
                "example", "??");
        assertThat(StandInWords.NO_SECRET_VALUES).doesNotContain("hunter2", "s3cr3t-Passw0rd", "changeme");
    }

    @Test
    void spelledKeyLeadsShouldOpenAValueThatSpellsItsKeyButNoHostName() {
        assertThat(StandInWords.SPELLED_KEY_LEADS).contains("your", "the", "put").doesNotContain("api", "db", "www");
    }

    @Test
    void capitalFillInWordsShouldBeCapitalsOfTheFillVerbsAndNotNamedActions() {
        assertThat(StandInWords.CAPITAL_FILL_IN_VERBS).contains("REPLACE", "CHANGE", "PUT", "PROVIDE", "ADD", "SET")
                .doesNotContain("replace", "UPDATE", "DROP");
        assertThat(StandInWords.CAPITAL_FILL_IN_OBJECTS).contains("ME", "THIS", "YOUR", "HERE", "LATER")
                .doesNotContain("EXISTING", "NULL", "DATA");
    }

    @Test
    void fencedInstructionsShouldHoldEveryCapitalFillInVerbAndTheWordsOnlyAFenceMakesInstructions() {
        for (String verb : StandInWords.CAPITAL_FILL_IN_VERBS) {
            assertThat(StandInWords.FENCED_INSTRUCTIONS).contains(verb.toLowerCase(Locale.ROOT));
        }
        assertThat(StandInWords.FENCED_INSTRUCTIONS).contains("update", "edit", "generate", "todo", "your")
                .doesNotContain("passw0rd", "admin", "secret");
    }

    @Test
    void capitalFillersShouldHoldPlaceholderWordsButNoWordOfAVariableThatCarriesASecret() {
        assertThat(StandInWords.CAPITAL_FILLERS).contains("CHANGE", "ME", "YOUR", "EXAMPLE", "TODO", "XXX", "DEFAULT")
                .doesNotContain("KAMAL", "REGISTRY", "PASSWORD", "RAILS", "MASTER", "KEY", "DB");
    }

    @Test
    void keyMarkersShouldHoldTheWordsThatNameATryOutKeyAndProviderModesAmongThem() {
        assertThat(StandInWords.KEY_MARKERS).contains("test", "example", "examples", "demo", "sandbox", "mock")
                .doesNotContain("your", "replace", "live", "prod");
        assertThat(StandInWords.KEY_MARKERS).containsAll(StandInWords.PROVIDER_MODE_WORDS);
        assertThat(StandInWords.PROVIDER_MODE_WORDS).containsExactlyInAnyOrder("test", "sandbox");
    }

    @Test
    void phraseWordsShouldHoldSecretNounsInstructionsAndMarkersButNoPassphraseWord() {
        assertThat(StandInWords.SECRET_NOUNS).contains("secret", "password", "token", "apikey", "dsn");
        assertThat(StandInWords.INSTRUCTION_WORDS).contains("your", "replace", "here", "example", "characters");
        assertThat(StandInWords.PHRASE_MARKERS).contains("demo", "sample", "your", "tutorial");
        for (String word : List.of("correct", "horse", "battery", "staple", "firefly")) {
            assertThat(StandInWords.SECRET_NOUNS).doesNotContain(word);
            assertThat(StandInWords.INSTRUCTION_WORDS).doesNotContain(word);
            assertThat(StandInWords.PHRASE_MARKERS).doesNotContain(word);
        }
    }

    @Test
    void foreignWordsShouldHoldInstructionsNamesAndPossessivesOfOtherLanguages() {
        assertThat(StandInWords.FOREIGN_INSTRUCTIONS).contains("填写", "cambiar", "ändern", "введите");
        assertThat(StandInWords.FOREIGN_SECRET_NAMES).contains("密钥", "contraseña", "пароль", "mot de passe");
        assertThat(StandInWords.FOREIGN_SECRET_WORDS).contains("contraseña", "ключ", "키", "passe");
        assertThat(StandInWords.FOREIGN_ASKING).contains("tu", "votre", "ваш", "여기에", "hier");
        assertThat(StandInWords.FOREIGN_SECRET_NAMES).doesNotContain("postgres", "admin");
    }

    @Test
    void foreignYourPrefixesShouldBeThePhrasePossessivesAHostSharesWithAnUnderscore() {
        assertThat(StandInWords.FOREIGN_YOUR_PREFIXES).contains("ваш_", "tu_", "tus_", "votre_", "vos_", "twoja_")
                .allMatch(prefix -> prefix.endsWith("_")).doesNotContain("su_", "la_", "de_");
        for (String prefix : StandInWords.FOREIGN_YOUR_PREFIXES) {
            String word = prefix.substring(0, prefix.length() - 1);
            assertThat(StandInWords.FOREIGN_ASKING.contains(word) || List.of("tus", "vos", "twoja").contains(word))
                    .as(word).isTrue();
        }
    }

    @Test
    void shapeWordsShouldDescribeAValueButHoldNoWordOfOne() {
        assertThat(StandInWords.SHAPE_NOUNS).contains("letters", "numbers", "hex", "characters", "base64");
        assertThat(StandInWords.SHAPE_MODIFIERS).contains("long", "random", "lowercase", "of", "32");
        assertThat(StandInWords.SHAPE_NOUNS).doesNotContain("long", "stripe", "key");
        assertThat(StandInWords.SHAPE_MODIFIERS).doesNotContain("letters", "key", "token");
    }

    @Test
    void askingStartsShouldLeaveADevelopersOwnLabelToTheIdentifierReading() {
        assertThat(StandInWords.ADDRESSING_STARTS).containsExactly("your", "my", "insert", "enter", "paste");
        assertThat(StandInWords.ADDRESSING_STARTS).containsAll(StandInWords.IDENTIFIER_ASKING_STARTS);
        assertThat(StandInWords.IDENTIFIER_ASKING_STARTS).doesNotContain("my");
        assertThat(StandInWords.BRACKET_ASKING_WORDS).contains("your", "enter", "here").doesNotContain("store", "id");
    }

    @Test
    void hostWordsShouldReadTemplateDomainsAndGluedInstructionsButNoRealName() {
        assertThat(StandInWords.TEMPLATE_DOMAINS).contains("test", "example", "yourdomain", "todo", "changeme")
                .doesNotContain("acme", "google", "fillmore", "changelog");
        assertThat(StandInWords.TEMPLATE_VALUES).containsAll(List.of("todo", "tbd", "fixme", "changeme", "replaceme",
                "placeholder"));
        assertThat(StandInWords.TEMPLATE_LABEL_PARTS).containsExactlyInAnyOrder("your", "changeme", "replaceme",
                "placeholder", "setme", "fillme");
        assertThat(StandInWords.GLUED_INSTRUCTIONS).contains("replacewith", "fillmein", "tobechanged")
                .noneMatch(phrase -> "fillmore-changelog".contains(phrase));
        assertThat(StandInWords.TEMPLATE_LABEL_PHRASES).contains("change-me", "-to-change");
        assertThat(StandInWords.MADE_UP_HEADS).containsExactly("your", "my");
    }

    @Test
    void everyViewShouldBeImmutableAndInTheCaseItsNameSays() throws IllegalAccessException {
        List<String> checked = new ArrayList<>();
        for (Field field : StandInWords.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Collection<?> words = (Collection<?>) field.get(null);
            assertThat(words).as(field.getName()).isNotEmpty().isUnmodifiable();
            boolean capitals = field.getName().startsWith("CAPITAL_");
            for (Object word : words) {
                String text = (String) word;
                assertThat(text).as(field.getName()).isEqualTo(capitals ? text.toUpperCase(Locale.ROOT)
                        : text.toLowerCase(Locale.ROOT));
            }
            checked.add(field.getName());
        }
        assertThat(checked).hasSizeGreaterThan(25);
    }
}
