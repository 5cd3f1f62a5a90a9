package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTests {

    @ParameterizedTest
    @ValueSource(strings = {"${X}", "${DATABASE_URL:}", "<your-key>", "<host>", "{{x}}", "{{ .Values.secret }}",
            "changeme", "CHANGEME", "change_me", "replace-me", "TODO", "xxx", "XXXXXXXX", "****", "%DB_PASSWORD%",
            "$DATABASE_URL", "your-api-key-here", "your_secret_here", "your-token", "[your key here]", "undefined",
            "  ${X}  ", "__DB_HOST__", "__db_name__", "_USERNAME_", "_HOST_", "REPLACE_OR_INJECT_VIA_SECRETS",
            "REPLACE_THIS_VALUE", "PUT_YOUR_DB_URL_HERE", "SET_ME_BEFORE_DEPLOY", "CHANGE_IT",
            "INSERISCI_LA_TUA_PASSWORD", "INGRESE_SU_URL", "SAISISSEZ_VOTRE_HOTE", "CAMBIA_AQUI"})
    void isUnresolvedShouldRecognizeValuesNeverFilledIn(String value) {
        assertThat(Placeholders.isUnresolved(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "none", "null", "0", "false", "orders", "postgresql://db/x", "sk_live_abc123",
            "$2a$10$abcdefghijklmnopqrstuv", "$ecret-Value", "100%", "<", "x", "your.company.io", "https://yourls.org",
            "Zk3pQ9wLx2Vb7", "{\"a\":1}", "[1,2,3]",
            "_internal", "app_", "_app_user_", "___", "_Secret_", "_tcp_", "REPLACE_EXISTING", "SET_NULL",
            "CHANGE_DATA_CAPTURE", "INSERT_ONLY", "Replace_This_Value", "ADD_1_OR", "INSERISCI_DATI", "ENTREZ_EN_GARE",
            "MODIFICA_ORDINE"})
    void isUnresolvedShouldAcceptRealValues(String value) {
        assertThat(Placeholders.isUnresolved(value)).isFalse();
    }
}
