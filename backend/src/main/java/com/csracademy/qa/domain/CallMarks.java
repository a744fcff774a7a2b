package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.csracademy.qa.domain.Scorecard.Rating;

/**
 * What a QA specialist marks on one call: a rating per knowledge criterion (section id → ratings in the
 * card's order), the terminology outcome, and the service deductions. Anything below full marks needs a reason.
 */
public record CallMarks(Map<String, List<CriterionMark>> knowledge, TerminologyMark terminology,
                        List<Deduction> service) {

    public record CriterionMark(Rating rating, String reason) {
    }

    /** Whether the answer needed a look-up or a call-back, how many answers were wrong, and why. */
    public record TerminologyMark(boolean lookedUp, int wrongAnswers, String reason) {
    }

    public record Deduction(String item, BigDecimal points, String reason) {
    }
}
