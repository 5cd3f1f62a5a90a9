package dev.readiness;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads waivers written as settings, the way the Spring adapter binds them: {@code readiness.waivers[i].code},
 * {@code .subject}, {@code .reason} and {@code .expires}, in any relaxed spelling
 * ({@code READINESS_WAIVERS_0_CODE} in an env file). Lets every adapter, and users' tests, apply the waivers a
 * configuration declares. Stateless and thread-safe: static methods only.
 */
public final class Waivers {

    private static final Pattern KEY = Pattern.compile("readinesswaivers(\\d{1,6})(code|subject|reason|expires)");

    private enum Field { CODE, SUBJECT, REASON, EXPIRES }

    private Waivers() {
    }

    /**
     * The waivers declared in the settings, ordered by index.
     *
     * @param settings the settings
     * @return the waivers
     * @throws IllegalArgumentException naming the key and its origin when a waiver lacks a code, a reason or a valid
     *         ISO expiry date; never quoting a value
     */
    public static List<Waiver> fromSettings(Settings settings) {
        Map<Integer, Map<Field, Setting>> byIndex = new TreeMap<>();
        for (Setting setting : settings.withPrefix("readiness.waivers")) {
            Matcher matcher = KEY.matcher(setting.canonicalKey());
            if (matcher.matches()) {
                Field field = Field.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
                byIndex.computeIfAbsent(Integer.parseInt(matcher.group(1)), index -> new EnumMap<>(Field.class))
                        .put(field, setting);
            }
        }
        List<Waiver> waivers = new ArrayList<>(byIndex.size());
        byIndex.forEach((index, fields) -> waivers.add(waiver(index, fields)));
        return waivers;
    }

    /**
     * The waivers as a report may show them: each reason with every secret value of the settings it quotes replaced
     * by {@code [redacted]}, as a finding's message is scrubbed. A reason is free text, and people quote what they
     * waive ("the old key … is rotated on deploy"); the text report and SARIF's {@code justification} print it. Code,
     * subject and expiry are kept, so each waiver still covers the findings it covered.
     *
     * @param waivers the waivers a run applied
     * @param settings the settings the run judged
     * @return the waivers, in order, with their reasons scrubbed
     */
    public static List<Waiver> shown(Iterable<Waiver> waivers, Settings settings) {
        if (!waivers.iterator().hasNext()) {
            return List.of(); // the scrubber reads every setting: not for nothing to show
        }
        dev.readiness.internal.FindingScrubber scrubber = dev.readiness.internal.FindingScrubber.of(settings);
        List<Waiver> shown = new ArrayList<>();
        for (Waiver waiver : waivers) {
            String reason = scrubber.scrubText(waiver.reason());
            shown.add(reason.equals(waiver.reason()) ? waiver
                    : new Waiver(waiver.code(), waiver.subject(), reason, waiver.expires(), waiver.origin()));
        }
        return List.copyOf(shown);
    }

    private static Waiver waiver(int index, Map<Field, Setting> fields) {
        Setting any = fields.values().iterator().next();
        String code = required(index, fields, Field.CODE, any, "a finding code such as secrets.placeholder");
        String reason = required(index, fields, Field.REASON, any, "a reason saying why the exception is acceptable");
        String expiresText = required(index, fields, Field.EXPIRES, any, "an expiry date such as 2026-12-31");
        LocalDate expires;
        try {
            expires = LocalDate.parse(expiresText.strip());
        } catch (DateTimeParseException e) {
            Setting setting = fields.get(Field.EXPIRES);
            throw new IllegalArgumentException(setting.key() + " (" + setting.origin()
                    + ") is not an ISO date; write the waiver's last day as 2026-12-31");
        }
        Setting subject = fields.get(Field.SUBJECT);
        Setting codeSetting = fields.get(Field.CODE);
        return new Waiver(code.strip(), subject == null ? null : subject.value().strip(), reason.strip(), expires,
                codeSetting == null ? null : codeSetting.origin());
    }

    private static String required(int index, Map<Field, Setting> fields, Field field, Setting any, String what) {
        Setting setting = fields.get(field);
        if (setting == null || setting.value().isBlank()) {
            String name = "readiness.waivers[" + index + "]." + field.name().toLowerCase(Locale.ROOT);
            Setting where = setting == null ? any : setting;
            throw new IllegalArgumentException("waiver " + index + " (" + where.origin() + ") needs " + name + ": "
                    + what);
        }
        return setting.value();
    }
}
