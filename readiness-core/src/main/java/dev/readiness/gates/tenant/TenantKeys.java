package dev.readiness.gates.tenant;

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
        return matchesCanonical(RelaxedNames.canonical(key), attributePath, association);
    }

    static boolean matchesCanonical(String canonicalKey, String attributePath, boolean association) {
        int dot = attributePath.lastIndexOf('.');
        String name = RelaxedNames.canonical(dot < 0 ? attributePath : attributePath.substring(dot + 1));
        if (name.equals(canonicalKey)) {
            return true;
        }
        if (dot >= 0 && RelaxedNames.canonical(attributePath).equals(canonicalKey)) {
            return true;
        }
        return association && canonicalKey.length() > 2 && canonicalKey.endsWith("id")
                && canonicalKey.length() == name.length() + 2 && canonicalKey.startsWith(name);
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
        String canonicalKey = RelaxedNames.canonical(key.substring(key.lastIndexOf('.') + 1));
        if (canonicalKey.length() <= 2 || !canonicalKey.endsWith("id")) {
            return false;
        }
        String root = canonicalKey.substring(0, canonicalKey.length() - 2);
        String type = RelaxedNames.canonical(simpleTypeName);
        return type.equals(root) || type.equals(root + "entity");
    }

    /**
     * Whether a usual key names only tenants, so that less evidence suffices to infer it.
     *
     * @param key one of {@link #USUAL}
     * @return {@code true} for {@code tenantId}, {@code organizationId}, {@code orgId}, {@code workspaceId}
     */
    static boolean isStrong(String key) {
        int index = USUAL.indexOf(key);
        return index >= 0 && index < STRONG;
    }
}
