package com.csracademy.quiz;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * An exam: how many questions to draw from each area's bank, the time limit the server enforces, and
 * when the trainee sees feedback. Loaded from {@code content/exams/*.yaml}.
 */
public record ExamDefinition(
        @NotBlank @Pattern(regexp = "[a-z0-9-]+") String id,
        @NotBlank String title,
        @NotNull Purpose purpose,
        @Min(1) @Max(480) int timeLimitMinutes,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        @NotNull FeedbackPolicy feedback,
        @NotEmpty List<@NotNull @Valid AreaDraw> areas) {

    public ExamDefinition {
        areas = areas == null ? null : List.copyOf(areas);
    }

    /** What an exam counts for. */
    public enum Purpose {
        /** The stage-1 assessment (and its make-ups): recorded and published to progression. */
        KNOWLEDGE,
        /** Practice: graded, never recorded as an assessment. */
        PRACTICE
    }

    /** When the trainee sees per-question correctness and feedback. */
    public enum FeedbackPolicy { AFTER_SUBMIT, NEVER }

    /**
     * @param area      the assessed area whose bank the questions come from
     * @param questions how many questions to draw
     */
    public record AreaDraw(@NotNull KnowledgeArea area, @Min(1) @Max(200) int questions) {
    }
}
