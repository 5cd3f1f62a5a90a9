package dev.readiness.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Per-environment variants of the same setting below the top level of one file: Expo's {@code eas.json} writes
 * {@code build.development.env.API_BASE_URL}, {@code build.preview.env.API_BASE_URL} and
 * {@code build.production.env.API_BASE_URL}; Cloudflare's {@code wrangler.toml} {@code env.staging.vars.X} beside
 * {@code env.production.vars.X}; a service's own {@code app.urls.development} beside {@code app.urls.production}. The
 * tool or the application picks the variant of the environment it builds or runs for, so another environment's
 * variant is not part of what runs, as {@link EnvironmentBlocks} reads Rails' top-level blocks. A setting is read so
 * only when a segment of its key after the first is an environment's word and the same file sets the key with that
 * segment
 * spelled {@code production} or {@code prod}: a key with a non-production word and no production twin
 * ({@code logging.level.dev.acme}, MyBatis's lone {@code environments.environment.development.dataSource.url}) stays.
 * The running environment is the one named for the check, else production: no variable of the environment is read,
 * since these tools choose the variant on their own command line; a variant the file's own {@code target} names (dbt)
 * is what runs and stays. Settings keep their keys as written. Stateless.
 */
final class NestedEnvironmentBlocks {

    private static final String[] OTHER_ENVIRONMENTS = {"development", "dev", "preview", "staging", "stage", "test",
        "testing", "local", "qa", "uat"};

    private NestedEnvironmentBlocks() {
    }

    /**
     * The settings that apply in the running environment.
     *
     * @param settings the settings of the files, in the order read
     * @param named the profiles named for the check (may be empty)
     * @param environment the environment's settings
     * @return the same list when no file has nested environment variants; else the settings that apply
     */
    static List<Setting> applying(List<Setting> settings, List<String> named, List<List<Setting>> environment) {
        @Nullable Set<String> keys = null;
        Set<String> running = Set.of();
        @Nullable List<Setting> applying = null;
        for (int i = 0; i < settings.size(); i++) {
            Setting setting = settings.get(i);
            String key = setting.key();
            int at = key.indexOf('.') > 0 ? otherEnvironment(key) : -1;
            boolean other = false;
            if (at > 0) {
                int dot = key.indexOf('.', at);
                int stop = dot < 0 ? key.length() : dot;
                if (keys == null) {
                    keys = new HashSet<>();
                    for (Setting each : settings) {
                        keys.add(fileOf(each) + '\n' + each.key());
                    }
                    running = RunningEnvironments.of(named, environment, Set.of());
                }
                other = hasProductionTwin(keys, fileOf(setting), key, at, stop)
                        && !running.contains(fullName(key.substring(at, stop)))
                        && !chosenByTarget(settings, setting, key.substring(at, stop));
            }
            if (other && applying == null) {
                applying = new ArrayList<>(settings.subList(0, i));
            } else if (!other && applying != null) {
                applying.add(setting);
            }
        }
        return applying == null ? settings : applying;
    }

    /**
     * The start of the first segment after the first of a dotted key that is another environment's word
     * ({@code build.preview.env.X}, {@code app.urls.development}), or {@code -1}.
     */
    private static int otherEnvironment(String key) {
        int start = key.indexOf('.') + 1;
        while (start > 0 && start < key.length()) {
            int end = key.indexOf('.', start);
            int stop = end < 0 ? key.length() : end;
            if (stop - start >= 2 && stop - start <= 11 && namesOtherEnvironment(key, start, stop - start)) {
                return start;
            }
            start = end < 0 ? -1 : end + 1;
        }
        return -1;
    }

    /**
     * Whether the file chooses the variant itself: dbt's {@code profiles.yml} runs the output its
     * {@code <profile>.target} names ({@code my_project.target=dev} beside {@code my_project.outputs.dev.*}), so that
     * variant is what runs.
     */
    private static boolean chosenByTarget(List<Setting> settings, Setting variant, String name) {
        String file = fileOf(variant);
        for (Setting setting : settings) {
            String key = setting.key();
            if (key.endsWith(".target") && setting.value().strip().equalsIgnoreCase(name)
                    && fileOf(setting).equals(file)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the segment at {@code start} is one of the words, in any case, without copying it. */
    private static boolean namesOtherEnvironment(String key, int start, int length) {
        for (String word : OTHER_ENVIRONMENTS) {
            if (word.length() == length && key.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasProductionTwin(Set<String> keys, String file, String key, int at, int stop) {
        String before = key.substring(0, at);
        String after = key.substring(stop);
        return keys.contains(file + '\n' + before + "production" + after)
                || keys.contains(file + '\n' + before + "prod" + after);
    }

    private static String fullName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "dev" -> "development";
            case "stage" -> "staging";
            case "testing" -> "test";
            default -> lower;
        };
    }

    private static String fileOf(Setting setting) {
        return setting.origin().file().orElse("");
    }
}
