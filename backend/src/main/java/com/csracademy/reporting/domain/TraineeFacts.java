package com.csracademy.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.progression.JourneyStatus;

/**
 * What the reports know of one trainee. Each {@code with…} applies one kind of change and answers
 * {@code this} when the change is older than what is already known (journey transitions and knowledge
 * sittings are ordered), so applying the same change twice changes nothing.
 *
 * @param transitions     how many journey transitions are reflected (0: the journey's initial step)
 * @param knowledgeSitting the sitting the knowledge scores come from (0: none yet)
 * @param shadowingScore  the stage-2 score (average of the head's and the branch mentor's), once decided
 * @param goLiveScore     the latest go-live week score, once decided
 * @param backlog         the trainee's submitted forms waiting for the mentor's review
 * @param calls           supervised go-live calls logged
 * @param monitored       of those, monitored live by the mentor
 */
public record TraineeFacts(Category category, StageId stage, String stepId, JourneyStatus status, LocalDate dueBy,
                           int transitions, Map<KnowledgeArea, BigDecimal> knowledgeScores,
                           BigDecimal knowledgeAverage, int knowledgeSitting, BigDecimal shadowingScore,
                           BigDecimal goLiveScore, String mentorId, long backlog, long calls, long monitored) {

    public TraineeFacts {
        knowledgeScores = knowledgeScores == null ? Map.of() : Map.copyOf(new TreeMap<>(knowledgeScores));
    }

    /** A trainee at a journey position with nothing else known yet. */
    public static TraineeFacts at(Category category, StageId stage, String stepId, JourneyStatus status,
                                  LocalDate dueBy, int transitions) {
        return new TraineeFacts(category, stage, stepId, status, dueBy, transitions, Map.of(), null, 0, null, null,
                null, 0, 0, 0);
    }

    /**
     * The journey after its {@code transitions}-th transition; the scores are those the transition's
     * decision was taken on, when it concerned shadowing or a go-live week ({@code null}: keep).
     */
    public TraineeFacts withJourney(StageId stage, String stepId, JourneyStatus status, LocalDate dueBy,
                                    int transitions, BigDecimal shadowingScore, BigDecimal goLiveScore) {
        if (transitions <= this.transitions) {
            return this;
        }
        return new TraineeFacts(category, stage, stepId, status, dueBy, transitions, knowledgeScores,
                knowledgeAverage, knowledgeSitting, shadowingScore != null ? shadowingScore : this.shadowingScore,
                goLiveScore != null ? goLiveScore : this.goLiveScore, mentorId, backlog, calls, monitored);
    }

    /** A graded knowledge sitting; an older sitting than the one known is ignored. */
    public TraineeFacts withKnowledge(Map<KnowledgeArea, BigDecimal> scores, BigDecimal average, int sitting) {
        if (sitting < knowledgeSitting) {
            return this;
        }
        return new TraineeFacts(category, stage, stepId, status, dueBy, transitions, scores, average, sitting,
                shadowingScore, goLiveScore, mentorId, backlog, calls, monitored);
    }

    /** The mentor and the monitoring counts as they stand now. */
    public TraineeFacts withMonitoring(String mentorId, long backlog, long calls, long monitored) {
        return new TraineeFacts(category, stage, stepId, status, dueBy, transitions, knowledgeScores,
                knowledgeAverage, knowledgeSitting, shadowingScore, goLiveScore, mentorId, backlog, calls, monitored);
    }

    /** Still in training: neither certified nor withdrawn. */
    public boolean open() {
        return status != JourneyStatus.CERTIFIED && status != JourneyStatus.WITHDRAWN;
    }

    /** The due date that can become overdue: only an open journey's. */
    public LocalDate openDueBy() {
        return open() ? dueBy : null;
    }

    /**
     * The risks that do not depend on the day. The mentor's share is below target when calls are logged and
     * the mentor did not monitor strictly more than {@code shareAbove} of them (the 50% rule's reading).
     */
    public Set<Risk> standingRisks(BigDecimal shareAbove) {
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        if (status == JourneyStatus.REMEDIAL) {
            risks.add(Risk.REMEDIAL);
        }
        if (status == JourneyStatus.EXTENDED) {
            risks.add(Risk.EXTENDED);
        }
        if (status == JourneyStatus.ESCALATED) {
            risks.add(Risk.ESCALATED);
        }
        if (open() && calls > 0
                && BigDecimal.valueOf(monitored).compareTo(shareAbove.multiply(BigDecimal.valueOf(calls))) <= 0) {
            risks.add(Risk.SHARE_BELOW_TARGET);
        }
        return risks;
    }

    /** Same facts, compared by value (scores by numeric value, not scale). */
    public boolean sameAs(TraineeFacts other) {
        return other != null && category == other.category && stage == other.stage
                && Objects.equals(stepId, other.stepId) && status == other.status
                && Objects.equals(dueBy, other.dueBy) && transitions == other.transitions
                && sameScores(knowledgeScores, other.knowledgeScores) && same(knowledgeAverage, other.knowledgeAverage)
                && knowledgeSitting == other.knowledgeSitting && same(shadowingScore, other.shadowingScore)
                && same(goLiveScore, other.goLiveScore) && Objects.equals(mentorId, other.mentorId)
                && backlog == other.backlog && calls == other.calls && monitored == other.monitored;
    }

    private static boolean sameScores(Map<KnowledgeArea, BigDecimal> a, Map<KnowledgeArea, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> same(a.get(k), b.get(k)));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
