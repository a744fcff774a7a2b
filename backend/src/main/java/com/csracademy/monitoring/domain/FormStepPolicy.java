package com.csracademy.monitoring.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.csracademy.progression.StepSpan;

/**
 * Which stage-3 steps ask for a form, and whether a form's day lies in one of them (seed 000 §四(三)4).
 * Monitoring others' calls — live (在线话务监听表) and from recordings (事后话务分析表 of others' recordings) — is
 * the work of the {@code monitoring} step, goes on in the {@code drills} step for the groups not drilling
 * (未参与演练小组继续监听话务) and in the non-trading go-live step during trading hours (交易时间继续监听其它客服代表话务).
 * The analysis of the trainee's own typical calls belongs to the trading-hours go-live step only. A post-call
 * analysis whose source is not chosen yet (a draft) may be for either.
 */
public final class FormStepPolicy {

    public static final String LIVE_MONITORING = "live-monitoring";
    public static final String POST_CALL = "post-call-analysis";
    public static final String OWN_TYPICAL_CALL = "OWN_TYPICAL_CALL";
    public static final String OTHERS_RECORDING = "OTHERS_RECORDING";

    static final Set<String> MONITORING_STEPS = orderedSet(QuotaPolicy.MONITORING_STEP, "drills", "golive-non-trading");
    static final Set<String> OWN_CALL_STEPS = orderedSet(QuotaPolicy.TRADING_STEP);

    private FormStepPolicy() {
    }

    /** The steps that ask for the form; empty for a form this policy does not know (it is refused elsewhere). */
    public static Set<String> steps(String definitionId, Object source) {
        if (LIVE_MONITORING.equals(definitionId)) {
            return MONITORING_STEPS;
        }
        if (!POST_CALL.equals(definitionId)) {
            return Set.of();
        }
        if (OTHERS_RECORDING.equals(source)) {
            return MONITORING_STEPS;
        }
        if (OWN_TYPICAL_CALL.equals(source)) {
            return OWN_CALL_STEPS;
        }
        Set<String> either = new LinkedHashSet<>(MONITORING_STEPS);
        either.addAll(OWN_CALL_STEPS);
        return either;
    }

    /**
     * Why the day is refused, or empty if it lies in a span of one of the steps (from the step's first day to
     * the next step's first day, or today for the current step).
     */
    public static Optional<String> refusal(LocalDate day, LocalDate today, List<StepSpan> spans, Set<String> steps) {
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        List<StepSpan> asking = spans.stream().filter(s -> steps.contains(s.stepId())).toList();
        if (asking.stream().anyMatch(s -> s.contains(day, today))) {
            return Optional.empty();
        }
        if (asking.isEmpty()) {
            return Optional.of(day + " is outside the steps that ask for this form: the trainee has not been in "
                    + steps.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + " yet");
        }
        String ranges = asking.stream().map(s -> "'" + s.stepId() + "' (" + s.from() + " – "
                + (s.until() == null ? "today" : s.until().toString()) + ")").collect(Collectors.joining(", "));
        return Optional.of(day + " is outside the step" + (asking.size() == 1 ? " " : "s ") + ranges);
    }

    private static Set<String> orderedSet(String... steps) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(steps)));
    }
}
