package com.csracademy.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.progression.persistence.JourneyDocument;
import com.csracademy.progression.persistence.JourneyDocument.Transition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps a journey has been in, read from its decision history. */
class StepSpansTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Transition t(String at, StageId fromStage, String fromStep, StageId toStage, String toStep,
                                JourneyStatus status, LocalDate stepStartedOn) {
        return new Transition(Instant.parse(at), "trigger", fromStage, fromStep, JourneyStatus.ON_TRACK, toStage, toStep,
                status, stepStartedOn, "DECISION", "rule", Map.of(), "explanation", "system", null, null);
    }

    private static JourneyDocument journey(List<Transition> history) {
        Transition last = history.isEmpty() ? null : history.get(history.size() - 1);
        return new JourneyDocument("t", "csr-onboarding", Category.A,
                last == null ? StageId.CLASSROOM : last.toStage(), last == null ? "classroom" : last.toStep(),
                JourneyStatus.ON_TRACK, last == null ? START : last.stepStartedOn(), null, 0, 0, 0, 0, List.of(),
                history, List.of(), List.of(), 1L);
    }

    @Test
    void aNewJourneyIsInItsFirstStepSinceTheStart() {
        assertThat(Progression.spans(journey(List.of()), START))
                .containsExactly(new StepSpan(StageId.CLASSROOM, "classroom", START, null));
    }

    @Test
    void eachChangeOfStepEndsASpanOnTheDayTheNextStepStartedAndOtherDecisionsDoNotSplitIt() {
        List<Transition> history = new ArrayList<>();
        // a remedial result keeps the step
        history.add(t("2027-01-22T02:00:00Z", StageId.CLASSROOM, "classroom", StageId.CLASSROOM, "classroom",
                JourneyStatus.REMEDIAL, START));
        history.add(t("2027-01-25T02:00:00Z", StageId.CLASSROOM, "classroom", StageId.SHADOWING, "branch-shadowing",
                JourneyStatus.ON_TRACK, LocalDate.of(2027, 1, 25)));
        // recorded a day after the shadowing result it applies: the step's start is the result's day
        history.add(t("2027-02-10T02:00:00Z", StageId.SHADOWING, "branch-shadowing", StageId.MONITORING, "monitoring",
                JourneyStatus.ON_TRACK, LocalDate.of(2027, 2, 9)));
        history.add(t("2027-02-16T02:00:00Z", StageId.MONITORING, "monitoring", StageId.MONITORING, "monitoring",
                JourneyStatus.ON_TRACK, LocalDate.of(2027, 2, 9)));
        assertThat(Progression.spans(journey(history), START)).containsExactly(
                new StepSpan(StageId.CLASSROOM, "classroom", START, LocalDate.of(2027, 1, 25)),
                new StepSpan(StageId.SHADOWING, "branch-shadowing", LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 9)),
                new StepSpan(StageId.MONITORING, "monitoring", LocalDate.of(2027, 2, 9), null));
    }

    @Test
    void aStepEnteredAgainIsANewSpanAndATransitionRecordedWithoutTheDayUsesItsOwnDay() {
        List<Transition> history = new ArrayList<>();
        // recorded before transitions kept the step's start: the day of the transition (Beijing) stands in
        history.add(t("2027-03-01T17:00:00Z", StageId.MONITORING, "golive-full-day", StageId.GO_LIVE_ASSESSMENT,
                "golive-assessment", JourneyStatus.ON_TRACK, null));
        history.add(t("2027-03-08T02:00:00Z", StageId.GO_LIVE_ASSESSMENT, "golive-assessment", StageId.MONITORING,
                "golive-full-day", JourneyStatus.EXTENDED, LocalDate.of(2027, 3, 8)));
        assertThat(Progression.spans(journey(history), START)).containsExactly(
                new StepSpan(StageId.MONITORING, "golive-full-day", START, LocalDate.of(2027, 3, 2)),
                new StepSpan(StageId.GO_LIVE_ASSESSMENT, "golive-assessment", LocalDate.of(2027, 3, 2),
                        LocalDate.of(2027, 3, 8)),
                new StepSpan(StageId.MONITORING, "golive-full-day", LocalDate.of(2027, 3, 8), null));
    }

    @Test
    void bothEndsOfASpanBelongToItAndTheCurrentStepRunsToToday() {
        StepSpan past = new StepSpan(StageId.MONITORING, "monitoring", LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 16));
        LocalDate today = LocalDate.of(2027, 3, 1);
        assertThat(past.contains(LocalDate.of(2027, 2, 9), today)).isTrue();
        assertThat(past.contains(LocalDate.of(2027, 2, 16), today)).isTrue();
        assertThat(past.contains(LocalDate.of(2027, 2, 8), today)).isFalse();
        assertThat(past.contains(LocalDate.of(2027, 2, 17), today)).isFalse();
        StepSpan current = new StepSpan(StageId.MONITORING, "drills", LocalDate.of(2027, 2, 16), null);
        assertThat(current.contains(today, today)).isTrue();
        assertThat(current.contains(today.plusDays(1), today)).isFalse();
    }
}
