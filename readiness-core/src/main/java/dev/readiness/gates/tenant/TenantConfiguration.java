package dev.readiness.gates.tenant;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
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
        for (Setting name : settings.listItems(key)) {
            names.putIfAbsent(name.value(), name.origin());
        }
        return names;
    }
}
