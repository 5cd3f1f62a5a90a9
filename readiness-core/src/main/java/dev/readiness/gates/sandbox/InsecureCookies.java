package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.ValueShape;
import dev.readiness.settings.Setting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cookie's {@code Secure} flag switched off in production: {@code server.servlet.session.cookie.secure=false},
 * {@code SESSION_COOKIE_SECURE=False}, {@code CSRF_COOKIE_SECURE=0}, {@code COOKIE_SECURE=false},
 * {@code SECURE_COOKIES=false}, {@code cookieSecure=false}. Browsers then send the session, login or CSRF cookie over
 * plain HTTP as well, where anyone on the path reads and replays it; Django's {@code check --deploy} warns of the same
 * ({@code security.W012}, {@code security.W016}). A front that terminates TLS does not help: the flag is read by the
 * browser. Only a key whose words hold both {@code cookie(s)} and {@code secure} is read, and only the values
 * {@code false}, {@code 0}, {@code off} and {@code no}; a policy word ({@code Always}, {@code SameAsRequest}) and
 * {@code true} are clean. The flag's negation switched on reads the same (fortieth pass): Hatchet's
 * {@code SERVER_AUTH_COOKIE_INSECURE=t}, while {@code insecure_cookies=false} is clean. A NO-GO: whoever reads the
 * session, login or token cookie on the path signs in as the user, and serving the site behind a TLS front does
 * not need the flag off (the browser sees HTTPS). Only a CSRF token's cookie ({@code CSRF_COOKIE_SECURE=0}) stays
 * a WARN: read alone it hands over no session. Stateless.
 */
final class InsecureCookies {

    private InsecureCookies() {
    }

    /**
     * The finding on a cookie's Secure flag switched off, judged for production.
     *
     * @param setting the setting
     * @return a NO-GO {@code sandbox.insecure-cookie} (a WARN for a CSRF cookie), or {@code null}
     */
    static @Nullable Finding judge(Setting setting) {
        if (ValueShape.strippedLongerThan(setting.value(), 5)) {
            return null;
        }
        String value = setting.value().strip();
        String key = setting.key();
        if (value.isEmpty() || !AsciiCase.contains(key, "secure") || !AsciiCase.contains(key, "cookie")) {
            return null;
        }
        boolean off = ServerTlsSwitches.off(value);
        if (!off && !ServerTlsSwitches.on(value)) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        boolean cookie = false;
        boolean secure = false;
        boolean insecure = false;
        boolean csrf = false;
        for (String word : words) {
            cookie |= word.equals("cookie") || word.equals("cookies");
            secure |= word.equals("secure");
            insecure |= word.equals("insecure");
            csrf |= word.equals("csrf") || word.equals("xsrf");
        }
        if (!cookie || !(off ? secure : insecure)) {
            return null;
        }
        return (csrf ? Finding.warn("sandbox.insecure-cookie", setting)
                : Finding.noGo("sandbox.insecure-cookie", setting))
                .message(key + " switches the cookie's Secure flag off in production: browsers then send the "
                        + "cookie over plain HTTP too, where anyone on the path can read and replay the session.")
                .remediation("Set " + key + " to true and serve the site over HTTPS only (Django's check --deploy "
                        + "asks the same, security.W012 and W016).")
                .build();
    }
}
