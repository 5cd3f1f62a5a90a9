package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * A value that is the lower-case name of a variable the same file binds to an environment look-up, as Phoenix's
 * {@code config/runtime.exs} and Python settings modules write it: {@code database_url = System.get_env("DATABASE_URL")
 * || raise "…"}, then {@code config :shop, Shop.Repo, url: database_url}, flattened as
 * {@code shop.Shop.Repo.url=database_url}. The value is that variable's, which the look-up supplies at run time and
 * which is judged under its own key; the name itself is no URL and no secret. Only a name with an underscore, that is
 * a top-level key of the same file bound to a look-up, is read so: a word that happens to be a key
 * ({@code mode=test}), a key of another file, or a key holding a literal stays a value. Stateless.
 */
final class BoundVariables {

    private BoundVariables() {
    }

    /**
     * What supplies a value that names a variable bound to an environment look-up in the same file.
     *
     * @param setting a setting as written
     * @param settings the configuration
     * @return a description naming the variable (never a value), or {@code null} for any other value
     */
    static @Nullable String boundBy(Setting setting, Settings settings) {
        String value = setting.value();
        int length = value.length();
        if (length < 4 || length > 64 || value.indexOf('_') <= 0 || value.equals(setting.key())) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9')) {
                return null;
            }
        }
        Setting named = settings.get(value).orElse(null);
        if (named == null || !named.key().equals(value) || !named.origin().file().equals(setting.origin().file())) {
            return null;
        }
        String bound = named.value();
        return ForeignReferences.mayHold(bound) && ForeignReferences.placeholderOf(bound) != null
                ? "the code's variable " + value + ", read from the environment and judged under its own key" : null;
    }
}
