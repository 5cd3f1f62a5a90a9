package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencedValuesTests {

    private static final Setting DOMAIN = Setting.of("DOMAIN", "mm.example.com", Origin.file("site.env", 2));
    private static final Setting LATER_DOMAIN = Setting.of("LATER_DOMAIN", "mm.example.com",
            Origin.file("site.env", 21));

    private static Setting referencing(String value, String via) {
        return Setting.of("SITE_URL", value, Origin.file("site.env", 8).via(via));
    }

    private static Settings settings(Setting... settings) {
        var builder = Settings.builder();
        for (Setting setting : settings) {
            builder.add(setting);
        }
        return builder.build();
    }

    @Test
    void definingSettingWhenTheOffendingTextComesFromAReferencedValueShouldNameThatSetting() {
        Setting site = referencing("https://mm.example.com", "environment variable DOMAIN from site.env:2");

        assertThat(ReferencedValues.in(settings(DOMAIN, LATER_DOMAIN, site)).definingSetting(site, "mm.example.com"))
                .contains(DOMAIN);
    }

    @Test
    void definingSettingWhenTheValueReferencesNothingOrTheTextIsWrittenInItShouldBeEmpty() {
        Setting written = Setting.of("SITE_URL", "https://mm.example.com", Origin.file("site.env", 8));
        Setting subdomain = Setting.of("SUBDOMAIN", "mm", Origin.file("site.env", 2));
        Setting composed = referencing("https://mm.example.com", "site.env:2");

        assertThat(ReferencedValues.in(settings(DOMAIN, written)).definingSetting(written, "mm.example.com")).isEmpty();
        assertThat(ReferencedValues.in(settings(subdomain, composed)).definingSetting(composed, "mm.example.com"))
                .isEmpty();
    }

    @Test
    void definingSettingShouldMatchAWholeOriginNotTheStartOfALongerOne() {
        Setting site = referencing("https://mm.example.com", "site.env:21");

        assertThat(ReferencedValues.in(settings(DOMAIN, LATER_DOMAIN, site)).definingSetting(site, "mm.example.com"))
                .contains(LATER_DOMAIN);
        assertThat(ReferencedValues.in(settings(DOMAIN, site)).definingSetting(site, "mm.example.com")).isEmpty();
    }

    @Test
    void definingSettingForASettingFromElsewhereShouldStillFindTheReferencedOne() {
        Setting inside = referencing("https://mm.example.com", "site.env:21");
        Setting elsewhere = Setting.of("PUBLIC_URL", "https://mm.example.com",
                Origin.file("other.env", 3).via("environment variable DOMAIN from site.env:2"));
        ReferencedValues references = ReferencedValues.in(settings(DOMAIN, LATER_DOMAIN, inside));

        assertThat(references.definingSetting(inside, "mm.example.com")).contains(LATER_DOMAIN);
        assertThat(references.definingSetting(elsewhere, "mm.example.com")).contains(DOMAIN);
        assertThat(references.referenced(elsewhere)).containsExactly(DOMAIN);
    }

    @Test
    void definingSettingShouldReadAnOriginThatHoldsACommaInsideParentheses() {
        Origin manifest = Origin.of("k8s.yaml:7 (Secret orders key JWT_SECRET, for env JWT_SECRET at k8s.yaml:32)");
        Setting secret = Setting.of("JWT_SECRET", "mm.example.com", manifest);
        Setting site = Setting.of("SITE_URL", "https://mm.example.com", Origin.file("application.properties", 1)
                .via("environment variable JWT_SECRET from " + manifest.description() + ", site.env:2"));
        ReferencedValues references = ReferencedValues.in(settings(DOMAIN, secret, site));

        assertThat(references.definingSetting(site, "mm.example.com")).contains(secret);
        assertThat(references.referenced(site)).containsExactly(secret, DOMAIN);
    }

    @Test
    void onceShouldKeepTheFirstFindingOfEachCodeOnEachSubject() {
        Finding first = Finding.noGo("sandbox.reserved-host", DOMAIN).message("first").build();
        Finding repeat = Finding.noGo("sandbox.reserved-host", DOMAIN).message("again").build();
        Finding other = Finding.warn("sandbox.local-host", DOMAIN).message("other").build();

        assertThat(ReferencedValues.once(List.of(first, repeat, other))).containsExactly(first, other);
    }
}
