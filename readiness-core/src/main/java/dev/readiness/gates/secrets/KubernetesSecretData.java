package dev.readiness.gates.secrets;

import dev.readiness.settings.Settings;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} entries of a Kubernetes Secret manifest ({@code kind: Secret}, flattened to {@code data.password}):
 * Kubernetes stores each value base64-encoded, so {@code data.rootpasswd=cGFzc3dvcmQ=} holds {@code password}, and the
 * encoded form must be decoded before it is judged, or any short password would pass for random bytes.
 * {@code stringData} entries are written in plain text and are judged as they are. Stateless.
 */
final class KubernetesSecretData {

    private KubernetesSecretData() {
    }

    /**
     * Whether the settings are a Kubernetes Secret manifest: a top-level {@code kind} of {@code Secret}.
     *
     * @param settings the settings
     * @return {@code true} for a Secret manifest
     */
    static boolean isSecretManifest(Settings settings) {
        Optional<String> kind = settings.value("kind");
        return kind.isPresent() && kind.get().trim().equals("Secret");
    }

    /**
     * Whether a key is an entry of the manifest's base64-encoded {@code data} map.
     *
     * @param key the setting's key
     * @return {@code true} for {@code data.<name>}
     */
    static boolean isEncodedEntry(String key) {
        return key.length() > 5 && key.startsWith("data.");
    }

    /**
     * The text a {@code data} entry holds.
     *
     * @param value the value as written
     * @return the decoded text, or {@code null} when the value is not base64 of UTF-8 text (binary data such as a
     *         keystore is judged as written)
     */
    static @Nullable String decoded(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return null;
            }
        }
        return text;
    }
}
