package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaiverTests {

    @Test
    void completeWaiverBecomesTheCoreWaiverTrimmed() {
        dev.readiness.Waiver waiver = new Waiver(" database.loopback ", " spring.datasource.url ", " proxy ",
                " 2027-06-30 ").toWaiver(0);

        assertThat(waiver).isEqualTo(new dev.readiness.Waiver("database.loopback", "spring.datasource.url", "proxy",
                LocalDate.of(2027, 6, 30)));
    }

    @Test
    void waiverWithoutSubjectCoversEverySubject() {
        assertThat(new Waiver("database.loopback", null, "proxy", "2027-06-30").toWaiver(0).subjectFilter()).isEmpty();
    }

    @Test
    void missingOrMalformedExpiryIsRejectedNamingTheEntry() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Waiver("a.b", null, "r", null).toWaiver(2))
                .withMessage("<waivers> entry 3 (a.b) needs <expires>, an ISO date such as 2026-12-31");
        assertThatIllegalArgumentException().isThrownBy(() -> new Waiver("a.b", null, "r", "31.12.2026").toWaiver(0))
                .withMessage("<waivers> entry 1 (a.b): <expires> must be an ISO date such as 2026-12-31, but was"
                        + " '31.12.2026'");
    }

    @Test
    void missingCodeOrReasonIsRejectedNamingTheEntry() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Waiver(null, null, "r", "2027-01-01").toWaiver(0))
                .withMessageStartingWith("<waivers> entry 1: ");
        assertThatIllegalArgumentException().isThrownBy(() -> new Waiver("a.b", null, " ", "2027-01-01").toWaiver(0))
                .withMessageStartingWith("<waivers> entry 1 (a.b): ").withMessageContaining("reason");
    }
}
