package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseSectionsTests {

    private static final List<String> KEYS = List.of("TYPEORM_CONNECTION", "typeorm.type", "db.Type", "DB_TYPE_",
            "production.adapter", "spring.datasource.driver-class-name", "knex[client]", "client", "CLIENT", "ent",
            "", "_", "x.type.name", "db.tüpe", "DB_TYPE\u0130", "\u0130NFO.type", "cache.engine", "Cache.Engine[0]",
            "dialect", "SEQUELIZE-DIALECT", "my.connection.", "con.nection");

    @Test
    void canonicalEndsWithShouldAnswerAsTheCanonicalFormDoesForEveryDeclaringWord() {
        for (String key : KEYS) {
            for (String word : List.of("type", "adapter", "dialect", "driver", "client", "engine", "connection")) {
                assertThat(DatabaseSections.canonicalEndsWith(key, word)).as("%s ends with %s", key, word)
                        .isEqualTo(RelaxedNames.canonical(key).endsWith(word));
            }
        }
    }
}
