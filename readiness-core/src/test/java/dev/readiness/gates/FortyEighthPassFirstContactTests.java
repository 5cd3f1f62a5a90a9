package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-eighth pass's first contact with sets 210 to 219, each rule beside the values that tempt it; every built-in
 * gate runs on one file. A scheme key of one word set to plain HTTP ({@code PROTOCOL=http}); Phoenix's
 * {@code Endpoint.http.ip} and a {@code Webserver.Host} on loopback, bind addresses; the token signing key named by its
 * options class ({@code JwtSettings.Key}) or by the type it becomes ({@code Jwt.SecurityKey}).
 */
class FortyEighthPassFirstContactTests extends EveryGateOnOneFile {

    @Test
    void aOneWordSchemeKeySetToPlainHttpShouldBeTlsOff() throws Exception {
        String text = """
                PROTOCOL=http
                DOMAIN=tickets.harbour-events.net
                """;
        assertThat(about(findings("site.env", text), "PROTOCOL")).contains("WARN sandbox.tls-off PROTOCOL");
        String lower = "protocol=http\nhost=coop.greenfield-market.org\n";
        assertThat(about(findings("app.properties", lower), "protocol")).contains("WARN sandbox.tls-off protocol");
    }

    @Test
    void aOneWordSchemeKeyThatKeepsTlsOrNamesAnotherProtocolShouldStayClean() throws Exception {
        String text = """
                PROTOCOL=https
                SCHEME=wss
                protocol=mqtt
                """;
        for (String key : new String[] {"PROTOCOL", "SCHEME", "protocol"}) {
            assertThat(about(findings("site.env", text), key)).as(key)
                    .noneMatch(finding -> finding.contains("sandbox.tls-off"));
        }
        String development = "NODE_ENV=development\nSCHEME=http\nSITE_ADDRESS=members.harbour-events.net\n";
        assertThat(about(findings("site.env", development), "SCHEME"))
                .noneMatch(finding -> finding.contains("sandbox.tls-off"));
    }

    @Test
    void aLoopbackHttpIpOrWebserverHostShouldBeABindAddress() throws Exception {
        String text = """
                shop.ShopWeb.Endpoint.http.ip=127.0.0.1
                shop.ShopWeb.Endpoint.http.port=4000
                Webserver.Host=127.0.0.1
                Webserver.Port=5000
                """;
        for (String key : new String[] {"shop.ShopWeb.Endpoint.http.ip", "Webserver.Host"}) {
            assertThat(about(findings("config.properties", text), key)).as(key).isEmpty();
        }
    }

    @Test
    void aLoopbackHostACallerReachesShouldStillBeReported() throws Exception {
        String text = """
                smpp.host=localhost
                smpp.port=2775
                """;
        assertThat(about(findings("gateway.properties", text), "smpp.host"))
                .anyMatch(finding -> finding.contains("sandbox.local-host"));
    }

    @Test
    void aSigningKeyNamedByItsOptionsClassOrItsTypeShouldBeASecret() throws Exception {
        String text = """
                JWTSettings.Key=
                JWTSettings.Issuer=https://api.harbour-clinic.net
                Jwt.SecurityKey=
                Jwt.Issuer=https://api.harbour-clinic.net
                """;
        for (String key : new String[] {"JWTSettings.Key", "Jwt.SecurityKey"}) {
            assertThat(noGo(findings("appsettings.Production.properties", text), key)).as(key)
                    .contains("NO_GO secrets.blank " + key);
        }
        String weak = "JwtOptions.Key=harbourclinicsecret\n";
        assertThat(noGo(findings("appsettings.Production.properties", weak), "JwtOptions.Key")).isNotEmpty();
        String both = "TokenOptions.SecurityKey=\nTokenOptions.Issuer=https://api.harbour-clinic.net\n";
        assertThat(noGo(findings("appsettings.Production.properties", both), "TokenOptions.SecurityKey"))
                .contains("NO_GO secrets.blank TokenOptions.SecurityKey");
    }

    @Test
    void keysOfOtherOptionsClassesAndAHardwareSecurityKeyShouldStayClean() throws Exception {
        String text = """
                MapsOptions.Key=
                FeatureSettings.Key=checkout-v2
                Cache.SecurityKey=
                Webauthn.SecurityKey=
                """;
        for (String key : new String[] {"MapsOptions.Key", "FeatureSettings.Key", "Cache.SecurityKey",
                "Webauthn.SecurityKey"}) {
            assertThat(about(findings("appsettings.Production.properties", text), key)).as(key)
                    .noneMatch(finding -> finding.startsWith("NO_GO secrets"));
        }
    }
}
