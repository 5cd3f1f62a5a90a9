package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantKeysTests {

    @ParameterizedTest(name = "{0} ~ {1} (association {2}) = {3}")
    @CsvSource({
        "organizationId, organizationId, false, true",
        "organizationId, organization_id, false, true",
        "organizationId, ORGANIZATION_ID, false, true",
        "organizationId, tenant.organizationId, false, true",
        "tenant.organizationId, tenant.organizationId, false, true",
        "tenant.organizationId, billing.organizationId, false, false",
        "organizationId, organization, true, true",
        "organizationId, organization, false, false",
        "organizationId, organizationName, false, false",
        "organizationId, organizationIdx, false, false",
        "orgId, organizationId, false, false",
        "tenantId, tenant, true, true",
        "id, '', true, false",
    })
    void matchesShouldCompareRelaxedNamesPathsAndAssociations(String key, String path, boolean association,
            boolean expected) {
        if (path.isEmpty()) {
            assertThat(TenantKeys.matches(key, "x", association)).isFalse();
            return;
        }
        assertThat(TenantKeys.matches(key, path, association)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
        "organizationId, Organization, true",
        "organizationId, OrganizationEntity, true",
        "organization_id, Organization, true",
        "tenant.organizationId, Organization, true",
        "organizationId, OrganizationSettings, false",
        "organizationId, Invoice, false",
        "userId, User, true",
        "userId, AppUser, false",
        "id, I, false",
        "organization, Organization, false",
    })
    void isTenantTypeShouldRecognizeOnlyTheTypeTheKeyPointsTo(String key, String simpleName, boolean expected) {
        assertThat(TenantKeys.isTenantType(key, simpleName)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.of("organizationId", "organization_id", "tenant.organizationId", "ORGID", "İd", "ıd",
                        "orgİd", "a.b.c", "Straße", "tenant..id", ".", ""),
                Arbitraries.strings().withChars('a', 'I', 'd', '.', '_', '-', '\u0130', '\u0131', '\u00df', '\ud800')
                        .ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    @Property(tries = 500)
    void matchesShouldAgreeWithRelaxedNamesForAnyText(@ForAll("names") String key, @ForAll("names") String path) {
        String canonicalKey = RelaxedNames.canonical(key);
        int dot = path.lastIndexOf('.');
        boolean expected = RelaxedNames.canonical(path.substring(dot + 1)).equals(canonicalKey)
                || dot >= 0 && RelaxedNames.canonical(path).equals(canonicalKey);
        assertThat(TenantKeys.matches(key, path, false)).isEqualTo(expected);
    }
}
