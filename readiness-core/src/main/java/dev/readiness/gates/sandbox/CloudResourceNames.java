package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cloud resource's host whose first label is the generic word a provider's documentation puts where the customer's
 * resource name goes: {@code namespace.servicebus.windows.net}, {@code account.blob.core.windows.net},
 * {@code vault.vault.azure.net}, {@code servername.database.windows.net}, {@code bucket.s3.amazonaws.com}. Those
 * names are globally unique per service, and the generic words are the documentation's, so such a host is a
 * template value nobody filled in. A real resource name ({@code acme-orders.servicebus.windows.net}) is not read,
 * nor a generic word under any other domain ({@code account.acme.com}). Likewise an ECR registry under one of AWS's
 * documentation account ids ({@code 123456789012.dkr.ecr.us-east-1.amazonaws.com}).
 */
final class CloudResourceNames {

    private CloudResourceNames() {
    }

    /** Domains under which the first label is the name of the customer's resource. */
    private static final List<String> RESOURCE_DOMAINS = List.of(".servicebus.windows.net", ".blob.core.windows.net",
            ".queue.core.windows.net", ".table.core.windows.net", ".file.core.windows.net", ".dfs.core.windows.net",
            ".vault.azure.net", ".database.windows.net", ".documents.azure.com", ".redis.cache.windows.net",
            ".azurewebsites.net", ".openai.azure.com", ".cognitiveservices.azure.com", ".search.windows.net",
            ".azurecr.io", ".eventgrid.azure.net", ".s3.amazonaws.com");
    /** The documentation's words for the customer's resource name. */
    private static final Set<String> GENERIC_NAMES = Set.of("namespace", "namespacename", "account", "accountname",
            "storageaccount", "resource", "resourcename", "vault", "vaultname", "keyvault", "server", "servername",
            "instance", "name", "registry", "bucket", "bucketname", "workspace", "tenant", "appname", "servicename",
            "searchservice", "cache", "cachename", "database", "cosmosaccount", "topic", "domain");

    /**
     * The detail of a template reading, or {@code null}.
     *
     * @param host a lower-case host name
     * @return what the host is when its first label is a generic word under a cloud resource domain
     */
    static @Nullable String template(String host) {
        int dot = host.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        if (dot == 12 && host.charAt(0) >= '0' && host.charAt(0) <= '9') {
            return documentationAccount(host);
        }
        for (String domain : RESOURCE_DOMAINS) {
            if (host.length() - domain.length() == dot && host.endsWith(domain)) {
                return GENERIC_NAMES.contains(host.substring(0, dot).replace("-", "").replace("_", ""))
                        ? "the documentation's word for a resource name under " + domain.substring(1) : null;
            }
        }
        return null;
    }

    /**
     * AWS's documentation account ids, which its guides write wherever the reader's 12-digit account goes: an ECR
     * registry {@code 123456789012.dkr.ecr.us-east-1.amazonaws.com} with one of them was copied, never filled in.
     */
    private static final Set<String> DOCUMENTATION_ACCOUNTS = Set.of("123456789012", "111122223333", "444455556666",
            "000000000000");

    private static @Nullable String documentationAccount(String host) {
        return DOCUMENTATION_ACCOUNTS.contains(host.substring(0, 12)) && host.startsWith(".dkr.ecr.", 12)
                && host.endsWith(".amazonaws.com") ? "AWS's documentation account id in an ECR registry" : null;
    }
}
