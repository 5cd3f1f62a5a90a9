package dev.readiness.gates.secrets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forty-third pass's precision reading of a chart's {@code create} switch: APISIX's chart writes
 * {@code etcd.auth.rbac.create=false} beside a blank {@code etcd.auth.rbac.password} (set 142). Not created, the
 * section's user and password make nothing, as in a section switched off by {@code enabled}; created, the blank is
 * the missing password it was. {@code create} must be the last word of a key of three or more words: a word elsewhere
 * ({@code CREATE_ADMIN_USER=false}) or a two-word switch ({@code rbac.create=false}) does not switch a section off.
 */
class FortyThirdPassPrecisionCreateSwitchTests {

    @ParameterizedTest(name = "{0}={1} beside {2} -> reported {3}")
    @CsvSource({
            "etcd.auth.rbac.create, false, etcd.auth.rbac.password, false",
            "imagePullSecret.create, false, imagePullSecret.password, false",
            "etcd.auth.rbac.create, true, etcd.auth.rbac.password, true",
            "CREATE_ADMIN_USER, false, ADMIN_USER_PASSWORD, true",
            "rbac.create, false, rbac.password, true",
            "etcd.auth.rbac.create, false, JWT_SECRET, true"})
    void aBlankSecretShouldBeCleanOnlyInASectionItsOwnCreateSwitchTurnsOff(String switchKey, String switchValue,
            String secretKey, boolean reported) {
        FortyThirdPassBlankChecks.assertBlankReported(switchKey, switchValue, secretKey, reported);
    }
}
