package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A template or documentation domain written as a whole value under a key whose name says no address: a TURN server's
 * {@code realm=turn.yourdomain.com}, FreeSWITCH's {@code default_provider=example.com}, a bucket suffix
 * {@code mybucket.mydomain.com}, {@code SITE_NAME=your-site-name.com}, PowerDNS's
 * {@code default-soa-content=ns1.your-domain.com hostmaster.your-domain.com 0 3600 600 1209600 3600}. The keys the
 * gate reads as addresses judge such names already; under any other key the value still is the name the template
 * left for the reader's own domain, and the service announces, signs or serves it as if it were. Read only when the
 * whole value is host names and numbers separated by spaces, every name a template's (its registrable label
 * {@code example}, {@code yourdomain}, {@code your-…}, {@link TemplateDomains}) and under a common top-level domain:
 * a list that names a real domain too ({@code SPAM_DOMAINS=example.com, baddomain.com}: data, not a slot), a file
 * name ({@code example.key}, {@code example.sh}), a Java package ({@code com.example.app.domain}), a log tag ({@code app.test}) and an
 * analytics service's site id ({@code PLAUSIBLE_SITE_ID=yoursite.com}, a label there, not an address anything calls)
 * are not. Reserved top-level domains ({@code .test}, {@code .local}) are other rules'. Stateless.
 */
final class TemplateHostValues {

    private static final int MAX_LENGTH = 253;
    /** Two-letter file extensions, which a country's top-level domain may also be: {@code example.sh} is a file. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("py", "sh", "md", "js", "ts", "rb", "pl", "cs", "go",
            "so", "db", "gz", "rs", "cc", "pm", "ps", "mk", "ml", "kt", "ex", "hs", "xz");
    /** First labels of a reverse-DNS name ({@code com.example.app}): a package or bundle id, never a host. */
    private static final Set<String> REVERSED_FIRST_LABELS = Set.of("com", "org", "net", "io", "cn");

    private TemplateHostValues() {
    }

    /**
     * The finding on a template domain written as the value of a key that names no address, or {@code null}.
     *
     * @param setting the setting, judged for production
     * @param words the key's lower-case words
     * @param value its stripped, unquoted value, holding a dot
     * @param judge the endpoint judge
     * @return a NO-GO {@code sandbox.reserved-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, List<String> words, String value, EndpointJudge judge) {
        if (value.length() > MAX_LENGTH || !namesOnly(value) || words.isEmpty()
                || words.get(words.size() - 1).equals("id") && !namesRelyingParty(words)) {
            return null;
        }
        Endpoint first = null;
        EndpointJudge.Verdict firstVerdict = null;
        int start = 0;
        while (start < value.length()) {
            int end = value.indexOf(' ', start);
            if (end < 0) {
                end = value.length();
            }
            if (end > start && !digitsOnly(value, start, end)) {
                String name = value.substring(start, end);
                Endpoint endpoint = templateName(name) ? Endpoint.parse(name, true).orElse(null) : null;
                EndpointJudge.Verdict verdict = endpoint == null ? null : judge.judge(endpoint);
                if (verdict == null || verdict.kind() != EndpointJudge.Kind.RESERVED) {
                    return null;
                }
                if (first == null) {
                    first = endpoint;
                    firstVerdict = verdict;
                }
            }
            start = end + 1;
        }
        return first == null ? null
                : SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, first, firstVerdict);
    }

    /**
     * Whether the key is a WebAuthn relying party's id ({@code PASSKEY_RP_ID}, {@code webauthn.rp-id}): by the
     * specification a domain the browser checks, so a template domain there is a template address, unlike other ids.
     */
    private static boolean namesRelyingParty(List<String> words) {
        int size = words.size();
        return size >= 2 && (words.get(size - 2).equals("rp") || words.get(size - 2).equals("relyingparty"));
    }

    /** Whether a value is lower-case letters, digits, dots, dashes and spaces only, as host names and numbers are. */
    private static boolean namesOnly(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitsOnly(String value, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name may be a template's host: two labels at least, its last a generic top-level domain or a
     * country's two letters, its first no reverse-DNS start ({@code com.example.app}). Also a name of three labels or
     * more under {@code .tld}, the word for a top-level domain that templates write where the reader's goes
     * ({@code realm=turn.yourdomain.tld}; forty-fourth pass): with two labels it may be a JSP tag library's file
     * ({@code struts-tags.tld}).
     */
    private static boolean templateName(String name) {
        int firstDot = name.indexOf('.');
        int lastDot = name.lastIndexOf('.');
        if (firstDot <= 0 || lastDot == name.length() - 1) {
            return false;
        }
        String last = name.substring(lastDot + 1);
        return (last.length() == 2 && !FILE_EXTENSIONS.contains(last) || HostNames.GENERIC_TOP_LEVELS.contains(last)
                || last.equals(WORD_FOR_TOP_LEVEL) && firstDot != lastDot)
                && !(firstDot != lastDot && REVERSED_FIRST_LABELS.contains(name.substring(0, firstDot)));
    }

    /** The word for a top-level domain, which no registry delegates. */
    private static final String WORD_FOR_TOP_LEVEL = "tld";
}
