package com.csracademy.quiz.domain.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item analysis of one exam's attempts: exam-level mean, standard deviations and KR-20, and per
 * question the facility index, the discrimination index (upper minus lower 27%), distractor counts and flags.
 *
 * <p>Arithmetic is BigDecimal throughout. Sums and products are exact, divisions and square roots use
 * {@link MathContext#DECIMAL64} (16 significant digits), and results are rounded to 4 decimals, half up, only at
 * the end, so that a figure computed by hand matches to the last printed digit.
 *
 * <p>Attempts are ranked by total score, highest first; equal totals are ordered by attempt id (plain
 * {@link String} order) so that who lands in a group at a tie is reproducible. The total includes the question's
 * own score, which is the customary, uncorrected form of the index.
 */
public final class ItemAnalysis {

    /** Package-wide so that every division rounds the same way. */
    static final MathContext MATH = MathContext.DECIMAL64;

    private static final int OUTPUT_SCALE = 4;
    /** Kelley's 27%: the split that maximises the difference between groups while keeping them large enough. */
    private static final BigDecimal GROUP_FRACTION = new BigDecimal("0.27");
    private static final BigDecimal EASY_ABOVE = new BigDecimal("0.9");
    private static final BigDecimal HARD_BELOW = new BigDecimal("0.2");
    private static final BigDecimal LOW_DISCRIMINATION_BELOW = new BigDecimal("0.2");

    /** compareTo rather than equals, so 2.0 and 2.00 points count as a tie. */
    private static final Comparator<AttemptResult> BEST_FIRST = Comparator
            .comparing(AttemptResult::totalScore, Comparator.reverseOrder())
            .thenComparing(AttemptResult::attemptId);

    private ItemAnalysis() {
    }

    /**
     * Analyses the attempts of one exam.
     *
     * @param attempts every attempt, each with a distinct id; may be empty
     * @throws IllegalArgumentException if two attempts share an id
     */
    public static ExamStatistics analyse(List<AttemptResult> attempts) {
        List<AttemptResult> all = List.copyOf(attempts);
        requireDistinctIds(all);

        int count = all.size();
        List<BigDecimal> totals = all.stream().map(AttemptResult::totalScore).toList();
        BigDecimal mean = null;
        BigDecimal populationSd = null;
        BigDecimal sampleSd = null;
        if (count > 0) {
            BigDecimal n = BigDecimal.valueOf(count);
            mean = round(sum(totals).divide(n, MATH));
            // N·Σ(x − mean)², exact; N² times the population variance, N·(N − 1) times the sample variance
            BigDecimal scaledSquares = squaredDeviationsTimesN(totals);
            populationSd = round(scaledSquares.divide(n.multiply(n), MATH).sqrt(MATH));
            if (count > 1) {
                sampleSd = round(scaledSquares.divide(n.multiply(n.subtract(BigDecimal.ONE)), MATH).sqrt(MATH));
            }
        }
        return new ExamStatistics(count, mean, populationSd, sampleSd, kr20(all), questions(all));
    }

    /**
     * ceil(0.27 · n), at least 1. Computed in decimal, because 0.27 · 900 in double is 243.00000000000003, whose
     * ceiling is 244.
     */
    static int groupSize(int n) {
        int size = GROUP_FRACTION.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(1, size);
    }

    private static void requireDistinctIds(List<AttemptResult> attempts) {
        // ids break ranking ties and name group members, so a duplicate would make both ambiguous
        var ids = new HashSet<String>();
        for (AttemptResult attempt : attempts) {
            if (!ids.add(attempt.attemptId())) {
                throw new IllegalArgumentException("attempt id " + attempt.attemptId() + " appears more than once");
            }
        }
    }

    // ---- exam level -------------------------------------------------------------------------------------------

    private static Kr20 kr20(List<AttemptResult> attempts) {
        if (attempts.isEmpty()) {
            return Kr20.noAttempts();
        }
        // KR-20 needs one fixed item set; random draws give attempts different sets, so take the commonest.
        // LinkedHashMap plus a strict ">" below: among equally common sets the first one in the input wins.
        Map<Set<String>, List<AttemptResult>> bySet = new LinkedHashMap<>();
        for (AttemptResult attempt : attempts) {
            Set<String> ids = new HashSet<>();
            attempt.items().forEach(item -> ids.add(item.questionId()));
            bySet.computeIfAbsent(ids, key -> new ArrayList<>()).add(attempt);
        }
        List<AttemptResult> used = List.of();
        for (List<AttemptResult> group : bySet.values()) {
            if (group.size() > used.size()) {
                used = group;
            }
        }
        List<String> itemIds = used.get(0).items().stream().map(ItemResponse::questionId).toList();
        int k = itemIds.size();

        Map<String, Integer> fullMarks = new HashMap<>();
        List<BigDecimal> totals = new ArrayList<>();
        for (AttemptResult attempt : used) {
            int total = 0;
            for (ItemResponse item : attempt.items()) {
                if (item.fullMarks()) {
                    total++;
                    fullMarks.merge(item.questionId(), 1, Integer::sum);
                }
            }
            totals.add(BigDecimal.valueOf(total));
        }

        // With c_i attempts right on item i out of N: p_i·q_i = c_i·(N − c_i) / N² and σ² = (N·ΣX² − (ΣX)²) / N².
        // Keeping the numerators a and b as exact integers leaves a single division in the coefficient:
        // KR-20 = k/(k−1) · (1 − a/b) = k·(b − a) / ((k − 1)·b).
        BigDecimal n = BigDecimal.valueOf(used.size());
        BigDecimal a = BigDecimal.ZERO;
        for (String itemId : itemIds) {
            BigDecimal c = BigDecimal.valueOf(fullMarks.getOrDefault(itemId, 0));
            a = a.add(c.multiply(n.subtract(c)));
        }
        BigDecimal b = squaredDeviationsTimesN(totals);
        BigDecimal nSquared = n.multiply(n);
        BigDecimal variance = round(b.divide(nSquared, MATH));
        BigDecimal sumPq = round(a.divide(nSquared, MATH));

        Kr20.Reason reason = null;
        if (used.size() < 2) {
            reason = Kr20.Reason.TOO_FEW_ATTEMPTS;
        } else if (k < 2) {
            reason = Kr20.Reason.TOO_FEW_ITEMS;
        } else if (b.signum() == 0) {
            reason = Kr20.Reason.NO_VARIANCE;
        }
        if (reason != null) {
            return new Kr20(null, reason, itemIds, used.size(), variance, sumPq);
        }
        BigDecimal bigK = BigDecimal.valueOf(k);
        BigDecimal value = bigK.multiply(b.subtract(a))
                .divide(bigK.subtract(BigDecimal.ONE).multiply(b), MATH);
        return new Kr20(round(value), null, itemIds, used.size(), variance, sumPq);
    }

    // ---- question level ---------------------------------------------------------------------------------------

    /** One question as answered in one attempt, kept together so the attempt's total can rank the response. */
    private record Answer(AttemptResult attempt, ItemResponse response) {
    }

    private static List<QuestionStatistics> questions(List<AttemptResult> attempts) {
        // first appearance order, which for a fixed exam is the exam's own order
        Map<String, List<Answer>> byQuestion = new LinkedHashMap<>();
        for (AttemptResult attempt : attempts) {
            for (ItemResponse item : attempt.items()) {
                byQuestion.computeIfAbsent(item.questionId(), key -> new ArrayList<>())
                        .add(new Answer(attempt, item));
            }
        }
        return byQuestion.entrySet().stream().map(entry -> question(entry.getKey(), entry.getValue())).toList();
    }

    private static QuestionStatistics question(String questionId, List<Answer> answers) {
        // ranked among the attempts containing this question only, so random draws do not skew the groups
        List<Answer> ranked = answers.stream().sorted(Comparator.comparing(Answer::attempt, BEST_FIRST)).toList();
        int n = ranked.size();
        int g = groupSize(n);
        // head and tail of one ranking, so the groups never share an attempt unless n is 1
        List<Answer> upper = ranked.subList(0, g);
        List<Answer> lower = ranked.subList(n - g, n);

        BigDecimal facility = round(sumOfFractions(ranked).divide(BigDecimal.valueOf(n), MATH));
        // p_upper − p_lower with a common denominator g: one division instead of two
        BigDecimal discrimination = round(sumOfFractions(upper).subtract(sumOfFractions(lower))
                .divide(BigDecimal.valueOf(g), MATH));

        return new QuestionStatistics(questionId, n, facility, discrimination, attemptIds(upper), attemptIds(lower),
                optionCounts(ranked, upper, lower), flags(n, facility, discrimination));
    }

    private static List<OptionCount> optionCounts(List<Answer> all, List<Answer> upper, List<Answer> lower) {
        // the largest count seen, so that a question edited between attempts still gets a slot for every pick
        int options = all.stream().mapToInt(answer -> answer.response().optionCount()).max().orElse(0);
        int[] chosen = countPicks(all, options);
        int[] byUpper = countPicks(upper, options);
        int[] byLower = countPicks(lower, options);
        List<OptionCount> counts = new ArrayList<>(options);
        for (int option = 0; option < options; option++) {
            counts.add(new OptionCount(option, chosen[option], byUpper[option], byLower[option]));
        }
        return counts;
    }

    private static int[] countPicks(List<Answer> answers, int options) {
        int[] counts = new int[options];
        // every index of a multiple-answer response counts: the question is how attractive each option is
        answers.forEach(answer -> answer.response().chosenOptions().forEach(option -> counts[option]++));
        return counts;
    }

    private static List<ItemFlag> flags(int n, BigDecimal facility, BigDecimal discrimination) {
        if (n < QuestionStatistics.MIN_RESPONSES_FOR_FLAGS) {
            return List.of(ItemFlag.TOO_FEW_RESPONSES);
        }
        // judged on the rounded figures that are published, so a row never shows 0.9000 next to EASY
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (facility.compareTo(EASY_ABOVE) > 0) {
            flags.add(ItemFlag.EASY);
        }
        if (facility.compareTo(HARD_BELOW) < 0) {
            flags.add(ItemFlag.HARD);
        }
        if (discrimination.compareTo(LOW_DISCRIMINATION_BELOW) < 0) {
            flags.add(ItemFlag.LOW_DISCRIMINATION);
        }
        if (discrimination.signum() < 0) {
            flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
        }
        return List.copyOf(flags);
    }

    private static List<String> attemptIds(List<Answer> answers) {
        return answers.stream().map(answer -> answer.attempt().attemptId()).toList();
    }

    // ---- arithmetic -------------------------------------------------------------------------------------------

    private static BigDecimal sumOfFractions(List<Answer> answers) {
        return sum(answers.stream().map(answer -> answer.response().fraction()).toList());
    }

    /** Exact: BigDecimal addition without a MathContext never rounds. */
    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * N·Σx² − (Σx)², which is N² times the population variance. In floating point this one-pass form cancels
     * catastrophically; here both terms are exact, so it is exact and leaves the variance one division away.
     */
    private static BigDecimal squaredDeviationsTimesN(List<BigDecimal> values) {
        BigDecimal sum = sum(values);
        BigDecimal sumOfSquares = sum(values.stream().map(value -> value.multiply(value)).toList());
        return BigDecimal.valueOf(values.size()).multiply(sumOfSquares).subtract(sum.multiply(sum));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(OUTPUT_SCALE, RoundingMode.HALF_UP);
    }
}
