package dev.readiness.examples.gates;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.settings.Setting;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An AES key of exactly the size its cipher names, e.g. 32 bytes for AES-256-GCM. The key is read as hexadecimal
 * (64 digits for 32 bytes, as {@code Buffer.from(key, "hex")} or {@code HexFormat} read it) or as base64, standard
 * or URL-safe (44 characters for 32 bytes). A key of the wrong size fails at the first encryption, or worse, a
 * library pads or truncates it silently. Immutable and thread-safe.
 *
 * <p>Findings, in every stage (a wrong key is wrong everywhere; only staging and production abort by default):
 * <ul>
 *   <li>{@code <id>.wrong-size}: the key decodes, to the wrong number of bytes: NO-GO.</li>
 *   <li>{@code <id>.undecodable}: the key is neither hexadecimal nor base64: NO-GO.</li>
 * </ul>
 * Absent or blank keys say nothing here (the {@code settings} and {@code secrets} gates judge them). Findings give
 * the length and decoded size, never the key.
 */
public final class AesKeyGate implements Gate {

    private final String id;
    private final String key;
    private final int bytes;
    private final String cipher;

    /**
     * A gate for one key.
     *
     * @param id the gate id, e.g. {@code shopee.aes-key}
     * @param key the setting that holds the key, e.g. {@code AES_SECRET_KEY}
     * @param bytes the required size in bytes: 16, 24 or 32
     * @param cipher the cipher named in messages, e.g. {@code AES-256-GCM}
     */
    public AesKeyGate(String id, String key, int bytes, String cipher) {
        this.id = Objects.requireNonNull(id, "id");
        this.key = Objects.requireNonNull(key, "key");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        if (bytes != 16 && bytes != 24 && bytes != 32) {
            throw new IllegalArgumentException("AES keys are 16, 24 or 32 bytes, but bytes was " + bytes);
        }
        this.bytes = bytes;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return key + " is a " + (bytes * 8) + "-bit key for " + cipher;
    }

    @Override
    public Outcome check(GateContext context) {
        Optional<Setting> found = context.settings().get(key)
                .filter(setting -> !setting.value().isBlank() && !setting.isDeferred());
        if (found.isEmpty()) {
            return Outcome.go();
        }
        Setting setting = found.get();
        String value = setting.value().trim();
        OptionalInt decoded = decodedLength(value);
        if (decoded.isEmpty()) {
            return Outcome.of(Finding.noGo(id + ".undecodable", setting)
                    .message(String.format(Locale.ROOT, "is neither hexadecimal nor base64 (%d characters); %s "
                            + "needs %d bytes of key material", value.length(), cipher, bytes))
                    .remediation(remediation())
                    .build());
        }
        if (decoded.getAsInt() != bytes) {
            return Outcome.of(Finding.noGo(id + ".wrong-size", setting)
                    .message(String.format(Locale.ROOT, "decodes to %d bytes (%d bits); %s needs exactly %d bytes "
                            + "(%d bits)", decoded.getAsInt(), decoded.getAsInt() * 8, cipher, bytes, bytes * 8))
                    .remediation(remediation())
                    .build());
        }
        return Outcome.go();
    }

    private String remediation() {
        return String.format(Locale.ROOT, "generate a new key with `openssl rand -hex %d` (or -base64 %d) and plan "
                + "the re-encryption of data sealed with the old one", bytes, bytes);
    }

    /**
     * How many bytes a key decodes to: hexadecimal when it is an even number of hex digits, else base64.
     *
     * @param value the key
     * @return the decoded size, or empty when it is neither
     */
    static OptionalInt decodedLength(String value) {
        if (value.length() % 2 == 0 && value.chars().allMatch(AesKeyGate::isHexDigit)) {
            return OptionalInt.of(value.length() / 2);
        }
        try {
            return OptionalInt.of(Base64.getDecoder().decode(value).length);
        } catch (IllegalArgumentException notStandard) {
            try {
                return OptionalInt.of(Base64.getUrlDecoder().decode(value).length);
            } catch (IllegalArgumentException notUrlSafe) {
                return OptionalInt.empty();
            }
        }
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
