package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.FeatureSwitches;
import dev.readiness.gates.secrets.ExampleFiles;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;

/**
 * A template's address in a section its own switch turns off ({@code scaling.enabled=false} beside
 * {@code scaling.endpoint=https://nomad.example.com/…}, {@code oauth.enabled=false} beside
 * {@code oauth.authUrl=https://<host>:9443/…}): the feature makes no call, so the documentation domain or the unfilled
 * host it still holds reaches nobody. Only the reserved-host and template-address findings are dropped, and the
 * {@code sandbox.local-host} WARN (forty-seventh pass): a {@code .local} or LAN name where a switched-off ingress or
 * client would go ({@code ingress.enabled=false} beside {@code ingress.hosts[0].host=spoolman.local}) routes and
 * reaches nothing, and the WARN only says a development value may sit there. A test credential, a sandbox host or a
 * public loopback address in a switched-off section stays reported (NO-GO findings), since switching the feature on is
 * one line away and they are no template text. A template or example file ({@code settings.yml.template},
 * {@link ExampleFiles}) keeps it: whoever copies the file and switches the feature on inherits the value. Stateless.
 */
final class SwitchedOffTemplates {

    private static final String RESERVED_HOST = "sandbox.reserved-host";
    private static final String TEMPLATE_URL = "sandbox.template-url";
    private static final String LOCAL_HOST = "sandbox.local-host";

    private SwitchedOffTemplates() {
    }

    /**
     * Drops the reserved-host, template-address and local-host findings added for a setting from {@code from} on when
     * its section is switched off.
     *
     * @param settings the configuration
     * @param setting the setting just inspected
     * @param findings the gate's findings
     * @param from the index of the first finding added for the setting
     */
    static void drop(Settings settings, Setting setting, List<Finding> findings, int from) {
        boolean reserved = false;
        for (int i = from; i < findings.size(); i++) {
            reserved |= isDropped(findings.get(i));
        }
        if (!reserved || ExampleFiles.isExample(setting.origin())
                || !FeatureSwitches.sectionSwitchedOffAsWritten(settings, setting.key())
                        && !listInSwitchedOffSection(settings, setting.key())) {
            return;
        }
        for (int i = findings.size() - 1; i >= from; i--) {
            if (isDropped(findings.get(i))) {
                findings.remove(i);
            }
        }
    }

    private static boolean isDropped(Finding finding) {
        String code = finding.code();
        return code.equals(RESERVED_HOST) || code.equals(TEMPLATE_URL)
                || code.equals(LOCAL_HOST) && finding.severity() == Severity.WARN;
    }

    /**
     * Whether the key is an item of a list whose section is switched off: Helm's {@code ingress.hosts[0].host} beside
     * {@code ingress.enabled=false} (a chart's unused scaffold host, {@code chart-example.local}).
     */
    private static boolean listInSwitchedOffSection(Settings settings, String key) {
        int bracket = key.indexOf('[');
        return bracket > 0 && FeatureSwitches.sectionSwitchedOffAsWritten(settings, key.substring(0, bracket));
    }
}
