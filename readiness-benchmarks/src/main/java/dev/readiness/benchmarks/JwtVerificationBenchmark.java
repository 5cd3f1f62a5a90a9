package dev.readiness.benchmarks;

import dev.readiness.gates.secrets.SecretProblem;
import dev.readiness.gates.secrets.SecretStrength;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Judging one JSON Web Token value ({@link SecretStrength#assessJwt(String)}): decoding it, reading its claims and,
 * for an HMAC token, verifying its signature against every plain-text entry of the built-in catalog and the weak
 * list. {@code random-key} is the worst case (no candidate matches, so all are tried); {@code demo-claim} stops at the
 * claims; {@code weak-key} matches an early candidate. The budget is 5 ms per value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JwtVerificationBenchmark {

    /** Which token: signed with a random key (every candidate tried), a demo issuer, or a weak key. */
    @Param({"random-key-hs256", "random-key-hs512", "demo-claim", "weak-key"})
    public String token;

    private final SecretStrength strength = SecretStrength.defaults();
    private String value;

    @Setup
    public void setUp() {
        byte[] random = new byte[32];
        new Random(7).nextBytes(random);
        value = switch (token) {
            case "random-key-hs256" -> jwt("HS256", "{\"iss\":\"https://auth.acme.io\",\"sub\":\"42\"}", random);
            case "random-key-hs512" -> jwt("HS512", "{\"iss\":\"https://auth.acme.io\",\"sub\":\"42\"}", random);
            case "demo-claim" -> jwt("HS256", "{\"role\":\"anon\",\"iss\":\"supabase-demo\"}", random);
            default -> jwt("HS256", "{\"iss\":\"https://auth.acme.io\"}",
                    "your-256-bit-secret".getBytes(StandardCharsets.UTF_8));
        };
    }

    @Benchmark
    public Optional<SecretProblem> assessJwt() {
        return strength.assessJwt(value);
    }

    private static String jwt(String algorithm, String payload, byte[] key) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signed = url.encodeToString(("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}")
                .getBytes(StandardCharsets.UTF_8)) + "." + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String mac = "HmacSHA" + algorithm.substring(2);
        try {
            Mac hmac = Mac.getInstance(mac);
            hmac.init(new SecretKeySpec(key, mac));
            return signed + "." + url.encodeToString(hmac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
