package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * A plain {@code http://} link to an application's name under a hosting platform that serves every name it hands out
 * over HTTPS with its own certificate (forty-second pass): {@code http://schoolman-server.herokuapp.com},
 * {@code http://app.onrender.com}, {@code http://shop.azurewebsites.net}, {@code http://project.appspot.com}. TLS is
 * there for the asking at that name, so the plain scheme is the configuration's choice, and the links, redirects and
 * calls built from it cross the internet readable (Heroku and App Engine answer plain HTTP on those names as well). A
 * WARN {@code sandbox.tls-off}. Left alone: the same names in {@code https://}, names under a top-level domain on the
 * browsers' HSTS preload list (Firebase's {@code web.app}, Vercel's, Fly's {@code .dev}: browsers never load them
 * plain), platforms whose default names carry no certificate (Elastic Beanstalk's), a value taken from another key
 * (judged there), and every other public name, whose TLS may be terminated where this file cannot see. Stateless.
 */
final class PlatformAppHosts {

    /** Platform suffixes under which each application name is served over HTTPS by the platform's certificate. */
    private static final String[] SUFFIXES = {".herokuapp.com", ".onrender.com", ".azurewebsites.net", ".appspot.com",
        ".azurestaticapps.net", ".azurecontainerapps.io", ".amplifyapp.com", ".github.io", ".gitlab.io",
        ".pythonanywhere.com", ".glitch.me", ".cloudfunctions.net", ".firebaseapp.com"};

    private PlatformAppHosts() {
    }

    /**
     * The finding on a plain-HTTP link to a platform application's name, or {@code null}.
     *
     * @param references the configuration, for the keys the value came through
     * @param setting the setting
     * @param endpoint the one endpoint of its value, which the judge found unremarkable
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(ReferencedValues references, Setting setting, Endpoint endpoint) {
        String scheme = endpoint.scheme();
        if (scheme == null || !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("ws")) {
            return null;
        }
        String host = endpoint.host();
        String suffix = suffix(host);
        if (suffix == null || host.length() == suffix.length() || host.indexOf('$') >= 0
                || !references.referenced(setting).isEmpty()) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(SandboxFindings.format("%s links to an application's name on a hosting platform in plain %s "
                        + "in production: the platform serves that name over HTTPS with its own certificate, but this "
                        + "link, and what is sent or built from it, crosses the internet readable.", setting.key(),
                        scheme))
                .remediation("Write the address in " + setting.key() + " with https://, the scheme the platform serves.")
                .build();
    }

    /** The platform suffix a host's name ends in, or {@code null}: such a name is {@link #judge}'s to report. */
    static @Nullable String suffix(String host) {
        for (String suffix : SUFFIXES) {
            if (host.length() > suffix.length() && host.regionMatches(true, host.length() - suffix.length(), suffix, 0,
                    suffix.length())) {
                return suffix;
            }
        }
        return null;
    }
}
