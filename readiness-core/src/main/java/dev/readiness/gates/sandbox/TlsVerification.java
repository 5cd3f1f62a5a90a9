package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.FirstLetters;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Switches that turn off certificate verification of outgoing TLS connections, a development shortcut for
 * self-signed certificates: {@code NODE_TLS_REJECT_UNAUTHORIZED=0}, {@code GIT_SSL_NO_VERIFY=true},
 * {@code tls.insecure-skip-verify=true}, {@code VERIFY_SSL=false}, {@code ssl.trust-all=true}, Keycloak's
 * {@code KEYCLOAK_DISABLE_TRUST_MANAGER=true} (Java's trust manager off: every certificate accepted), UnionPay's
 * {@code acpsdk.ifValidateCNName=false} (the certificate's common name, {@code cn}, glued {@code cnname}, not
 * checked). The key must name TLS or certificates and the verification; the value must be the one that turns it off ({@code true} where the key
 * says skip/no/disable/insecure/trust-all, {@code false} or {@code 0} where it says verify or reject). Values that keep
 * verification on, and keys about other checks ({@code webhook.verify-signature=false}), are not judged. JavaMail's
 * switches as Spring Boot and plain properties write them count too: {@code mail.smtp.ssl.checkserveridentity=false}
 * (the glued word is the verify switch) and {@code mail.smtp.ssl.trust=*} (every host's certificate trusted; a host
 * list there, {@code smtp.gmail.com}, trusts that host only and is not judged). A TLS key that says {@code insecure}
 * switched on ({@code insecureNoSSL=true}, {@code tls.insecure=true}) weakens TLS whether or not it names the check,
 * and so does an HTTP client's ({@code FINERACT_INSECURE_HTTP_CLIENT=true}, {@code grpc.client.insecure=true}).
 * A verification mode set to a value that leaves it off counts as well ({@code quarkus.oidc.tls.verification=none},
 * {@code ssl.certificate-validation-mode=insecure}); {@code required} or {@code certificate-validation} do not.
 * A key that says what it lets through ({@code accept}, {@code invalid}: {@code acceptInvalidSslCertificate},
 * {@code allowInvalidCertificates}) is a negated one: {@code true} turns verification off, {@code false} keeps it
 * on, even when a section name before it holds a check word ({@code presence-check.…acceptInvalidSslCertificate});
 * {@code invalid} beside a TLS word names the verification by what it rejects, and {@code ignore} before one names it
 * by what it ignores ({@code MLFLOW_S3_IGNORE_TLS=true}, {@code IGNORE_SSL_ERRORS=true}).
 * {@code server auth} after a TLS word names the check of the server's certificate (Superset's
 * {@code SMTP_SSL_SERVER_AUTH=False}: STARTTLS without it can be intercepted), and {@code jwk security} the TLS
 * requirement of a JSON Web Key set's download (KrakenD's {@code auth/validator.disable_jwk_security=true}: the keys
 * that validate every token may come over plain HTTP, so a host on the path can forge any token; thirty-ninth pass).
 * Forty-fifth pass: the verification named by its doer or in the plural ({@code disable.hostname.verifier=true}, a
 * Java client's {@code HostnameVerifier} switched off; {@code openid.verify_hostnames=false}), and a certificate
 * trusted as presented ({@code SQL_SERVER_TRUST_CERT=yes}, {@link #trustsCertificate}).
 * Stateless.
 */
final class TlsVerification {

    private static final Set<String> TLS_WORDS = Set.of("tls", "ssl", "openssl", "https", "cert", "certs",
            "certificate", "certificates", "hostname", "hostnames", "peer", "unauthorized", "cn", "cnname");
    private static final Set<String> VERIFY_WORDS = Set.of("verify", "verification", "validate", "validation",
            "reject", "check", "verifier");
    /** The words after {@code trust} (or after {@code trust server}) that name the peer's certificate. */
    private static final Set<String> TRUSTED_CERT_WORDS = Set.of("cert", "certs", "certificate", "certificates");
    private static final Set<String> NEGATING_WORDS = Set.of("skip", "no", "disable", "disabled", "insecure",
            "ignore", "allow", "accept", "invalid");
    private static final Set<String> TRUE_VALUES = Set.of("true", "yes", "on", "1");
    private static final Set<String> FALSE_VALUES = Set.of("false", "no", "off", "0");
    /**
     * Values of a verification mode that leave it off ({@code quarkus.oidc.tls.verification=none}, a gateway's
     * {@code ssl.certificate-validation-mode=insecure}), under a key that names TLS and the verification.
     */
    private static final Set<String> OFF_MODES = Set.of("none", "insecure", "disabled");
    /** JavaMail's verify switch as one glued word ({@code mail.smtp.ssl.checkserveridentity}). */
    private static final String CHECK_SERVER_IDENTITY = "checkserveridentity";

    private static final int MAX_LENGTH = 8;
    private static final FirstLetters SWITCH_FIRST = FirstLetters.of(java.util.stream.Stream.of(TRUE_VALUES,
            FALSE_VALUES, OFF_MODES).flatMap(Set::stream).toList());

    private static final int TLS = 1;
    private static final int VERIFY = 1 << 1;
    private static final int NEGATED = 1 << 2;
    private static final int INSECURE = 1 << 3;
    private static final int CLIENT = 1 << 4;
    private static final int TRUST_ALL = 1 << 5;
    private static final int TRUST_MANAGER = 1 << 6;

    private TlsVerification() {
    }

    /**
     * What a key's words say, as {@link #TLS}, {@link #VERIFY}, … bits: read once per key (kept in its
     * {@link SandboxKey}) rather than word by word for every switch value, of which real files have many
     * ({@code *.enabled=true}).
     *
     * @param key the key as written
     * @return the bits
     */
    static int keyFlags(String key) {
        List<String> words = KeyWords.of(key);
        int flags = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean identity = word.equals(CHECK_SERVER_IDENTITY);
            flags |= identity || TLS_WORDS.contains(word) ? TLS : 0;
            flags |= identity || VERIFY_WORDS.contains(word) || word.equals("invalid") ? VERIFY : 0;
            flags |= NEGATING_WORDS.contains(word) ? NEGATED : 0;
            flags |= word.equals("insecure") ? INSECURE : 0;
            flags |= word.equals("insecure") && GoInsecureSkipVerify.at(words, i) ? TLS : 0;
            flags |= word.equals("client") || word.equals("http") ? CLIENT : 0;
            flags |= word.equals("trust") && i + 1 < words.size() && words.get(i + 1).equals("all") ? TRUST_ALL : 0;
            flags |= word.equals("ignore") && ignoresTls(words, i) ? TLS | VERIFY : 0;
            flags |= word.equals("server") && i + 1 < words.size() && words.get(i + 1).equals("auth") ? VERIFY : 0;
            flags |= (word.equals("jwk") || word.equals("jwks")) && i + 1 < words.size()
                    && words.get(i + 1).equals("security") ? TLS | VERIFY : 0;
            flags |= word.equals("trust") && trustsCertificate(words, i) ? TRUST_ALL : 0;
            flags |= word.equals("trustmanager")
                    || word.equals("trust") && i + 1 < words.size() && words.get(i + 1).equals("manager")
                    ? TRUST_MANAGER : 0;
        }
        return flags;
    }

    /**
     * Whether {@code trust} at {@code at} is followed by a certificate word, directly or after {@code server}
     * (forty-fifth pass): ODBC's and SQL Server's {@code TrustServerCertificate=yes} as a deploy writes it
     * ({@code SQL_SERVER_TRUST_CERT=yes}), Quarkus's {@code kubernetes-client.trust-certs=true}: switched on, the
     * client accepts whatever certificate the server presents, as {@code trust-all} does. A certificate path there
     * ({@code TLS_TRUST_CERT=/etc/ca.pem}) is no switch value and is not judged.
     */
    private static boolean trustsCertificate(List<String> words, int at) {
        int next = at + 1 < words.size() && words.get(at + 1).equals("server") ? at + 2 : at + 1;
        return next < words.size() && TRUSTED_CERT_WORDS.contains(words.get(next));
    }

    /** The words after {@code ignore} that name what a TLS client checks: the link's certificate. */
    private static final Set<String> IGNORED_TLS_WORDS = Set.of("tls", "ssl", "cert", "certs", "certificate",
            "certificates");
    private static final Set<String> MAIL_WORDS = Set.of("smtp", "mail", "email", "mailer");

    /**
     * Whether {@code ignore} at {@code at} is followed by a TLS word, which is then the check it ignores
     * ({@code MLFLOW_S3_IGNORE_TLS}, {@code IGNORE_SSL_ERRORS}, {@code ignoreCertificateErrors}: the client accepts any
     * certificate). A mail client's {@code ignoreTLS} (Nodemailer's: no STARTTLS at all) is {@link PlainLoginLinks}'
     * matter, not a verification switch.
     */
    private static boolean ignoresTls(List<String> words, int at) {
        if (at + 1 >= words.size() || !IGNORED_TLS_WORDS.contains(words.get(at + 1))) {
            return false;
        }
        for (String word : words) {
            if (MAIL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The finding on a setting that turns certificate verification off in production.
     *
     * @param setting the setting
     * @param value its stripped, non-empty value
     * @param flags {@link #keyFlags(String)} of its key
     * @return the finding, or {@code null} when the setting does not turn verification off
     */
    static @Nullable Finding judge(Setting setting, String value, int flags) {
        if (value.length() == 1 && value.charAt(0) == '*') {
            return trustsEveryHost(setting.key()) ? finding(setting) : null;
        }
        if (value.length() > MAX_LENGTH || !SWITCH_FIRST.mayStartAt(value, 0)) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        boolean on = TRUE_VALUES.contains(lower);
        boolean offMode = OFF_MODES.contains(lower);
        if (!on && !offMode && !FALSE_VALUES.contains(lower)) {
            return null;
        }
        boolean tls = (flags & TLS) != 0;
        boolean verify = (flags & VERIFY) != 0;
        boolean negated = (flags & NEGATED) != 0;
        boolean trustAll = (flags & TRUST_ALL) != 0;
        boolean trustManager = (flags & TRUST_MANAGER) != 0;
        boolean insecure = (flags & INSECURE) != 0;
        boolean client = (flags & CLIENT) != 0;
        if (offMode) {
            return tls && verify && !negated ? finding(setting) : null;
        }
        boolean off = trustAll ? on
                : (tls && verify || trustManager) && (negated == on) || (tls || client) && insecure && on;
        return off ? finding(setting) : null;
    }

    /**
     * Whether a key is a TLS trust list whose {@code *} trusts every host's certificate: its last words are
     * {@code ssl trust} or {@code tls trust} (JavaMail's {@code mail.smtp.ssl.trust}, {@code mail.imaps.ssl.trust}).
     */
    private static boolean trustsEveryHost(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        return size >= 2 && words.get(size - 1).equals("trust")
                && (words.get(size - 2).equals("ssl") || words.get(size - 2).equals("tls"));
    }

    /**
     * NO-GO in production: the calls go to identity providers, payment gateways, mail relays and configuration servers
     * across networks the service does not own, with credentials and tokens in them. A database driver's switch
     * ({@code spring.datasource.hikari.data-source-properties.verifyServerCertificate=false},
     * {@code db_ssl_verifyServerCertificate}) stays a WARN, as the database gate's {@code database.tls-unverified} is:
     * that hop usually stays inside a private network.
     */
    /** Kafka clients' host-name check, as its key ends in any of the ways it is written. */
    private static final String IDENTIFICATION_ALGORITHM = "sslendpointidentificationalgorithm";

    /**
     * The finding on a Kafka client's host-name verification switched off by an empty algorithm
     * ({@code ssl.endpoint.identification.algorithm=}, {@code spring.kafka.properties.ssl.endpoint.identification.algorithm=},
     * {@code KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM=}): Kafka's clients check that the broker's certificate names
     * the broker only while the algorithm is {@code https}, its default, so an empty one accepts any valid certificate
     * for any broker.
     *
     * @param setting a setting whose value is empty, judged for production
     * @return a NO-GO {@code sandbox.tls-unverified}, or {@code null} when the key is no such algorithm
     */
    static @Nullable Finding emptiedHostNameCheck(Setting setting) {
        String key = setting.key();
        return key.length() > IDENTIFICATION_ALGORITHM.length()
                && (key.charAt(key.length() - 1) == 'm' || key.charAt(key.length() - 1) == 'M')
                && RelaxedNames.canonical(key).endsWith(IDENTIFICATION_ALGORITHM) ? hostNameFinding(setting) : null;
    }

    private static Finding hostNameFinding(Setting setting) {
        return Finding.noGo("sandbox.tls-unverified", setting)
                .message(setting.key() + " is empty in production: the Kafka client then accepts any valid certificate"
                        + " for any broker, so a host on the path that holds one can pose as the brokers and read"
                        + " what this service sends and receives.")
                .remediation("Remove " + setting.key() + " (its default, https, checks the broker's host name) or set"
                        + " it to https.")
                .build();
    }

    private static Finding finding(Setting setting) {
        return Finding.of(SandboxGate.keyClasses(setting.key()).contains(KeyClass.DATABASE) ? Severity.WARN
                        : Severity.NO_GO, "sandbox.tls-unverified", setting)
                .message(setting.key() + " turns off certificate verification of outgoing TLS connections in"
                        + " production: any host on the path can pose as the services this one calls and read what"
                        + " it sends. It is a development shortcut for self-signed certificates.")
                .remediation("Remove " + setting.key() + " and trust the internal certificate authority instead"
                        + " (a trust store or CA bundle).")
                .build();
    }
}
