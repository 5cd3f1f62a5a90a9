package dev.readiness.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.config.ConfigDataException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Reports a configuration data location Spring Boot could not load ({@code spring.config.import},
 * {@code spring.config.location}) without the credentials written into it. Boot quotes the location whole, in its
 * banner ({@code Config data location '…' does not exist}) or, for a location no loader on the class path reads
 * ({@code vault://secret/app?token=…} without Spring Cloud Vault, {@code configserver:http://user:password@…} without
 * the config client), in the stack trace it logs ({@code Unable to load config data from '…'}), so a token or password
 * in the location was printed in the boot log, before any gate ran. This analyzer runs first and, when a message of
 * the failure holds URL user information or a {@code password=}, {@code token=}, {@code secret=}, {@code key=} or
 * {@code sig=} parameter, reports the failure with those replaced by {@code [redacted]}, wherever a message repeats
 * them (Boot names {@code file://admin:PASSWORD@host/app.yml} also as the resource {@code file [/admin:PASSWORD@…]});
 * otherwise it declines and Boot reports as usual.
 */
class ConfigDataLocationFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final String REDACTED = "[redacted]";

    /** The user information of a URL: everything between {@code //} and the {@code @} before the host. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/\\s'\"@?#]+@");

    /** A parameter whose name says it holds a credential, and its value. */
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i)((?:^|[?&;,\\s])[a-z0-9_.-]*(?:password|passwd|pwd|secret|token|key|sig|signature|credential"
                    + "|auth)[a-z0-9_.-]*=)[^&;,'\"\\s]*");

    private static final String UNABLE_TO_LOAD = "Unable to load config data from";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        Throwable location = null;
        boolean quoted = false;
        List<String> credentials = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (location == null && (cause instanceof ConfigDataException || message.startsWith(UNABLE_TO_LOAD))) {
                location = cause;
            }
            quoted |= !scrub(message).equals(message);
            credentials.addAll(credentials(message));
        }
        if (location == null || !quoted) {
            return null;
        }
        credentials.sort((one, other) -> other.length() - one.length());
        StringBuilder description = new StringBuilder(String.format(Locale.ROOT,
                "Spring Boot could not load a configuration data location: %s",
                scrub(location.getMessage(), credentials)));
        Throwable reason = location.getCause();
        if (reason != null && reason != location) {
            description.append(String.format(Locale.ROOT, "%n%nReason: %s",
                    scrub(reason.getMessage(), credentials)));
        }
        description.append(String.format(Locale.ROOT, "%n%n(The location's credentials are shown as %s; the stack"
                + " trace, which quotes them, is not printed.)", REDACTED));
        return new FailureAnalysis(description.toString(), "Check spring.config.import and spring.config.location:"
                + " add the library that reads this kind of location (Spring Cloud Vault, Spring Cloud Config, …) or"
                + " correct the location, and keep credentials out of it: pass them to the loader through its own"
                + " properties, set from the environment or a secret store.", location);
    }

    /** The text with URL user information and credential parameters replaced by {@value #REDACTED}. */
    static String scrub(@Nullable String text) {
        return scrub(text, List.of());
    }

    /**
     * The text with URL user information and credential parameters replaced by {@value #REDACTED}, and every other
     * place it repeats one of the credentials given (longest first): a user information as written, a password or
     * parameter value of four characters or more (a shorter one would replace letters of the message itself).
     */
    private static String scrub(@Nullable String text, List<String> credentials) {
        if (text == null) {
            return "";
        }
        String scrubbed = USER_INFO.matcher(text).replaceAll(REDACTED + "@");
        scrubbed = CREDENTIAL_PARAMETER.matcher(scrubbed).replaceAll("$1" + REDACTED);
        for (String credential : credentials) {
            scrubbed = scrubbed.replace(credential, REDACTED);
        }
        return scrubbed;
    }

    /** The user information (and its password) and the credential parameters' values a text holds. */
    private static List<String> credentials(String text) {
        List<String> found = new ArrayList<>(0);
        Matcher userInfo = USER_INFO.matcher(text);
        while (userInfo.find()) {
            String info = userInfo.group().substring(0, userInfo.group().length() - 1);
            if (info.indexOf(':') >= 0 || info.length() >= 4) {
                found.add(info);
            }
            int colon = info.indexOf(':');
            if (colon >= 0 && info.length() - colon - 1 >= 4) {
                found.add(info.substring(colon + 1));
            }
        }
        Matcher parameter = CREDENTIAL_PARAMETER.matcher(text);
        while (parameter.find()) {
            if (parameter.end() - parameter.end(1) >= 4) {
                found.add(text.substring(parameter.end(1), parameter.end()));
            }
        }
        return found;
    }
}
