package com.csracademy.fuzz;

/** Shared settings of the fuzz tests (docs/security.md, "Fuzzing"). */
final class FuzzSettings {

    /**
     * How long each target fuzzes when {@code JAZZER_FUZZ=1} (the {@code fuzz} surefire execution in CI). For a
     * longer run raise it locally (e.g. {@code "1h"}): the annotation's limit cannot be overridden from the command
     * line (docs/security.md, "Fuzzing").
     */
    static final String CI_DURATION = "5s";

    private FuzzSettings() {
    }
}
