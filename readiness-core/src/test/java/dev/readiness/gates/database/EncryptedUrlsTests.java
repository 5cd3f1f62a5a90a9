package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database URL encrypted as a whole ({@code ENC(…)}, {@code {cipher}…}, SOPS' {@code ENC[AES256_GCM,…]}) is
 * ciphertext decrypted at start-up: its base64 padding must not read as libpq's {@code key=value} form (which
 * defaults to the local machine), nor its text as a broken URL. The same URL written in clear is still judged.
 */
class EncryptedUrlsTests {

    private static List<Finding> properties(String text) {
        Settings settings = Settings.builder().properties("application-production.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ENC(Xq2b7PzLm4Nc8Rt1Vw6Ya0Kd3Hf5Jg9Sb2Lp7Qm4Zx8Cv1Bn6Tr3Wy5Ue0Io9Pa2Sd7Fg4Hj8Kl1Zx6Cv3Bn0Mq5Wt=)",
        "ENC(Xq2b7PzLm4Nc8Rt1Vw6Ya0Kd3Hf5Jg9Sb2Lp7Qm4Zx8Cv1Bn6Tr3Wy5Ue0Io9Pa2Sd7Fg4==)",
        "ENC(Xq2b7PzLm4Nc8Rt1Vw6Ya0Kd3Hf5Jg9S/b2Lp7Qm4Zx8Cv1Bn6Tr3Wy5Ue0Io9Pa2Sd7Fg4)",
        "{cipher}AQB3c2VjcmV0LXZhbHVlLWVuY3J5cHRlZC13aXRoLXRoZS1zZXJ2ZXIta2V5=",
        "ENC[AES256_GCM,data:q8Vn2Lr5Tw1Yx7Kd4Hf0Jm3Pz6Sb9Gc2=,iv:Rk7Wm1Qx4Tn8Yb2Vd6Hj0Lp3Fs9Gz5Ca1Ue7Io3Ny=,"
            + "tag:Mv5Xc8Bn2Kq7Wd1Zr4Tf==,type:str]"})
    void anEncryptedUrlNamesNoHostToJudge(String value) {
        assertThat(properties("spring.datasource.url=" + value + "\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://localhost:5432/app", "host=localhost dbname=app user=app sslmode=disable",
            "ENC(", "jdbc:postgresql://localhost:5432/app?x=ENC(abc)", "ENC[AES256_GCM,host=localhost dbname=app"})
    void aClearUrlIsStillJudged(String value) {
        assertThat(properties("spring.datasource.url=" + value + "\n")).isNotEmpty();
    }
}
