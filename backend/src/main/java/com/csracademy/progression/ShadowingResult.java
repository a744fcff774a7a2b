package com.csracademy.progression;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stage 2's evidence (the contract progression owns; the shadowing module delivers it once both scores
 * are in): the department head's interview score and the branch mentor's evaluation score.
 */
public record ShadowingResult(String eventId, String traineeId, BigDecimal departmentHeadScore,
                              BigDecimal branchMentorScore, Instant completedAt) {
}
