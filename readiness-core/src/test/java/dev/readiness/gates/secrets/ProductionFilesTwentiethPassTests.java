package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the twentieth pass against false alarms on clean production files (tuning-precision-6): the External
 * Secrets operator's values, which name entries of a secret store, a {@code secretKey} beside a {@code secretName}, a
 * plural {@code secrets} key holding a resource name, a constant's name under a choice key, and a negative quantity
 * under a key with a word of quantity; each with its catches and the tempting neighbours that stay judged. Values are
 * synthetic, of the shapes seen in public files.
 */
class ProductionFilesTwentiethPassTests {

    /**
     * Each row: the file's lines joined by {@code |}, and whether its last key is still reported.
     */
    @ParameterizedTest(name = "{0} -> reported {1}")
    @CsvSource(delimiter = ';', value = {
        // The External Secrets operator: field maps, store paths and the store's kind name entries, not values.
        "externalSecrets.appEnv.fields.APP_SECRET_KEY_BASE=SECRET_KEY_BASE; false",
        "externalSecrets.appEnv.fields.APP_OPS_AUTH_PASSWORD=OPS_AUTH_PASSWORD; false",
        "externalSecrets.properties.JWT_SECRET=shop-api/prod/app; false",
        "global.externalSecrets.approach=vault; false",
        "externalSecret.data.DB_PASSWORD=app/prod/db; false",
        // The same values outside the operator's section are still secrets, and so is a section merely named alike.
        "appEnv.fields.APP_OPS_AUTH_PASSWORD=OPS_AUTH_PASSWORD; true",
        "properties.JWT_SECRET=shop-api/prod/app; true",
        "myExternalSecrets.password=changeme; true",
        "externalSecretsPassword=changeme; true",
        // A secretKey beside a secretName selects the key inside that Secret, in capitals or as a Kubernetes name.
        "with.secrets.sentry_auth_token.secretName=dashboard|with.secrets.sentry_auth_token.secretKey=SENTRY_AUTH_TOKEN; false",
        "with.secrets.github.secretName=ci|with.secrets.github.secretKey=github-token; false",
        // A placeholder there, and the same value without the secretName, are still judged.
        "with.secrets.sentry_auth_token.secretName=dashboard|with.secrets.sentry_auth_token.secretKey=CHANGE_ME; true",
        "with.secrets.sentry_auth_token.secretKey=SENTRY_AUTH_TOKEN; true",
        // A plural secrets key holds a collection's name (a Secret object, a Vault path); the singular keeps its rule.
        "vault.secrets=nastng-docs; false",
        "app.secrets=billing-api; false",
        "vault.secret=nastng-docs; true",
        "vault.secrets=Xk9-pQ2r_7Lm; true",
        // A choice key (role, sort, group) holding a constant's name picks an entry; credentials and fillers do not.
        "config.external.wrapper.buyerRoleKey=ACME_BUYER; false",
        "SORT_KEY=CREATED_AT; false",
        "SUPABASE_SERVICE_ROLE_KEY=SERVICE_ROLE_KEY; true",
        "config.external.wrapper.buyerRoleKey=CHANGE_ME; true",
        "SUPABASE_SERVICE_ROLE_KEY=your-service-role-key; true",
        // A negative number is a quantity's sentinel under a key with a word of quantity.
        "QUOTA_T1_TOKEN=-1; false",
        "API_TOKEN_RATE_LIMIT=-1; false",
        // Without such a word, or with letters, it is judged as before.
        "ADMIN_PASSWORD=-1; true",
        "QUOTA_T1_TOKEN=-1abcdef; true",
    })
    void productionShouldJudgeTheSecretsOnlyWhereTheyAre(String lines, boolean reported) {
        List<String> codes = ValuesFileChecks.codesOfLastKey(lines);
        if (reported) {
            assertThat(codes).isNotEmpty();
        } else {
            assertThat(codes).isEmpty();
        }
    }
}
