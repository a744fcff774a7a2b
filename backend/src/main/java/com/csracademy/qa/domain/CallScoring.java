package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.csracademy.qa.domain.CallMarks.CriterionMark;
import com.csracademy.qa.domain.CallMarks.Deduction;
import com.csracademy.qa.domain.CallMarks.TerminologyMark;
import com.csracademy.qa.domain.Scorecard.Item;
import com.csracademy.qa.domain.Scorecard.Rating;
import com.csracademy.qa.domain.Scorecard.Section;

/**
 * Scores one call against a scorecard. Knowledge is the sum of the criteria's rating points plus terminology
 * (which may go negative); service is its maximum minus the deductions. A half at or below zero makes a
 * zero-score call; in the total a negative half counts as 0. The total (out of the card's maximum, 50) is
 * normalised to 100.
 */
public final class CallScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CallScoring() {
    }

    /**
     * The call's score.
     *
     * @param knowledgeCap the most knowledge may count ({@code null}: no cap); a replacement call is capped at 15
     */
    public static CallScore score(Scorecard card, CallMarks marks, BigDecimal knowledgeCap) {
        if (marks == null || marks.knowledge() == null || marks.terminology() == null) {
            throw new ScoringException("marks", "knowledge ratings and the terminology outcome are required");
        }
        BigDecimal knowledge = knowledge(card, marks.knowledge(), marks.terminology());
        if (knowledgeCap != null && knowledge.compareTo(knowledgeCap) > 0) {
            knowledge = knowledgeCap;
        }
        BigDecimal service = card.service().max().subtract(deductions(card, marks.service()));
        boolean zero = knowledge.signum() <= 0 || service.signum() <= 0;
        BigDecimal total = knowledge.max(BigDecimal.ZERO).add(service.max(BigDecimal.ZERO));
        BigDecimal normalised = total.multiply(HUNDRED).divide(card.max(), 10, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return new CallScore(knowledge, service, total, normalised, zero);
    }

    /** The halves, the total out of the card's maximum, the total out of 100, and whether it is a zero-score call. */
    public record CallScore(BigDecimal knowledge, BigDecimal service, BigDecimal total, BigDecimal normalised,
                            boolean zero) {
    }

    private static BigDecimal knowledge(Scorecard card, Map<String, List<CriterionMark>> ratings,
                                        TerminologyMark terminology) {
        Map<Rating, Integer> points = card.knowledge().ratingPoints();
        long sum = 0;
        for (Section section : card.knowledge().sections()) {
            List<CriterionMark> marks = ratings.get(section.id());
            if (marks == null || marks.size() != section.criteria().size()) {
                throw new ScoringException("knowledge." + section.id(), "needs a rating for each of its "
                        + section.criteria().size() + " criteria");
            }
            for (int i = 0; i < marks.size(); i++) {
                CriterionMark mark = marks.get(i);
                String field = "knowledge." + section.id() + "[" + i + "]";
                if (mark == null || mark.rating() == null) {
                    throw new ScoringException(field, "needs a rating (GOOD, MEDIUM or POOR)");
                }
                if (mark.rating() != Rating.GOOD && blank(mark.reason())) {
                    throw new ScoringException(field, "a deduction needs a reason");
                }
                sum += points.get(mark.rating());
            }
        }
        for (String section : ratings.keySet()) {
            if (card.knowledge().sections().stream().noneMatch(s -> s.id().equals(section))) {
                throw new ScoringException("knowledge." + section, "is not a section of scorecard " + card.id());
            }
        }
        Scorecard.Terminology rule = card.knowledge().terminology();
        if (terminology.wrongAnswers() < 0) {
            throw new ScoringException("terminology.wrongAnswers", "must not be negative");
        }
        long term = terminologyPoints(rule, terminology);
        if (term < rule.max() && blank(terminology.reason())) {
            throw new ScoringException("terminology.reason", "a deduction needs a reason");
        }
        return BigDecimal.valueOf(sum + term);
    }

    private static long terminologyPoints(Scorecard.Terminology rule, TerminologyMark mark) {
        return (mark.lookedUp() ? rule.maxIfLookedUp() : rule.max()) - (long) mark.wrongAnswers() * rule.perWrongAnswer();
    }

    /**
     * The points each item of the card earned, in the card's order, for comparing markings of the same call:
     * {@code knowledge:<section>:<n>} (n from 1) the criterion's rating points, {@code knowledge:terminology},
     * and {@code service:<item>} the item's weight minus its deduction. The marks must have passed
     * {@link #score}.
     */
    public static Map<String, BigDecimal> itemPoints(Scorecard card, CallMarks marks) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<Rating, Integer> ratingPoints = card.knowledge().ratingPoints();
        for (Section section : card.knowledge().sections()) {
            List<CriterionMark> list = marks.knowledge().get(section.id());
            for (int i = 0; i < list.size(); i++) {
                points.put("knowledge:" + section.id() + ":" + (i + 1),
                        BigDecimal.valueOf(ratingPoints.get(list.get(i).rating())));
            }
        }
        points.put("knowledge:terminology",
                BigDecimal.valueOf(terminologyPoints(card.knowledge().terminology(), marks.terminology())));
        List<Deduction> deductions = marks.service() == null ? List.of() : marks.service();
        for (Item item : card.service().items()) {
            BigDecimal deducted = deductions.stream().filter(d -> d.item().equals(item.id())).map(Deduction::points)
                    .findFirst().orElse(BigDecimal.ZERO);
            points.put("service:" + item.id(), item.weight().subtract(deducted));
        }
        return points;
    }

    private static BigDecimal deductions(Scorecard card, List<Deduction> deductions) {
        BigDecimal total = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        List<Deduction> list = deductions == null ? List.of() : deductions;
        for (int i = 0; i < list.size(); i++) {
            Deduction d = list.get(i);
            String field = "service[" + i + "]";
            Item item = d == null ? null : card.service().items().stream().filter(it -> it.id().equals(d.item()))
                    .findFirst().orElse(null);
            if (item == null) {
                throw new ScoringException(field + ".item", "is not an item of scorecard " + card.id());
            }
            if (!seen.add(item.id())) {
                throw new ScoringException(field + ".item", "item '" + item.id() + "' is deducted twice");
            }
            if (d.points() == null || d.points().signum() <= 0 || d.points().compareTo(item.deductionLimit()) > 0) {
                throw new ScoringException(field + ".points", "must be more than 0 and at most "
                        + item.deductionLimit().toPlainString() + " for " + item.name());
            }
            if (blank(d.reason())) {
                throw new ScoringException(field + ".reason", "a deduction needs a reason");
            }
            total = total.add(d.points());
        }
        return total.min(card.service().max());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
