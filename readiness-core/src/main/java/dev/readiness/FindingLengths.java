package dev.readiness;

import dev.readiness.settings.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the length of a finding's texts (subject, origin, message, remediation). The runner caps a gate's findings in
 * number; without a bound on their length, a gate reporting ten thousand findings of a megabyte each (one string,
 * little memory) had a report render ten gigabytes (forty-fourth pass). A text is cut twice: roughly before the
 * scrubber reads it, so that scrubbing stays cheap, and to {@link #MAX_CHARS} after, so that no cut runs through a
 * secret value the scrubber would then no longer recognise. No built-in finding comes near the limit. Stateless.
 */
final class FindingLengths {

    /** The characters kept of one text of a finding. */
    static final int MAX_CHARS = 8_192;

    /** What the scrubber reads of a text: twice what is kept, so that the rough cut falls in the part cut later. */
    private static final int ROUGH_CHARS = 2 * MAX_CHARS;

    private static final String CUT = " … (cut: the text ran past " + MAX_CHARS + " characters)";

    private FindingLengths() {
    }

    /** The finding with each text cut to the rough length, or the finding itself when none is that long. */
    static Finding rough(Finding finding) {
        return cut(finding, ROUGH_CHARS, "");
    }

    /** The findings with each text cut to {@link #MAX_CHARS}, saying so; the list itself when none is that long. */
    static List<Finding> bounded(List<Finding> findings) {
        List<Finding> bounded = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Finding cut = cut(finding, MAX_CHARS, CUT);
            if (cut != finding && bounded == null) {
                bounded = new ArrayList<>(findings.subList(0, i));
            }
            if (bounded != null) {
                bounded.add(cut);
            }
        }
        return bounded == null ? findings : bounded;
    }

    private static Finding cut(Finding finding, int limit, String marker) {
        String origin = finding.origin().description();
        if (finding.subject().length() <= limit && origin.length() <= limit && finding.message().length() <= limit
                && finding.remediation().length() <= limit) {
            return finding;
        }
        Finding.Builder builder = Finding.of(finding.severity(), finding.code(), cut(finding.subject(), limit, marker))
                .message(cut(finding.message(), limit, marker))
                .remediation(cut(finding.remediation(), limit, marker))
                .origin(origin.length() <= limit ? finding.origin() : Origin.of(cut(origin, limit, marker)));
        finding.documentation().ifPresent(builder::documentation);
        return builder.build();
    }

    private static String cut(String text, int limit, String marker) {
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end) + marker;
    }
}
