package dev.readiness.gates.database;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;

/**
 * A .NET application's only connection string, named for the application rather than for a database
 * ({@code ConnectionStrings:AssetManagementConnection} in {@code appsettings.Production.json}): when the section holds
 * that one entry in its file and the entry's name ends in {@code Connection}, it is the application's database as
 * {@code DefaultConnection} is, so left empty it leaves the service without one ({@link SettingRules#emptyPrimaryUrl}
 * then asks whether anything else says where the database is). A section with other entries
 * ({@code IdentityConnection} beside {@code CatalogConnection}, a Redis or storage string beside it) names no single
 * database, and a name of another ending ({@code TelemetryStorage}, {@code Redis}) is no database's. Stateless.
 */
final class SoleConnectionStrings {

    private static final String SECTION = "ConnectionStrings";

    private SoleConnectionStrings() {
    }

    /**
     * Whether a blank setting is the only entry of its file's {@code ConnectionStrings} section and is named
     * {@code <Name>Connection}.
     *
     * @param settings the configuration, for the section's other entries
     * @param setting the blank setting
     * @return {@code true} for the application's one connection string
     */
    static boolean isSoleConnection(Settings settings, Setting setting) {
        String key = setting.key();
        if (key.length() <= SECTION.length() + 1 || !key.regionMatches(true, 0, SECTION, 0, SECTION.length())) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 4 || !words.get(0).equals("connection") || !words.get(1).equals("strings")
                || !words.get(size - 1).equals("connection")) {
            return false;
        }
        Optional<String> file = setting.origin().file();
        for (Setting other : settings.withPrefix(SECTION)) {
            if (!other.key().equals(key) && other.origin().file().equals(file)) {
                return false;
            }
        }
        return true;
    }
}
