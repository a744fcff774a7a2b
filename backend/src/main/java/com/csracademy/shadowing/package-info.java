/**
 * Stage 2, branch shadowing: placements with a branch mentor, the eight learning objectives, the trainee's
 * self-summary, the department head's interview score and the branch mentor's evaluation score, delivered to
 * progression once both are in (outbox flag on the placement, scheduled re-delivery).
 */
package com.csracademy.shadowing;
