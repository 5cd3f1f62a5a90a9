package dev.readiness.gates.database;

import java.util.Set;

/**
 * A file pattern where a key's words suggest a database: WebSphere Liberty's and Open Liberty's
 * {@code <library id="OracleLib"><fileset dir="${server.config.dir}/lib/jdbc" includes="*.jar"/>} names the JDBC
 * driver's jars, flattened as {@code server.library.OracleLib.fileset.jdbcLibFileset.includes=*.jar}; build and
 * deploy descriptors write {@code drivers/*.jar} or {@code migrations/*.sql} the same way. A wildcard followed by a
 * file's extension selects files on disk and is no host, no URL and no template; {@code *.db.example.com} (a
 * wildcard domain) and {@code jdbc:mysql://*:3306/app} (a masked host) are not this shape and stay judged. Stateless.
 */
final class FileGlobs {

    private static final Set<String> EXTENSIONS = Set.of("jar", "war", "ear", "zip", "so", "dll", "class", "sql",
            "xml", "properties");

    private FileGlobs() {
    }

    /**
     * Whether a value is one file pattern, or a list of them, each a wildcard and a file extension.
     *
     * @param value the setting's value
     * @return {@code true} for {@code *.jar}, {@code lib/*.jar}, {@code ojdbc*.jar, orai18n*.jar}
     */
    static boolean isFileGlob(String value) {
        if (value.indexOf("://") >= 0 || value.indexOf('@') >= 0) {
            return false;
        }
        for (String part : value.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int star = part.indexOf('*');
            int dot = part.lastIndexOf('.');
            if (star < 0 || dot < star || !EXTENSIONS.contains(part.substring(dot + 1))) {
                return false;
            }
        }
        return true;
    }
}
