package dev.readiness.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A file of one block per environment at its top level, as Rails writes {@code config/database.yml},
 * {@code secrets.yml}, {@code cable.yml} and {@code storage.yml} (and as other frameworks copy the layout):
 * {@code production.password=…}, {@code development.password=…}, {@code test.database=…}. The framework reads only
 * the running environment's block, so another environment's settings are not part of what runs (a developer's
 * {@code development.password} is not production's), and a base block the others inherit ({@code default},
 * {@code shared}) applies where the running block does not set the same setting. Settings keep their keys as written,
 * so a finding names the line the user will edit.
 *
 * <p>A file is read this way only when its top level holds the production block and another environment's block,
 * and the two set at least one setting of the same name (the mark of one block per environment; a service's own
 * {@code production.mode} beside {@code test.enabled} is no such file). The running environment is the one named for
 * the check ({@code prod}, {@code dev} stand for {@code production}, {@code development}), else {@code RAILS_ENV} or
 * {@code RACK_ENV} when the environment sets it, else {@code production}.
 */
final class EnvironmentBlocks {

    private static final Set<String> ENVIRONMENTS = Set.of("production", "development", "test", "staging");
    private static final Set<String> BASES = Set.of("default", "defaults", "shared", "common");
    private static final Set<String> CHOOSING_KEYS = Set.of(RelaxedNames.canonical("RAILS_ENV"),
            RelaxedNames.canonical("RACK_ENV"));

    private EnvironmentBlocks() {
    }

    /**
     * The settings that apply in the running environment.
     *
     * @param settings the settings of the files, in the order read
     * @param named the profiles named for the check (may be empty)
     * @param environment the environment's settings, where {@code RAILS_ENV} may be set
     * @return the same list when no file has environment blocks; else the settings that apply
     */
    static List<Setting> applying(List<Setting> settings, List<String> named, List<List<Setting>> environment) {
        Set<String> files = filesWithBlocks(settings);
        if (files.isEmpty()) {
            return settings;
        }
        Set<String> running = RunningEnvironments.of(named, environment, CHOOSING_KEYS);
        Set<String> setByRunning = new HashSet<>();
        for (Setting setting : settings) {
            String block = blockOf(setting, files);
            if (block != null && running.contains(block)) {
                setByRunning.add(fileOf(setting) + '\n' + rest(setting.key()));
            }
        }
        List<Setting> applying = new ArrayList<>(settings.size());
        for (Setting setting : settings) {
            String block = blockOf(setting, files);
            if (block == null || running.contains(block)
                    || BASES.contains(block) && !setByRunning.contains(fileOf(setting) + '\n' + rest(setting.key()))) {
                applying.add(setting);
            }
        }
        return applying;
    }

    private static Set<String> filesWithBlocks(List<Setting> settings) {
        Map<String, Map<String, Set<String>>> blocks = null;
        for (Setting setting : settings) {
            String key = setting.key();
            int dot = key.indexOf('.');
            String name = dot <= 0 || dot == key.length() - 1 ? null : StageBlockNames.canonical(key, dot);
            if (name == null || !ENVIRONMENTS.contains(name)) {
                continue;
            }
            if (blocks == null) {
                blocks = new HashMap<>();
            }
            blocks.computeIfAbsent(fileOf(setting), file -> new HashMap<>())
                    .computeIfAbsent(name, block -> new HashSet<>())
                    .add(key.substring(dot + 1));
        }
        if (blocks == null) {
            return Set.of();
        }
        Set<String> files = new HashSet<>();
        blocks.forEach((file, byBlock) -> {
            Set<String> production = byBlock.get("production");
            if (production == null) {
                return;
            }
            for (Map.Entry<String, Set<String>> other : byBlock.entrySet()) {
                if (!other.getKey().equals("production") && other.getValue().stream().anyMatch(production::contains)) {
                    files.add(file);
                    return;
                }
            }
        });
        return files;
    }

    /** The block a setting of a file with blocks belongs to ({@code production}, {@code default}), or {@code null}. */
    private static @Nullable String blockOf(Setting setting, Set<String> files) {
        String key = setting.key();
        int dot = key.indexOf('.');
        if (dot <= 0 || !files.contains(fileOf(setting))) {
            return null;
        }
        String block = StageBlockNames.canonical(key, dot);
        return ENVIRONMENTS.contains(block) || BASES.contains(block) ? block : null;
    }

    private static String rest(String key) {
        return key.substring(key.indexOf('.') + 1);
    }

    private static String fileOf(Setting setting) {
        return setting.origin().file().orElse("");
    }
}
