package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A data-source reference naming the example or default data source an application server ships, by its JNDI name
 * ({@code persistence.xml}'s {@code <jta-data-source>java:jboss/datasources/ExampleDS</jta-data-source>} flattened to
 * {@code jta-data-source=…}, {@code spring.datasource.jndi-name=jdbc/__default}): WildFly's and JBoss EAP's
 * {@code ExampleDS} is an in-memory H2 database "intended for development and demo purposes", JBoss AS's older
 * {@code java:/DefaultDS} its embedded Hypersonic database, and GlassFish's and Payara's {@code jdbc/__default} the
 * embedded Derby (or H2) database of the default pool. The first two are never repointed, so a NO-GO in production;
 * {@code jdbc/__default} can be reconfigured in the server to a real pool, so a WARN. The server's own definition
 * of the name ({@code datasources.datasource.jndi-name} of {@code standalone.xml}, whose H2 URL the URL rules
 * judge) is no reference and is not read; nor is the Jakarta EE platform default {@code java:comp/DefaultDataSource},
 * which Open Liberty and deployed servers bind to their own database. Stateless.
 */
final class ServerExampleSources {

    private static final int MAX_LENGTH = 48;

    private ServerExampleSources() {
    }

    /**
     * The {@code database.embedded} finding on a reference to a server's example data source, or {@code null}.
     *
     * @param setting a setting no other rule classified, whose value holds a {@code /}
     * @param stage the stage judged
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, Stage stage) {
        String value = setting.value().strip();
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || value.length() > MAX_LENGTH) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String what;
        boolean repointable = false;
        if (lower.equals("java:jboss/datasources/exampleds")) {
            what = "WildFly's bundled example data source ExampleDS, an in-memory H2 database for development and "
                    + "demos";
        } else if (lower.equals("java:/defaultds")) {
            what = "JBoss's bundled default data source DefaultDS, an embedded Hypersonic database";
        } else if (lower.equals("jdbc/__default") || lower.equals("java:global/jdbc/__default")) {
            what = "GlassFish's and Payara's default pool jdbc/__default, an embedded Derby or H2 database unless the "
                    + "server was reconfigured";
            repointable = true;
        } else {
            return null;
        }
        if (!referencesDataSource(KeyWords.of(setting.key()))) {
            return null;
        }
        boolean production = stage == Stage.PRODUCTION;
        return Finding.of(production && !repointable ? Severity.NO_GO : Severity.WARN, "database.embedded", setting)
                .message(setting.key() + " names " + what + ": the data lives inside the application server and is "
                        + "lost or stays on that one machine, not on a production database server.")
                .remediation("Define a data source for the production database server in the application server and "
                        + "reference its JNDI name in " + setting.key() + ".")
                .build();
    }

    /**
     * A key that refers to a data source ({@code jta-data-source}, {@code non-jta-data-source},
     * {@code spring.datasource.jndi-name}, {@code DataSource}), not the definition of one in a server's
     * {@code datasources} list.
     */
    private static boolean referencesDataSource(List<String> words) {
        boolean named = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("datasources")) {
                return false;
            }
            named |= word.equals("datasource") || word.equals("source") && i > 0 && words.get(i - 1).equals("data");
        }
        return named;
    }
}
