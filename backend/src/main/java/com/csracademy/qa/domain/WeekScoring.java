package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The zero-score rule and the week's score (seed 001 §4): a zero-score call is kept but does not count and
 * another call is sampled in its place, whose knowledge is capped at 15; if the replacement also scores zero
 * it counts, as 0. A replacement whose original is no longer a zero-score call (after an appeal) is kept but
 * does not count. The week's score is the exact mean of the counted calls (out of 100).
 */
public final class WeekScoring {

    /** A replacement call's knowledge counts at most this much. */
    public static final BigDecimal REPLACEMENT_KNOWLEDGE_CAP = BigDecimal.valueOf(15);

    private WeekScoring() {
    }

    /** A scored call as the week sees it; {@code replaces} names the zero-score call it stands in for. */
    public record Call(String id, BigDecimal normalised, boolean zero, String replaces) {
    }

    /**
     * The counted calls, the zero-score calls still waiting for their replacement, and the mean ({@code null}
     * when nothing counts).
     */
    public record Week(List<String> counted, List<String> awaitingReplacement, BigDecimal mean) {

        public boolean complete() {
            return awaitingReplacement.isEmpty() && !counted.isEmpty();
        }
    }

    public static Week of(List<Call> calls) {
        Map<String, Call> replacementOf = new HashMap<>();
        Map<String, Call> byId = new HashMap<>();
        for (Call c : calls) {
            byId.put(c.id(), c);
            if (c.replaces() != null) {
                replacementOf.put(c.replaces(), c);
            }
        }
        List<String> counted = new ArrayList<>();
        List<String> awaiting = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Call c : calls) {
            if (c.replaces() != null) {
                Call original = byId.get(c.replaces());
                if (original != null && !original.zero()) {
                    continue;
                }
                BigDecimal value = c.zero() ? BigDecimal.ZERO : c.normalised();
                counted.add(c.id());
                sum = sum.add(value);
            } else if (c.zero()) {
                if (!replacementOf.containsKey(c.id())) {
                    awaiting.add(c.id());
                }
            } else {
                counted.add(c.id());
                sum = sum.add(c.normalised());
            }
        }
        BigDecimal mean = counted.isEmpty() ? null
                : sum.divide(BigDecimal.valueOf(counted.size()), 10, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new Week(List.copyOf(counted), List.copyOf(awaiting), mean);
    }
}
