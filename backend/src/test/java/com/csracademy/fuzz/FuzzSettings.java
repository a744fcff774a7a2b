package com.csracademy.fuzz;

/** Shared settings of the fuzz tests (docs/security.md, "Fuzzing"). */
final class FuzzSettings {

    /**
     * How long each target fuzzes when {@code JAZZER_FUZZ=1} (the {@code fuzz} surefire execution in CI). A longer
     * run overrides it with {@code -Djazzer.internal.arg.0=-max_total_time=SECONDS}.
     */
    static final String CI_DURATION = "5s";

    private FuzzSettings() {
    }
}
