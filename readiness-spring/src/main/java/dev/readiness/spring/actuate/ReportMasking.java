package dev.readiness.spring.actuate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Masks what {@code /actuator/env} masks by default from a JSON report: in every finding's {@code message},
 * {@code remediation} and {@code origin}, URLs, host names, IP addresses, quoted names (database names, profiles,
 * hosts) and the directories of file paths become {@value #MASK}; codes, subjects, severities, statuses, counts and
 * the report's shape stay. Setting keys stay too ({@code spring.datasource.url} is a key, not a host: a dotted name
 * counts as a host when it ends in a DNS top-level label, a country code or a port). Thread-safe.
 */
final class ReportMasking {

    /** What a masked part becomes, as in Spring Boot's sanitized values. */
    static final String MASK = "******";

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Where readiness's reference pages live; a remediation may name one. */
    private static final String DOCUMENTS = "docs/reference/";

    private static final Set<String> MASKED_FIELDS = Set.of("message", "remediation", "origin");

    private static final Pattern URL = Pattern.compile(
            "\\b(?:[a-zA-Z][a-zA-Z0-9+.-]*://|jdbc:|r2dbc:|mongodb(?:\\+srv)?:|redis:)[^\\s,;'\"<>()\\[\\]]*");

    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'");

    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w.])(?:[A-Za-z]:\\\\|/)(?:[^\\s/\\\\\\[\\]'\",;()]+[/\\\\])+([^\\s/\\\\\\[\\]'\",;()]*)");

    private static final Pattern IP = Pattern.compile(
            "\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?\\b|\\[[0-9a-fA-F:.]+](?::\\d+)?");

    private static final Pattern DOTTED = Pattern.compile("\\b[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+(?::\\d+)?\\b");

    private static final Set<String> HOST_ENDINGS = Set.of("com", "net", "org", "io", "dev", "app", "cloud", "ai",
            "biz", "info", "co", "me", "tech", "online", "site", "xyz", "internal", "local", "localdomain", "lan",
            "intranet", "corp", "home", "test", "example", "invalid", "localhost", "svc", "cluster", "aws", "azure",
            "gcp", "edu", "gov", "mil", "int", "eu", "asia",
            // thirty-ninth pass: public top-level domains companies host under that no key ends with
            "network", "systems", "solutions", "digital", "tools", "services", "agency", "studio", "website",
            "hosting", "works");

    private ReportMasking() {
    }

    /**
     * Masks a JSON report.
     *
     * @param json the report as {@link dev.readiness.render.JsonReportRenderer} writes it
     * @return the same JSON with hosts, names and paths masked in messages, remediations and origins
     */
    static String mask(String json) {
        StringBuilder out = new StringBuilder(json.length());
        int copied = 0;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING && MASKED_FIELDS.contains(parser.currentName())) {
                    String original = parser.getString();
                    String masked = text(original);
                    if (!masked.equals(original)) {
                        int start = (int) parser.currentTokenLocation().getCharOffset();
                        out.append(json, copied, start);
                        quote(masked, out);
                        copied = endOfString(json, start);
                    }
                }
            }
        }
        return out.append(json, copied, json.length()).toString();
    }

    private static int endOfString(String json, int start) {
        int i = start + 1;
        while (json.charAt(i) != '"') {
            i += json.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            }
            else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0x061c
                    || c >= 0x200e && c <= 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * Masks one text.
     *
     * @param text a message, remediation or origin
     * @return the text with URLs, hosts, IP addresses, quoted names and directories masked
     */
    static String text(String text) {
        String masked = URL.matcher(text).replaceAll(MASK);
        masked = QUOTED.matcher(masked).replaceAll("'" + MASK + "'");
        masked = PATH.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(MASK + "/" + match.group(1)));
        masked = IP.matcher(masked).replaceAll(MASK);
        String done = masked;
        return DOTTED.matcher(masked).replaceAll(match -> isHost(match.group()) && !readinessDocument(done, match)
                ? MASK : Matcher.quoteReplacement(match.group()));
    }

    /**
     * Whether a dotted name is one of readiness's own reference pages that a remediation names
     * ({@code docs/reference/spring.md}): {@code .md} is also Moldova's domain, and session 27's {@code /actuator/gates}
     * printed "listed in docs/reference/******".
     */
    private static boolean readinessDocument(String text, java.util.regex.MatchResult match) {
        return match.group().endsWith(".md") && text.startsWith(DOCUMENTS, match.start() - DOCUMENTS.length());
    }

    private static boolean isHost(String dotted) {
        if (dotted.matches(".*:\\d+")) {
            return true;
        }
        String last = dotted.substring(dotted.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return HOST_ENDINGS.contains(last) || last.matches("[a-z]{2}") && !dotted.contains("_");
    }
}
