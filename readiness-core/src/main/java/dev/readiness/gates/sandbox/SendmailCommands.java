package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * The mail relay inside a sendmail command line: PHP's {@code sendmail_path} as container images set it
 * ({@code PHP_SENDMAIL_PATH=/usr/sbin/sendmail -t -i -S mailhog:1025}, {@code /usr/local/bin/mhsendmail
 * --smtp-addr="mailhog:1025"}) hands every message the application sends to the relay named in its arguments. When
 * that relay is a development mail catcher, production mail is accepted and never delivered, as with
 * {@code SMTP_HOST=mailhog} (fortieth pass). Only keys naming {@code sendmail} are read, and only an argument that is
 * a host with a port or the value of an address option ({@code -S}, {@code --smtp-addr=}): a catcher's name elsewhere
 * in the command (a path, a log file) is not where mail goes. Stateless.
 */
final class SendmailCommands {

    /** The longest command line read. */
    static final int MAX_LENGTH = 1000;

    private SendmailCommands() {
    }

    /**
     * The word a key naming a sendmail command holds ({@code PHP_SENDMAIL_PATH}, {@code sendmail_path}), asked by
     * the gate in lower case before this class is loaded.
     */
    static final String KEY_WORD = "sendmail";

    /**
     * The finding on a sendmail command whose relay is a development mail catcher.
     *
     * @param setting a setting whose key holds {@link #KEY_WORD}
     * @param judge the endpoint judge
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, EndpointJudge judge) {
        String value = setting.value();
        if (value.length() > MAX_LENGTH) {
            return null;
        }
        String[] arguments = value.split("[\\s\"']+");
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            int equals = argument.indexOf('=');
            boolean option = argument.startsWith("-");
            String relay = option && equals > 0 ? argument.substring(equals + 1)
                    : option ? null
                    : i > 0 && arguments[i - 1].equals("-S") || argument.indexOf(':') > 0 ? argument : null;
            Endpoint endpoint = relay == null ? null : catcher(relay);
            if (endpoint != null) {
                EndpointJudge.Verdict verdict = judge.judge(endpoint);
                if (verdict.kind() == EndpointJudge.Kind.MAIL_CATCHER) {
                    return SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict);
                }
            }
        }
        return null;
    }

    private static @Nullable Endpoint catcher(String relay) {
        int colon = relay.lastIndexOf(':');
        String host = colon > 0 ? relay.substring(0, colon) : relay;
        String port = colon > 0 ? relay.substring(colon + 1) : "";
        if (host.isEmpty() || host.length() > 253 || port.length() > 5 || !port.chars().allMatch(Character::isDigit)
                || host.indexOf('/') >= 0) {
            return null;
        }
        if (host.indexOf('.') < 0) {
            return BareHostKeys.singleLabel(host);
        }
        return Endpoint.parse(host, true).filter(endpoint -> endpoint.scheme() == null).orElse(null);
    }
}
