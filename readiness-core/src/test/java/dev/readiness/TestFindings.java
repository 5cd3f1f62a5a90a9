package dev.readiness;

/**
 * Test access to what only the policy may do: marking a finding waived, for renderer tests.
 */
public final class TestFindings {

    private TestFindings() {
    }

    /**
     * A waived copy of a finding.
     *
     * @param finding the finding
     * @return the waived copy
     */
    public static Finding waived(Finding finding) {
        return finding.asWaived();
    }
}
