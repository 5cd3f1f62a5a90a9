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
 * Thirty-fifth pass: a .NET connection-string setting that holds the name of a connection string (a template's label)
 * instead of the string is never filled in; a real connection string, a reference and a file name beside it are judged
 * as before.
 */
class ThirtyFifthPassSecretsConnectionStringNamesTests {

    private static List<String> codesOf(String value) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder()
                .properties("appsettings.Production.properties", "ConnectionStrings.DefaultConnection=" + value + "\n")
                .build())).findings().stream().map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECTION_STRING", "AzureStorageConnectionString",
            "REPLACE_WITH_STAGING_CONNECTION_STRING_FOR_db_shop_live", "PROD_DB_CONNSTR"})
    void theNameOfAConnectionStringShouldBeATemplateLabel(String value) {
        assertThat(codesOf(value)).containsExactly("NO_GO database.template-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Server=tcp:shop.database.windows.net,1433;Database=shop;User ID=shop;Password=${DB_PASSWORD};Encrypt=True",
            "${CONNECTION_STRING}"})
    void aConnectionStringOrAReferenceShouldNotBeALabel(String value) {
        assertThat(codesOf(value)).doesNotContain("NO_GO database.template-host");
    }

    @org.junit.jupiter.api.Test
    void aNameNeedsOneWordThatSaysConnectionString() {
        assertThat(ConnectionStringNames.namesConnectionString("CONNECTION_STRING")).isTrue();
        assertThat(ConnectionStringNames.namesConnectionString("connectionstring.db")).isFalse();
        assertThat(ConnectionStringNames.namesConnectionString("Name=ConnectionStrings:Default")).isFalse();
        assertThat(ConnectionStringNames.namesConnectionString("SHOP_DATABASE")).isFalse();
    }
}
