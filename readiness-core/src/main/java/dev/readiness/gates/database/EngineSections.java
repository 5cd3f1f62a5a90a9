package dev.readiness.gates.database;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.DatabaseSections;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members of a section a sibling declares a database connection ({@link DatabaseSections}): its {@code host}
 * and the {@code database} it opens, whatever words the section's own name has. TypeORM's {@code ormconfig}
 * ({@code type=mysql} beside {@code host=localhost} and {@code database=test}), Sequelize and Knex
 * ({@code dialect}, {@code client=pg} above {@code connection.host}), Rails' {@code database.yml}
 * ({@code adapter=postgresql}), TypeORM's variables ({@code TYPEORM_CONNECTION=mysql} beside {@code TYPEORM_HOST}):
 * none of their keys says {@code db}. A section whose name says it is for development or tests
 * ({@code development.host} beside {@code development.dialect=mysql}) is not production's and is left alone.
 *
 * <p>One per check, not thread-safe.
 */
final class EngineSections {

    /** What a section member holds, by the last word of its key. */
    enum Member {
        /** The database server's host ({@code host}, {@code hostname}). */
        HOST,
        /** The name of the database the connection opens ({@code database}, {@code dbname}). */
        NAME
    }

    /** Words of a section that is not production's. */
    private static final Set<String> NON_PRODUCTION = Set.of("development", "develop", "dev", "test", "tests",
            "testing", "local", "ci", "e2e", "staging", "stage", "qa", "sandbox");

    private final DatabaseSections sections;

    EngineSections(DatabaseSections sections) {
        this.sections = sections;
    }

    /**
     * What a setting is in a production database section, or {@code null} when its key ends in no member word, its
     * section is another stage's, or no sibling declares a database engine. The key's ending is read in place first,
     * so other settings cost one look.
     *
     * @param setting a setting the key classification left alone
     * @return its member kind, or {@code null}
     */
    @Nullable Member member(Setting setting) {
        String key = setting.key();
        if (!endsInMemberWord(key)) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        Member member = last.equals("host") || last.equals("hostname") ? Member.HOST
                : last.equals("database") || last.equals("dbname") ? Member.NAME : null;
        if (member == null) {
            return null;
        }
        if (nonProduction(words)) {
            return null;
        }
        return sections.declaredSection(key) != null ? member : null;
    }

    /**
     * Whether a setting belongs to a production section a sibling declares a database connection
     * ({@code production.socket} beside {@code production.adapter=mysql}), whatever its last word.
     *
     * @param setting a setting
     * @return {@code true} for a member of such a section
     */
    boolean inProductionSection(Setting setting) {
        return !nonProduction(KeyWords.of(setting.key())) && sections.declaredSection(setting.key()) != null;
    }

    /** Whether a word before a key's last one says its section is another stage's ({@code development.host}). */
    static boolean nonProduction(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (NON_PRODUCTION.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key ends in a word {@link #member} reads; other keys are no member. */
    static boolean endsInMemberWord(String key) {
        return AsciiCase.endsWith(key, "host") || AsciiCase.endsWith(key, "hostname")
                || AsciiCase.endsWith(key, "database") || AsciiCase.endsWith(key, "dbname");
    }

    /** See {@link DatabaseSections#namesDatabaseEngine(String)}. */
    static boolean namesServerOrEmbeddedEngine(String value) {
        return DatabaseSections.namesDatabaseEngine(value);
    }
}
