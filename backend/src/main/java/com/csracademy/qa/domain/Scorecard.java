package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A call QA scorecard, loaded from {@code content/qa/*.yaml}: knowledge accuracy (rated criteria plus
 * terminology) and service quality (weighted items scored by deduction). A scored call keeps the card's id
 * and version.
 */
public record Scorecard(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String id, @Min(1) int version,
                        @NotBlank String name, @NotNull @Valid Knowledge knowledge, @NotNull @Valid Service service) {

    /** The three ratings of a knowledge criterion (好/中/差). */
    public enum Rating { GOOD, MEDIUM, POOR }

    public record Knowledge(@NotEmpty List<@Valid Section> sections, @NotNull Map<Rating, Integer> ratingPoints,
                            @NotNull @Valid Terminology terminology) {

        @AssertTrue(message = "must give points for GOOD, MEDIUM and POOR")
        boolean isRatingPointsComplete() {
            return ratingPoints != null && ratingPoints.keySet().containsAll(Set.of(Rating.values()));
        }

        /** The most a call can score on knowledge. */
        public BigDecimal max() {
            int criteria = sections.stream().mapToInt(s -> s.criteria().size()).sum();
            return BigDecimal.valueOf((long) criteria * ratingPoints.get(Rating.GOOD) + terminology.max());
        }
    }

    public record Section(@NotBlank String id, @NotBlank String name, @NotEmpty List<@NotBlank String> criteria) {
    }

    /** Terminology: {@code max}, at most {@code maxIfLookedUp} after a look-up or call-back, minus per wrong answer. */
    public record Terminology(@NotBlank String name, @Min(0) int max, @Min(0) int maxIfLookedUp,
                              @Min(0) int perWrongAnswer) {
    }

    public record Service(@NotNull @DecimalMin("0") BigDecimal max, @NotEmpty List<@Valid Item> items) {

        @AssertTrue(message = "the items' weights must add up to the service maximum, and item ids must be unique")
        boolean isConsistent() {
            if (items == null || max == null) {
                return true;
            }
            Set<String> ids = new HashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Item item : items) {
                if (item == null || item.weight() == null || !ids.add(item.id())) {
                    return false;
                }
                sum = sum.add(item.weight());
            }
            return sum.compareTo(max) == 0;
        }
    }

    /**
     * A service item: its weight, and how much one call may lose on it (the weight unless the card says more:
     * an argument may cost the whole service half).
     */
    public record Item(@NotBlank String id, @NotBlank String name, @NotNull @DecimalMin("0") BigDecimal weight,
                       BigDecimal maxDeduction) {

        public BigDecimal deductionLimit() {
            return maxDeduction != null ? maxDeduction : weight;
        }
    }

    /** The most a call can score: knowledge plus service (50 on the default card). */
    public BigDecimal max() {
        return knowledge.max().add(service.max());
    }
}
