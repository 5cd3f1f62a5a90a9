package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys that hold the user list of HTTP basic authentication, the way reverse proxies take it:
 * {@code TRAEFIK_BASIC_AUTH_USERS=admin:$apr1$…}, {@code traefik.http.middlewares.auth.basicauth.users},
 * {@code DASHBOARD_BASICAUTH_USERS}. Each entry is a user and a password or its hash, so the list is a credential: a
 * blank one leaves the dashboard open or on its documented default, and {@code admin:admin} is a guessable password.
 * A single user's name ({@code BASIC_AUTH_USER}, {@code BASIC_AUTH_USERNAME}) and a switch
 * ({@code BASIC_AUTH_ENABLED}) are not lists. Nor is a map of users to passwords under a basic-authentication section
 * ({@code HTTP.APIForService.BasicAuth.user001}, Nightingale's; {@link #namesUserMapEntry}) anything but passwords,
 * and neither is the users map of Quarkus's embedded realm ({@code quarkus.security.users.embedded.users.alice}) or
 * of an {@code authentication} section (Gravitee's {@code services.core.http.authentication.users.admin}), or Orthanc's
 * {@code RegisteredUsers} map ({@code RegisteredUsers.admin=orthanc}). Stateless.
 */
final class BasicAuthUsers {

    private static final String USERS = "users";
    private static final String BASIC_AUTH = "basicauth";
    private static final String AUTHENTICATION = "authentication";
    /**
     * Orthanc's map of user names to clear passwords ({@code "RegisteredUsers": {"admin": "orthanc"}}), the spelling a
     * server's own accounts take when the section says they are registered users rather than a list of names.
     */
    private static final String REGISTERED_USERS = "registeredusers";
    /**
     * The part before {@code users} in Quarkus's embedded realm, whose {@code users} map holds each user's password,
     * in plain text or as an MD5 digest ({@code quarkus.security.users.embedded.users.alice=alice}); its {@code roles}
     * map ({@code quarkus.security.users.embedded.roles.alice=admin}) holds role names.
     */
    private static final String EMBEDDED_USERS = ".security.users.embedded.";

    /** Last parts under a basic-authentication section that describe it rather than name a user. */
    private static final java.util.Set<String> SECTION_SETTINGS = java.util.Set.of("enable", "enabled", "disable",
            "disabled", "realm", "users", "user", "username", "name", "path", "paths", "header", "type", "mode",
            "exclude", "excludes", "include", "includes", "url", "urls", "password", "passwords", "file", "htpasswd");

    private BasicAuthUsers() {
    }

    /**
     * Whether a key is an entry of a map of users to passwords: its last part, a user's name, right under a part named
     * {@code BasicAuth}, {@code basic_auth} or {@code basic-auth} ({@code HTTP.APIForService.BasicAuth.user001}), or
     * under Quarkus's {@code security.users.embedded.users} ({@code %prod.quarkus.security.users.embedded.users.admin}),
     * or right under {@code authentication.users} ({@code services.core.http.authentication.users.admin}), or right
     * under a part named {@code RegisteredUsers} ({@code registered_users}, {@code registered-users}), Orthanc's. A part
     * that describes the section ({@code basicauth.enabled}, {@code basic_auth.realm}, {@code basic_auth.username}) is
     * none.
     *
     * @param key the key as written
     * @return {@code true} for a user's password in a basic-authentication map
     */
    static boolean namesUserMapEntry(String key) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            return false;
        }
        int before = key.lastIndexOf('.', dot - 1) + 1;
        int embedded = before - EMBEDDED_USERS.length();
        if (embedded > 0 && dot - before == USERS.length() && key.regionMatches(true, before, USERS, 0, USERS.length())
                && key.regionMatches(true, embedded, EMBEDDED_USERS, 0, EMBEDDED_USERS.length())) {
            return true;
        }
        String section = key.substring(before, dot).replace("_", "").replace("-", "");
        boolean userMap = section.equalsIgnoreCase(BASIC_AUTH) || section.equalsIgnoreCase(REGISTERED_USERS)
                || section.equalsIgnoreCase(USERS) && before >= 2 && isAuthenticationPart(key, before - 1);
        return userMap && !SECTION_SETTINGS.contains(key.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the part of a key that ends at {@code end} (a dot) is {@code authentication}, the section whose
     * {@code users} map Gravitee's gateway and management API read as user name to password
     * ({@code services.core.http.authentication.users.admin}, shipped as {@code adminadmin}).
     */
    private static boolean isAuthenticationPart(String key, int end) {
        int start = key.lastIndexOf('.', end - 1) + 1;
        return end - start == AUTHENTICATION.length()
                && key.regionMatches(true, start, AUTHENTICATION, 0, AUTHENTICATION.length());
    }

    /**
     * Whether a key adds accounts with their passwords: its words end in {@code add user}, {@code add users} or
     * {@code add local user(s)}, as Concourse's {@code CONCOURSE_ADD_LOCAL_USER=admin:s3cret,ci:…} (its
     * {@code --add-local-user} flag) takes {@code name:password} entries (fortieth pass). Each entry's password
     * follows the colon, so the value is judged as a password list, as a basic-authentication user list is. A key
     * that only names users ({@code CONCOURSE_MAIN_TEAM_LOCAL_USER=admin}, {@code create_user=ubuntu}) adds none.
     *
     * @param key the key as written
     * @return {@code true} for a list of added accounts
     */
    static boolean namesAddedUsers(String key) {
        if (key.length() < 7 || !AsciiCase.endsWith(key, "user") && !AsciiCase.endsWith(key, "users")) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int user = words.size() - 1;
        if (user < 1 || !words.get(user).equals("user") && !words.get(user).equals("users")) {
            return false;
        }
        int verb = words.get(user - 1).equals("local") ? user - 2 : user - 1;
        return verb >= 0 && words.get(verb).equals("add");
    }

    /**
     * Whether a key ends in {@code basic auth users}, its words joined by {@code _}, {@code -}, {@code .} or nothing.
     *
     * @param key the key as written
     * @return {@code true} for a basic-authentication user list
     */
    static boolean namesUserList(String key) {
        int end = key.length() - USERS.length();
        if (end < BASIC_AUTH.length() + 1 || !key.regionMatches(true, end, USERS, 0, USERS.length())) {
            return false;
        }
        int matched = BASIC_AUTH.length();
        int i = end - 1;
        if (isSeparator(key.charAt(i))) {
            i--;
        }
        for (; i >= 0 && matched > 0; i--) {
            char c = key.charAt(i);
            if (isSeparator(c) && matched == 5) {
                continue;
            }
            if (Character.toLowerCase(c) != BASIC_AUTH.charAt(matched - 1)) {
                return false;
            }
            matched--;
        }
        return matched == 0 && (i < 0 || isSeparator(key.charAt(i)));
    }

    /**
     * The passwords of Orthanc's user map written as JSON in one setting, as the Orthanc images take it from the
     * environment ({@code ORTHANC__REGISTERED_USERS={"admin": "orthanc"}}): a key whose words end in
     * {@code registered users} and a value that is one flat JSON object of names to string passwords. A password that
     * references a variable ({@code "${ADMIN_PASSWORD}"}) is judged where the variable is supplied; a value that is
     * not such an object (a reference, a nested object, a number) gives none (the thirty-eighth pass found the map
     * passing in this spelling where {@code RegisteredUsers.admin=orthanc} is judged).
     *
     * @param key the setting's key
     * @param value its value; not retained
     * @return each entry's password in order, or none when the key or the value is no such map
     */
    static List<String> registeredUserPasswords(String key, String value) {
        if (!endsInRegisteredUsers(key)) {
            return List.of();
        }
        String json = value.strip();
        if (json.length() < 2 || json.charAt(0) != '{' || json.charAt(json.length() - 1) != '}') {
            return List.of();
        }
        List<String> passwords = new ArrayList<>(2);
        StringBuilder text = new StringBuilder();
        int at = blanks(json, 1);
        if (at == json.length() - 1) {
            return passwords;
        }
        while (true) {
            at = string(json, at, text);
            at = at < 0 ? -1 : blanks(json, at);
            if (at < 0 || json.charAt(at) != ':') {
                return List.of();
            }
            at = string(json, blanks(json, at + 1), text);
            if (at < 0) {
                return List.of();
            }
            if (text.indexOf("${") < 0) {
                passwords.add(text.toString());
            }
            at = blanks(json, at);
            if (at == json.length() - 1) {
                return passwords;
            }
            if (json.charAt(at) != ',') {
                return List.of();
            }
            at = blanks(json, at + 1);
        }
    }

    private static boolean endsInRegisteredUsers(String key) {
        int matched = REGISTERED_USERS.length();
        for (int i = key.length() - 1; i >= 0 && matched > 0; i--) {
            char c = key.charAt(i);
            if (!isSeparator(c)) {
                if (Character.toLowerCase(c) != REGISTERED_USERS.charAt(matched - 1)) {
                    return false;
                }
                matched--;
            }
        }
        return matched == 0;
    }

    private static int blanks(String json, int from) {
        int at = from;
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * Reads the JSON string that starts at {@code from} into {@code text}; the index after its closing quote, or
     * {@code -1} when none starts there or it does not end. Escapes other than a quote, a backslash and a slash are
     * not read (they give {@code -1}).
     */
    private static int string(String json, int from, StringBuilder text) {
        text.setLength(0);
        if (from >= json.length() || json.charAt(from) != '"') {
            return -1;
        }
        for (int i = from + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                char next = i + 1 < json.length() ? json.charAt(++i) : 'x';
                if (next != '"' && next != '\\' && next != '/') {
                    return -1;
                }
                c = next;
            }
            text.append(c);
        }
        return -1;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '-' || c == '.';
    }
}
