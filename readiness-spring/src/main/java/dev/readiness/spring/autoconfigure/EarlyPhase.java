package dev.readiness.spring.autoconfigure;

import dev.readiness.GateResult;
import java.util.List;
import java.util.Set;

/**
 * What the early phase ran, handed to the late phase through a singleton registered when the bootstrap context
 * closes, so that the boot ends with one report.
 *
 * @param results the raw results (waivers not applied) of the gates run before the context existed
 * @param gateIds the ids of those gates
 * @param millis how long the early phase took
 */
record EarlyPhase(List<GateResult> results, Set<String> gateIds, double millis) {

    /** The name of the singleton holding it. */
    static final String BEAN_NAME = "dev.readiness.spring.autoconfigure.EarlyPhase";
}
