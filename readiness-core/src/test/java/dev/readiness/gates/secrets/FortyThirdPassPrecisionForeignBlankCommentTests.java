package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-third pass's precision reading of a blank secret's comment in the short form and in other languages:
 * a French {@code # … Vide = désactivées.} ("empty = disabled") over a blank {@code CRM_ADMIN_TOKEN} (set 157) says
 * the admin routes are off, as {@code # Leave blank to disable} already did in English; so do {@code # Empty = disabled},
 * Portuguese {@code # Deixe vazio para desabilitar.}, Chinese {@code # 留空则禁用} and "optional" in Spanish and
 * French. A comment that says a check is lost ({@code # Vide = aucune vérification.}, {@code # empty => signature
 * check disabled}), or a negation, keeps the blank reported, its finding on the key and its message free of the
 * comment.
 */
class FortyThirdPassPrecisionForeignBlankCommentTests {

    @TempDir
    Path directory;

    private List<Finding> findings(String comment, String key) throws Exception {
        return FortyThirdPassBlankChecks.commentedBlankFindings(directory, comment, key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Jeton des routes d'administration de crm-ingest (relecture de la file d'erreurs). Vide = désactivées.",
        "# Admin routes token. Empty = disabled.",
        "# admin token; unset => off",
        "# Deixe vazio para desabilitar.",
        "# Laisser vide pour désactiver les routes d'administration.",
        "# Dejar vacío para desactivar.",
        "# 管理接口令牌，留空则禁用",
        "# Token de administración (opcional)",
        "# Jeton d'administration (facultatif)"})
    void aCommentThatMakesTheBlankTheOffStateShouldKeepItClean(String comment) throws Exception {
        assertThat(findings(comment, "CRM_ADMIN_TOKEN")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Signature du webhook Keycloak (HMAC-SHA256 du corps). Vide = aucune vérification.",
        "# Webhook secret; empty => signature check disabled",
        "# Não deixe vazio para desabilitar a verificação",
        "# Jeton des routes d'administration (obligatoire)",
        "# Jeton des routes d'administration"})
    void aCommentThatLosesACheckOrDemandsTheValueShouldKeepTheBlankReported(String comment) throws Exception {
        List<Finding> findings = findings(comment, "CRM_ADMIN_TOKEN");
        assertThat(findings).extracting(Finding::code).contains("secrets.blank");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).doesNotContain("vérification"));
    }
}
