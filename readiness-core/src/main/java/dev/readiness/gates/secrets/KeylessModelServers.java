package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The API key of an OpenAI-compatible model server that takes none: the clients (OpenAI's SDKs, LiteLLM, LibreChat,
 * Open WebUI) refuse an empty key, so a team that runs its own server (vLLM, Ollama, llama.cpp, LM Studio, an
 * embedding container) writes the word its docs give ({@code EMPTY} for vLLM, {@code ollama}, {@code lm-studio},
 * {@code sk-no-key-required}) or one of its own ({@code dummy}, {@code none}, {@code not-required}) beside the server's
 * address. Such a key is no stand-in for a secret: there is none to set. It is one only where its own block also
 * sets the server's base URL ({@code LLM_API_KEY} beside {@code LLM_BASE_URL}, {@code litellm_params.api_key} beside
 * {@code litellm_params.api_base}, {@code apiKey} beside {@code baseURL}), and that address is the deployment's own
 * (a service name, a private or loopback address, or a look-up the deployment fills in); a word that says outright
 * that no key is needed ({@code not-required}, {@code no-key}) is also one beside any address that is no hosted
 * provider's API. {@code OPENAI_API_KEY=dummy} with no address, or beside {@code https://api.openai.com/v1}, stays a
 * placeholder. The address's host is read as a browser and Node.js read it: a backslash ends it
 * ({@code http://api.openai.com\@vllm:8000/} goes to OpenAI, not to {@code vllm}) and a trailing dot is dropped
 * ({@code api.openai.com.} is OpenAI's API); hostile testing, thirty-fifth pass. Stateless.
 */
final class KeylessModelServers {

    private static final Set<String> STATED = Set.of("not-required", "not_required", "notrequired", "not-needed",
            "not_needed", "notneeded", "no-key", "no_key", "nokey", "no-key-required", "sk-no-key-required", "unused",
            "not-used", "none-required", "no-api-key", "noapikey", "no-auth", "noauth");

    private static final Set<String> CONVENTIONS = Set.of("none", "dummy", "empty", "ollama", "lm-studio", "lmstudio",
            "vllm", "na", "n/a", "sk-dummy", "dummy-key", "dummykey");

    private static final List<String> DOTTED_ADDRESSES = List.of("api_base", "base_url", "baseURL", "baseUrl",
            "api_base_url", "apiBase", "apiBaseUrl", "api_url", "apiUrl", "url", "endpoint", "api_endpoint", "host");

    private static final List<String> VARIABLE_ADDRESSES = List.of("BASE_URL", "API_BASE", "API_BASE_URL", "API_URL",
            "URL", "ENDPOINT", "API_ENDPOINT", "HOST", "API_HOST");

    private static final Set<String> HOSTED_PROVIDERS = Set.of("api.openai.com", "api.anthropic.com",
            "generativelanguage.googleapis.com", "api.mistral.ai", "api.cohere.ai", "api.cohere.com", "api.groq.com",
            "openrouter.ai", "api.together.xyz", "api.together.ai", "api.deepseek.com", "api.fireworks.ai",
            "api.perplexity.ai", "api-inference.huggingface.co", "router.huggingface.co", "api.x.ai",
            "api.voyageai.com", "api.jina.ai", "api.replicate.com", "api.deepinfra.com", "api.anyscale.com");

    private KeylessModelServers() {
    }

    /**
     * Whether a value under an API key is a keyless model server's conventional stand-in, its own block naming the
     * server's address.
     *
     * @param settings the configuration
     * @param key the API key's name
     * @param value its value
     * @return {@code true} for a keyless server's key
     */
    static boolean isKeylessStandIn(Settings settings, String key, String value) {
        if (!(AsciiCase.endsWith(key, "apikey") || AsciiCase.endsWith(key, "api_key")
                || AsciiCase.endsWith(key, "api-key"))) {
            return false; // nothing allocated for other secrets
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        boolean stated = STATED.contains(word);
        if (!stated && !CONVENTIONS.contains(word)) {
            return false;
        }
        int suffix = apiKeySuffix(key);
        if (suffix < 0) {
            return false;
        }
        String prefix = key.substring(0, suffix);
        boolean dotted = prefix.isEmpty() || prefix.endsWith(".");
        for (String name : dotted ? DOTTED_ADDRESSES : VARIABLE_ADDRESSES) {
            Optional<Setting> address = settings.get(prefix + name);
            if (address.isPresent() && ownAddress(address.get(), stated)) {
                return true;
            }
        }
        return false;
    }

    /** Where the API-key words start in the key's last segment ({@code api_key}, {@code apiKey}, {@code API_KEY}). */
    private static int apiKeySuffix(String key) {
        int segment = key.lastIndexOf('.') + 1;
        String last = key.substring(segment).toLowerCase(Locale.ROOT);
        for (String ending : List.of("api_key", "apikey", "api-key")) {
            if (last.endsWith(ending)) {
                int start = segment + last.length() - ending.length();
                return start == segment || isSeparator(key.charAt(start - 1)) ? start : -1;
            }
        }
        return -1;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '-' || c == '.';
    }

    private static boolean ownAddress(Setting address, boolean stated) {
        if (address.isDeferred()) {
            return true;
        }
        String url = address.value().strip();
        if (url.startsWith("os.environ/") || url.startsWith("${")) {
            return true;
        }
        String host = Hosts.ofUrl(url);
        if (host.isEmpty()) {
            return false;
        }
        if (Hosts.kind(host) != Hosts.Kind.PUBLIC) {
            return !Hosts.isTemplate(host);
        }
        return stated && !HOSTED_PROVIDERS.contains(host) && !host.endsWith(".openai.azure.com");
    }
}
