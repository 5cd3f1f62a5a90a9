package dev.readiness.gates.sandbox;

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
}
