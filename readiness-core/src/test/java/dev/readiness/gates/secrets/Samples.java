package dev.readiness.gates.secrets;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/** Production-looking random values, deterministic per seed so failures reproduce. */
final class Samples {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String PRINTABLE = ALPHANUMERIC + "!#$%&()*+,-./:;<=>?@[]^_{|}~";

    private Samples() {
    }

    static byte[] bytes(int count, long seed) {
        byte[] bytes = new byte[count];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String base64(int count, long seed) {
        return Base64.getEncoder().encodeToString(bytes(count, seed));
    }

    static String base64Url(int count, long seed) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(count, seed));
    }

    static String hex(int count, long seed) {
        return HexFormat.of().formatHex(bytes(count, seed));
    }

    static String alphanumeric(int length, long seed) {
        return pick(ALPHANUMERIC, length, seed);
    }

    static String printable(int length, long seed) {
        return pick(PRINTABLE, length, seed);
    }

    static String pick(String alphabet, int length, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
