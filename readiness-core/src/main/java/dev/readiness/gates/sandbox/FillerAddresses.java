package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.StandInWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An address key whose whole value is a filler word ({@code spec.provider.vault.server=placeholder}, an External
 * Secrets store's Vault server; {@code cos.endpointurl=fake}, a FHIR server's object store; {@code
 * CLOUDFRONT_ASSETS_DOMAIN=REDACTED}): the words templates and redacted copies write where a value goes
 * ({@code placeholder}, {@code changeme}, {@code TODO}, {@code TBD}, {@code fake}, {@code dummy}, {@code redacted}).
 * No host, URL or address is called so, and the client reaches nothing. The host rules read them under keys that
 * end in {@code url} or {@code host}; this reads them also under the other words of an address ({@code server},
 * {@code address}, {@code addr}, {@code domain}, {@code fqdn}, {@code ip}) and a glued last word that ends in one
 * ({@code endpointurl}, {@code serverurl}). Values that mean "unset" ({@code null}, {@code none}), sample and mode
 * words ({@code test}, {@code example}), a compose service's name ({@code server}, {@code mail}) and a reference
 * ({@code ${VAULT_ADDR}}) are not filler; database keys are the database gate's. Stateless (forty-third pass).
 */
final class FillerAddresses {

    /** Longer than the longest filler word ({@code replace-this} plus quotes). */
    static final int LONGEST = 14;

    /** Filler beyond {@link StandInWords#TEMPLATE_VALUES}: sample words no address is named for, and redaction. */
    private static final Set<String> MORE_FILLER = Set.of("fake", "dummy", "redacted");

    private FillerAddresses() {
    }

    /** Whether a value is one filler word, in any case. */
    private static boolean fillerWord(String value) {
        if (value.length() < 3 || value.length() > LONGEST) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return StandInWords.TEMPLATE_VALUES.contains(lower) || MORE_FILLER.contains(lower);
    }

    /**
     * The finding on an address key holding a filler word.
     *
     * @param setting the setting, judged for production
     * @param words the key's lower-case words
     * @param value its stripped, unquoted value, at most {@link #LONGEST} characters
     * @return a NO-GO {@code sandbox.template-url}, or {@code null} when the key names no address or the value is
     *         no filler word
     */
    static @Nullable Finding judge(Setting setting, List<String> words, String value) {
        // The key's words first: they are read without a copy, and most short values sit under other keys.
        if (words.isEmpty() || !KeyClass.namesAddressSlot(words.get(words.size() - 1)) || !fillerWord(value)) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (KeyClass.ENDPOINT.words().contains(words.get(words.size() - 1))
                && (Hosts.isTemplateName(lower) || HostNames.templateLabel(lower))) {
            return null; // the endpoint rules read it as a template host (api.url=placeholder)
        }
        return Finding.noGo("sandbox.template-url", setting)
                .message(SandboxFindings.format("%s holds a filler word where the address goes (a stand-in, a note "
                        + "to fill it in, a sample or a redaction mark): it was never filled in, so no production "
                        + "service is reached.", setting.key()))
                .remediation("Set the production address in " + setting.key() + ", or supply it from the "
                        + "environment.")
                .build();
    }
}
