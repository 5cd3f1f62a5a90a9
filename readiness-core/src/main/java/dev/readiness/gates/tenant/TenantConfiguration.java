package dev.readiness.gates.tenant;

import dev.readiness.settings.Origin;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's configuration: names from constructor arguments, then from settings (a comma-separated value or
 * indexed keys), each with the origin it came from.
 */
record TenantConfiguration(Map<String, Origin> attributes, Map<String, Origin> globalTypes) {

    static final String ATTRIBUTES = "readiness.tenant.attributes";
    static final String GLOBAL_TYPES = "readiness.tenant.global-types";

    static TenantConfiguration read(Settings settings, List<String> attributes, List<String> globalTypes) {
        return new TenantConfiguration(names(settings, ATTRIBUTES, attributes),
                names(settings, GLOBAL_TYPES, globalTypes));
    }

    private static Map<String, Origin> names(Settings settings, String key, List<String> given) {
        Map<String, Origin> names = new LinkedHashMap<>();
        for (String name : given) {
            names.put(name, Origin.of("gate constructor"));
        }
        String base = RelaxedNames.canonical(key);
        List<Setting> matching = new ArrayList<>();
        for (Setting setting : settings.withPrefix(key)) {
            String rest = setting.canonicalKey().substring(base.length());
            if (rest.isEmpty() || rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
                matching.add(setting);
            }
        }
        matching.sort((left, right) -> Integer.compare(index(left, base), index(right, base)));
        for (Setting setting : matching) {
            for (String part : setting.value().split(",", -1)) {
                String name = part.strip();
                if (!name.isEmpty()) {
                    names.putIfAbsent(name, setting.origin());
                }
            }
        }
        return names;
    }

    private static int index(Setting setting, String base) {
        String rest = setting.canonicalKey().substring(base.length());
        if (rest.isEmpty()) {
            return -1;
        }
        return rest.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(rest);
    }
}
