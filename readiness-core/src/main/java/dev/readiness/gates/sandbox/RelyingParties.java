package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The WebAuthn (passkey) relying party on the local machine in production: {@code webauthn.relying_party.id=localhost},
 * {@code WEBAUTHN_RP_ID=localhost}, {@code RP_ORIGIN=http://localhost:3000},
 * {@code webauthn.relying_party.origins[0]=http://localhost:8000}. Browsers bind every passkey to the relying-party
 * id and accept a ceremony only from a page whose origin is that id or under it, so with {@code localhost} no user of
 * the production site can register or sign in, and passkeys created meanwhile belong to nobody's real domain. The
 * keys are recognised by their words: a relying party ({@code relying party}, {@code rp}, {@code rpID}) followed by
 * its id, origin or domain, or a WebAuthn ({@code webauthn}, or {@code WebAuthn} cut into {@code web authn}), passkey
 * or FIDO word before an origin or domain. A host or URL under a
 * bare {@code RP_} key is not read: there the letters may name a reverse proxy, which does run on loopback.
 */
final class RelyingParties {

    private static final Set<String> PRODUCT_WORDS = Set.of("webauthn", "passkey", "passkeys", "fido", "fido2",
            "u2f");
    private static final Set<String> ADDRESS_WORDS = Set.of("id", "origin", "origins", "domain");

    private RelyingParties() {
    }

    /**
     * The finding on a relying party's id or origin that names the local machine.
     *
     * @param setting the setting, judged for production
     * @param value its stripped value
     * @param judge the endpoint judge
     * @return the finding, or {@code null} when the key is no relying party's address or the host is not loopback
     */
    static @Nullable Finding judge(Setting setting, String value, EndpointJudge judge) {
        if (value.length() > 2048 || value.indexOf('$') >= 0) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        if (!namesRelyingPartyAddress(words)) {
            return null;
        }
        for (String item : value.split(",")) {
            Endpoint endpoint = Endpoint.parse(item.strip(), true).orElse(null);
            if (endpoint != null && judge.judge(endpoint).kind() == EndpointJudge.Kind.LOOPBACK) {
                return Finding.noGo("sandbox.local-public-url", setting)
                        .message(SandboxFindings.format("%s makes %s the WebAuthn relying party in production: "
                                + "browsers bind every passkey to that name and refuse the ceremony on any other "
                                + "site, so no user of the production site can register or sign in with a passkey.",
                                setting.key(), endpoint.host()))
                        .remediation("Set the production domain (the relying-party id) and its https:// origins in "
                                + setting.key() + ".")
                        .build();
            }
        }
        return null;
    }

    /**
     * Whether the key's last word (before a list index) is an id, origin or domain of the relying party named by the
     * word before it ({@code rp}, {@code relying party}), or an origin or domain under a WebAuthn, passkey or FIDO word.
     */
    static boolean namesRelyingPartyAddress(List<String> words) {
        int end = words.size();
        while (end > 0 && isIndex(words.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        String last = words.get(end - 1);
        if (last.equals("rpid")) {
            return true;
        }
        if (!ADDRESS_WORDS.contains(last) || end < 2) {
            return false;
        }
        String before = words.get(end - 2);
        if (before.equals("rp") || before.equals("party") && end >= 3 && words.get(end - 3).equals("relying")) {
            return true;
        }
        for (int i = 0; i < end - 1; i++) {
            if (PRODUCT_WORDS.contains(words.get(i))
                    || words.get(i).equals("web") && i + 1 < end - 1 && words.get(i + 1).equals("authn")) {
                return !last.equals("id");
            }
        }
        return false;
    }

    private static boolean isIndex(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
