package dev.readiness.gates.internal;

import dev.readiness.settings.RelaxedNames;
import java.util.List;

/**
 * How a tenant key name is matched against attribute names, shared by the {@code tenant} gate and the ArchUnit
 * rules so that both agree.
 *
 * <p>Names are compared the way Spring's relaxed binding compares keys ({@link RelaxedNames#canonical(String)}):
 * {@code organizationId}, {@code organization_id} and {@code ORGANIZATION_ID} are one name. A key matches an
 * attribute when it equals the attribute's name ({@code organizationId}) or its whole path
 * ({@code tenant.organizationId}); a key ending in {@code Id} also matches an association named by the rest of it
 * ({@code @ManyToOne Organization organization} is mapped to an {@code organization_id} column).
 */
public final class TenantKeys {

    /**
     * The usual names of a tenant key, as applications name it. The first four name a tenant and nothing else;
     * the others often name an owner that is not a tenant (a customer of an order, the author of a comment), so
     * inference asks more evidence for them.
     */
    public static final List<String> USUAL = List.of("tenantId", "organizationId", "orgId", "workspaceId",
            "accountId", "companyId", "customerId", "userId");

    private static final int STRONG = 4;

    private TenantKeys() {
    }

    /**
     * Whether a key names an attribute.
     *
     * @param key the tenant key, e.g. {@code organizationId} or {@code tenant.organizationId}
     * @param attributePath the attribute's path, e.g. {@code tenant.organizationId}
     * @param association whether the attribute references another entity
     * @return {@code true} when the key names it
     */
    public static boolean matches(String key, String attributePath, boolean association) {
        return Canonical.of(key).matches(attributePath, association);
    }

    /**
     * Whether a type is the tenant itself for a key: {@code Organization} (or {@code OrganizationEntity}) for
     * {@code organizationId}. Such a type has no column holding its own id under the key's name and is not
     * expected to.
     *
     * @param key the tenant key
     * @param simpleTypeName the type's simple name
     * @return {@code true} when the type is the key's tenant type
     */
    public static boolean isTenantType(String key, String simpleTypeName) {
        return Canonical.of(key).isTenantType(RelaxedNames.canonical(simpleTypeName));
    }

    /**
     * Whether a usual key names only tenants, so that less evidence suffices to infer it.
     *
     * @param key one of {@link #USUAL}
     * @return {@code true} for {@code tenantId}, {@code organizationId}, {@code orgId}, {@code workspaceId}
     */
    public static boolean isStrong(String key) {
        int index = USUAL.indexOf(key);
        return index >= 0 && index < STRONG;
    }

    /**
     * A key in canonical form, matched against attribute paths without allocating, since the gate judges tens of
     * thousands of attributes at start-up.
     */
    public record Canonical(String key, String root, String tenantType) {

        public static Canonical of(String key) {
            String canonical = RelaxedNames.canonical(key);
            String last = RelaxedNames.canonical(key.substring(key.lastIndexOf('.') + 1));
            return new Canonical(canonical, withoutId(canonical), withoutId(last));
        }

        private static String withoutId(String canonical) {
            return canonical.length() > 2 && canonical.endsWith("id")
                    ? canonical.substring(0, canonical.length() - 2) : "";
        }

        /** Whether a type, its simple name in canonical form, is the tenant this key points to. */
        public boolean isTenantType(String canonicalSimpleName) {
            return !tenantType.isEmpty() && canonicalSimpleName.startsWith(tenantType)
                    && (canonicalSimpleName.length() == tenantType.length()
                            || canonicalSimpleName.length() == tenantType.length() + 6
                                    && canonicalSimpleName.endsWith("entity"));
        }

        public boolean matches(String path, boolean association) {
            int dot = path.lastIndexOf('.');
            if (relaxedEquals(key, path, dot + 1) || dot >= 0 && relaxedEquals(key, path, 0)) {
                return true;
            }
            return association && !root.isEmpty() && relaxedEquals(root, path, dot + 1);
        }

        private static boolean relaxedEquals(String canonical, String text, int from) {
            int k = 0;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '_' || c == '-' || c == '[' || c == ']') {
                    continue;
                }
                if (c > 127) {
                    return RelaxedNames.canonical(text.substring(from)).equals(canonical);
                }
                if (k >= canonical.length() || Character.toLowerCase(c) != canonical.charAt(k)) {
                    return false;
                }
                k++;
            }
            return k == canonical.length();
        }
    }
}
