package com.csracademy.monitoring.domain;

import java.time.LocalDate;
import java.util.List;

import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.progression.StepSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which steps ask for which form, and the message when a day lies outside them. */
class FormStepPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 26);
    private static final List<StepSpan> SPANS = List.of(
            new StepSpan(StageId.SHADOWING, "branch-shadowing", LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 8)),
            new StepSpan(StageId.MONITORING, "monitoring", LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 15)),
            new StepSpan(StageId.MONITORING, "drills", LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 18)),
            new StepSpan(StageId.MONITORING, "golive-non-trading", LocalDate.of(2027, 2, 18), LocalDate.of(2027, 2, 23)),
            new StepSpan(StageId.MONITORING, "golive-trading", LocalDate.of(2027, 2, 23), null));

    @Test
    void monitoringOthersCallsGoesOnThroughTheDrillsAndTheNonTradingStepOwnCallsOnlyInTheTradingStep() {
        assertThat(FormStepPolicy.steps("live-monitoring", null))
                .containsExactly("monitoring", "drills", "golive-non-trading");
        assertThat(FormStepPolicy.steps("post-call-analysis", "OTHERS_RECORDING"))
                .containsExactly("monitoring", "drills", "golive-non-trading");
        assertThat(FormStepPolicy.steps("post-call-analysis", "OWN_TYPICAL_CALL")).containsExactly("golive-trading");
        assertThat(FormStepPolicy.steps("post-call-analysis", null))
                .containsExactly("monitoring", "drills", "golive-non-trading", "golive-trading");
        assertThat(FormStepPolicy.steps("branch-shadowing-evaluation", null)).isEmpty();
    }

    @Test
    void aDayInAnyStepThatAsksForTheFormIsAccepted() {
        var others = FormStepPolicy.steps("post-call-analysis", "OTHERS_RECORDING");
        assertThat(FormStepPolicy.refusal(LocalDate.of(2027, 2, 8), TODAY, SPANS, others)).isEmpty();
        assertThat(FormStepPolicy.refusal(LocalDate.of(2027, 2, 23), TODAY, SPANS, others)).isEmpty();
        var own = FormStepPolicy.steps("post-call-analysis", "OWN_TYPICAL_CALL");
        assertThat(FormStepPolicy.refusal(TODAY, TODAY, SPANS, own)).isEmpty();
    }

    @Test
    void aDayOutsideNamesTheStepsAndTheirDates() {
        assertThat(FormStepPolicy.refusal(LocalDate.of(2027, 2, 5), TODAY, SPANS,
                FormStepPolicy.steps("live-monitoring", null))).contains("2027-02-05 is outside the steps "
                + "'monitoring' (2027-02-08 – 2027-02-15), 'drills' (2027-02-15 – 2027-02-18), "
                + "'golive-non-trading' (2027-02-18 – 2027-02-23)");
        assertThat(FormStepPolicy.refusal(LocalDate.of(2027, 2, 22), TODAY, SPANS,
                FormStepPolicy.steps("post-call-analysis", "OWN_TYPICAL_CALL")))
                .contains("2027-02-22 is outside the step 'golive-trading' (2027-02-23 – today)");
        assertThat(FormStepPolicy.refusal(LocalDate.of(2027, 2, 1), TODAY, SPANS.subList(0, 2),
                FormStepPolicy.steps("post-call-analysis", "OWN_TYPICAL_CALL")))
                .contains("2027-02-01 is outside the steps that ask for this form: the trainee has not been in "
                        + "'golive-trading' yet");
    }
}
