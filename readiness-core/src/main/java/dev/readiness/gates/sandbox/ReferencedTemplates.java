package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;

/**
 * Template text that a domain key only repeats through a reference:
 * {@code PREPROD_OVERBOOKD_DOMAIN=preprod.overbook.${DOMAIN}} beside {@code DOMAIN=#Base domain ex: domain.net}. The template is written once, in the referenced domain key, which
 * is reported where it is defined; the keys built from it are fixed by fixing it, so they add no finding of their own,
 * as a loopback host that comes through a reference is reported on the key that defines it.
 */
final class ReferencedTemplates {

    private static final String VIA = " via ";

    private ReferencedTemplates() {
    }

    static boolean reportedWhereDefined(ReferencedValues references, Setting setting, Finding finding) {
        if (!finding.code().equals("sandbox.reserved-host") || setting.origin().description().indexOf(VIA) < 0) {
            return false;
        }
        for (Setting referenced : references.referenced(setting)) {
            if (!referenced.equals(setting) && !referenced.isDeferred()
                    && BareHostKeys.templateDomain(referenced, referenced.value().strip()) != null) {
                return true;
            }
        }
        return false;
    }
}
