package com.csracademy.program;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The training program: four stages of steps, the thresholds that route trainees, the remedial window,
 * the extension and the daily quotas. Loaded from {@code content/program/*.yaml}.
 */
public record ProgramDefinition(
        @NotBlank @Pattern(regexp = "[a-z0-9-]+") String id,
        @Min(1) int version,
        @NotBlank String name,
        @NotEmpty List<@NotNull KnowledgeArea> knowledgeAreas,
        @NotNull @Valid Thresholds thresholds,
        @NotNull @Valid Remedial remedial,
        @NotNull @Valid Extension extension,
        @NotNull @Valid Quotas quotas,
        @NotEmpty List<@NotNull @Valid Stage> stages) {

    public ProgramDefinition {
        knowledgeAreas = knowledgeAreas == null ? null : List.copyOf(knowledgeAreas);
        stages = stages == null ? null : List.copyOf(stages);
    }

    @AssertTrue(message = "must list the four stages CLASSROOM, SHADOWING, MONITORING, GO_LIVE_ASSESSMENT once each, in this order")
    boolean isStagesInOrder() {
        return stages == null || stages.stream().map(Stage::id).toList().equals(List.of(StageId.values()));
    }

    @AssertTrue(message = "step ids must be unique across the program")
    boolean isStepIdsUnique() {
        if (stages == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        return stages.stream().filter(s -> s.steps() != null).flatMap(s -> s.steps().stream())
                .filter(step -> step != null && step.id() != null).allMatch(step -> seen.add(step.id()));
    }

    public Stage stage(StageId id) {
        return stages.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No stage " + id));
    }

    public Optional<Step> step(String stepId) {
        return stages.stream().flatMap(s -> s.steps().stream()).filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The four stages, in their fixed order. */
    public enum StageId { CLASSROOM, SHADOWING, MONITORING, GO_LIVE_ASSESSMENT }

    /** The four assessed knowledge areas of stage 1. */
    public enum KnowledgeArea { SECURITIES_BASICS, SYSTEMS, SERVICE_NORMS, SERVICE_SKILLS }

    /** Trainee categories: A without securities experience, B with. */
    public enum Category { A, B }

    /** Whether a step's days are counted on the working calendar or the exchange's trading calendar. */
    public enum DayKind { WORKING, TRADING }

    /**
     * @param knowledgePass the knowledge average at or above which a trainee continues (inclusive)
     * @param goLivePass    the go-live QA score at or above which a trainee is certified (inclusive)
     * @param shadowingPass an optional pass mark for the shadowing stage; none by default
     */
    public record Thresholds(
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal knowledgePass,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal goLivePass,
            @DecimalMin("0") @DecimalMax("100") BigDecimal shadowingPass) {
    }

    /**
     * @param windowWorkingDays make-up exam due within this many working days of the result
     * @param maxMakeUps        make-up exams before the department head must decide
     */
    public record Remedial(@Min(1) @Max(30) int windowWorkingDays, @Min(1) @Max(5) int maxMakeUps) {
    }

    /**
     * @param workingDays   how long monitoring is extended after a go-live score below the pass mark
     * @param maxExtensions extensions before the department head must decide
     */
    public record Extension(@Min(1) @Max(60) int workingDays, @Min(1) @Max(5) int maxExtensions) {
    }

    /**
     * @param recordingAnalysesPerMonitoringDay post-call analyses of others' recordings per monitoring day
     * @param typicalCallsPerTradingDay         own typical calls analysed per trading day (trading-hours step)
     * @param mentorMonitoredShareAbove         the mentor must monitor strictly more than this share of calls
     * @param goLiveSampledCallsPerDay          calls QA samples per day of the go-live week
     */
    public record Quotas(
            @Min(1) @Max(100) int recordingAnalysesPerMonitoringDay,
            @Min(1) @Max(100) int typicalCallsPerTradingDay,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal mentorMonitoredShareAbove,
            @Min(1) @Max(50) int goLiveSampledCallsPerDay) {
    }

    /** A stage and its steps, in order. */
    public record Stage(@NotNull StageId id, @NotBlank String name, @NotEmpty List<@NotNull @Valid Step> steps) {
        public Stage {
            steps = steps == null ? null : List.copyOf(steps);
        }
    }

    /**
     * A step of a stage.
     *
     * @param durationDays how many days (working or trading, per {@code dayKind}) the step lasts
     * @param categories   the trainee categories that take the step (drills are for category A only)
     */
    public record Step(
            @NotBlank @Pattern(regexp = "[a-z0-9-]+") String id,
            @NotBlank String name,
            @Min(1) @Max(120) int durationDays,
            @NotNull DayKind dayKind,
            @NotEmpty Set<@NotNull Category> categories) {
        public Step {
            categories = categories == null ? null : Set.copyOf(categories);
        }

        public boolean appliesTo(Category category) {
            return categories.contains(category);
        }
    }
}
