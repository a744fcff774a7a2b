package com.csracademy.quiz.domain.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * KR-20 (Kuder–Richardson formula 20) reliability of the exam, with the figures that went into it so that a
 * reader can check it: KR-20 = k / (k − 1) · (1 − Σ p·q / σ²).
 *
 * <p>KR-20 assumes every attempt answered the same k items. With random draws attempts differ, so it is computed
 * over the most common item set only (ties go to the set that appears first in the input), and
 * {@link #attemptsUsed()} says how many attempts that was. Items are dichotomised: full marks count 1, anything
 * less (partial credit included) counts 0.
 *
 * @param value              the coefficient, rounded to 4 decimals; {@code null} exactly when {@code reason} is
 *                           set. It can be negative when items hardly correlate
 * @param reason             why there is no value, or {@code null} when there is one
 * @param itemIds            the item set used, in the order of the first attempt that had it; empty when there
 *                           are no attempts
 * @param attemptsUsed       attempts whose item set is exactly {@code itemIds}
 * @param totalVariance      σ², the population variance (divided by N, matching p·q, which are population
 *                           variances of the items) of the dichotomous totals, rounded to 4 decimals;
 *                           {@code null} when there are no attempts
 * @param sumOfItemVariances Σ p·q over the items, rounded to 4 decimals; {@code null} when there are no attempts
 */
public record Kr20(BigDecimal value, Reason reason, List<String> itemIds, int attemptsUsed, BigDecimal totalVariance,
                   BigDecimal sumOfItemVariances) {

    /** Why KR-20 could not be computed. */
    public enum Reason {
        NO_ATTEMPTS("there are no attempts"),
        TOO_FEW_ATTEMPTS("fewer than 2 attempts share the same item set"),
        TOO_FEW_ITEMS("fewer than 2 items: k / (k - 1) is undefined"),
        NO_VARIANCE("every attempt has the same number of fully correct items, so the total variance is 0");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** An English sentence for reports. */
        public String description() {
            return description;
        }
    }

    public Kr20 {
        itemIds = List.copyOf(itemIds);
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("exactly one of value and reason must be set");
        }
        if (attemptsUsed < 0) {
            throw new IllegalArgumentException("attemptsUsed must not be negative");
        }
        if ((attemptsUsed == 0) != (totalVariance == null) || (attemptsUsed == 0) != (sumOfItemVariances == null)) {
            throw new IllegalArgumentException("the variances are set exactly when some attempt was used");
        }
    }

    static Kr20 noAttempts() {
        return new Kr20(null, Reason.NO_ATTEMPTS, List.of(), 0, null, null);
    }

    /** k, the number of items in the set used. */
    public int itemCount() {
        return itemIds.size();
    }

    public boolean isAvailable() {
        return value != null;
    }
}
