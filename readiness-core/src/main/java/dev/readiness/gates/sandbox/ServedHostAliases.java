package dev.readiness.gates.sandbox;

import java.util.List;

/**
 * A key that names the aliases of a virtual host the server itself serves: WildFly's and JBoss EAP's Undertow
 * {@code <host name="default-host" alias="localhost">} (shipped so in every {@code standalone.xml}), Tomcat's
 * {@code <Host><Alias>}, Apache's {@code ServerAlias}. Such a name is one the server answers requests for, not an
 * endpoint it calls, so loopback or a host name there is no destination in production. Only the last word decides
 * ({@code S3_ALIAS_HOST}, Mastodon's public files host, is a destination and stays judged), and a host or server
 * word must come before it ({@code FRONTEND_ALIAS}, a Docker network alias, is not this shape). Stateless.
 */
final class ServedHostAliases {

    private ServedHostAliases() {
    }

    /**
     * Whether a key's words name a served virtual host's aliases.
     *
     * @param words the key's lower-case words
     * @return {@code true} for {@code …host.alias}, {@code …host.aliases}, {@code server_alias}, {@code ServerAlias}
     */
    static boolean named(List<String> words) {
        int size = words.size();
        if (size < 2) {
            return false;
        }
        String last = words.get(size - 1);
        if (!last.equals("alias") && !last.equals("aliases")) {
            return false;
        }
        for (int i = 0; i < size - 1; i++) {
            String word = words.get(i);
            if (word.equals("host") || word.equals("vhost") || word.equals("virtualhost") || word.equals("server")) {
                return true;
            }
        }
        return false;
    }
}
