package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.FirstLetters;
import java.util.Locale;

/**
 * The sandbox gate's reading of template domains ({@code database.examplepod.com}, {@code db.yourdomain.com},
 * {@code s3.test.com}, {@code mydomain.com}), for a host another gate judges itself: the database gate reads
 * database hosts, which the sandbox gate leaves to it, and the same name makes the same verdict wherever it is
 * written. Stateless and thread-safe.
 */
public final class TemplateDomains {

    private TemplateDomains() {
    }

    /**
     * Whether a host name belongs to a template domain: its registrable label is a reserved or sample word
     * ({@code test.com}), {@code example} glued to a short word ({@code examplepod.com}) or a made-up {@code my…}/
     * {@code your…} name ({@code mydomain.com}). Labels below it are not read here ({@code contoso-pg} of a managed
     * host is the customer's own name in documentation, and real customers use such names too).
     *
     * @param host a host name without scheme, port or path
     * @return {@code true} for a template's stand-in
     */
    public static boolean isTemplate(String host) {
        if (!mayBeTemplate(host)) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || name.length() > 253 || name.indexOf(':') >= 0 || name.indexOf('/') >= 0
                || name.indexOf('.') < 0 || name.endsWith(".svc.cluster.local")) {
            return false;
        }
        int labels = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                labels++;
            }
        }
        String reading = HostNames.template(name, EndpointJudge.registrableLabel(name, labels), labels);
        return reading != null && reading.startsWith("the template domain");
    }

    /** The first letters of every registrable label {@link HostNames#template} reads as a template domain. */
    private static final String[] STARTS = {"test", "exam", "samp", "doma", "your", "todo", "tbd", "fixme", "change",
        "replace", "placeholder", "my", "beisp", "exem", "ejem", "esem", "voorb", "ornek", "przyk", "eksem"};
    private static final FirstLetters STARTS_FIRST = FirstLetters.of(STARTS);

    /**
     * A test in place, without allocating: whether the label before the top-level one, or the one before that (under
     * {@code co.uk}-style names), starts as a template domain's does. Most hosts are passed over here.
     */
    private static boolean mayBeTemplate(String host) {
        int end = host.length();
        while (end > 0 && (host.charAt(end - 1) == '.' || host.charAt(end - 1) == ' ')) {
            end--;
        }
        int lastDot = host.lastIndexOf('.', end - 1);
        if (lastDot <= 0) {
            return false;
        }
        int second = host.lastIndexOf('.', lastDot - 1);
        if (startsTemplate(host, second + 1)) {
            return true;
        }
        return second > 0 && startsTemplate(host, host.lastIndexOf('.', second - 1) + 1);
    }

    private static boolean startsTemplate(String host, int at) {
        while (at < host.length() && host.charAt(at) == ' ') {
            at++;
        }
        if (!STARTS_FIRST.mayStartAt(host, at)) {
            return false;
        }
        for (String start : STARTS) {
            if (host.regionMatches(true, at, start, 0, start.length())) {
                return true;
            }
        }
        return false;
    }
}
