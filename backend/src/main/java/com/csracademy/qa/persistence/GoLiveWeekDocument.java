package com.csracademy.qa.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.csracademy.qa.domain.CallMarks;
import com.csracademy.qa.domain.Scorecard;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trainee's independent go-live week: the scorecard it is scored with (kept as it was), the scored calls
 * (zero-score calls included), and once closed the week's score. {@code deliveredAt} is the outbox flag and
 * {@code deliveredScore} the score progression was given; an appeal decided after the close changes
 * {@code weekScore} and appends a {@link Correction}, delivered to progression as revision n (its position from
 * 1); {@code deliveredRevision} is the latest revision progression has (the corrections' outbox flag).
 * The {@code _id} is {@code <traineeId>.golive.<n>}, the trainee's n-th week: two concurrent openings of the
 * same trainee's week compute the same id and the store's unique {@code _id} lets only one of them in.
 */
@Document("qa_golive_weeks")
public record GoLiveWeekDocument(@Id String id, @Indexed String traineeId, LocalDate startDate, LocalDate endDate,
                                 Scorecard scorecard, String createdBy, Instant createdAt, List<ScoredCall> calls,
                                 BigDecimal weekScore, Integer countedCalls, String closedBy, Instant closedAt,
                                 Instant deliveredAt, BigDecimal deliveredScore, int deliveryAttempts,
                                 String lastDeliveryError, List<Correction> corrections, Integer deliveredRevision,
                                 @Version Long version) {

    public GoLiveWeekDocument {
        corrections = corrections == null ? List.of() : corrections;
    }

    /** The id of a trainee's n-th go-live week (n from 1). */
    public static String id(String traineeId, int n) {
        return traineeId + ".golive." + n;
    }

    /** One scored call with the card's id and version, the marks, and the computed halves. */
    public record ScoredCall(String id, String callRef, LocalDate callDate, String replaces, String scorecardId,
                             int scorecardVersion, CallMarks marks, BigDecimal knowledge, BigDecimal service,
                             BigDecimal total, BigDecimal normalised, boolean zero, String scoredBy,
                             Instant scoredAt, Appeal appeal) {

        /** Whether the call scores zero as it stands: after its re-scoring on appeal, if any. */
        public boolean effectiveZero() {
            return rescored() ? appeal.rescore().zero() : zero;
        }

        public BigDecimal effectiveNormalised() {
            return rescored() ? appeal.rescore().normalised() : normalised;
        }

        public boolean rescored() {
            return appeal != null && appeal.rescore() != null;
        }

        public ScoredCall withAppeal(Appeal decided) {
            return new ScoredCall(id, callRef, callDate, replaces, scorecardId, scorecardVersion, marks, knowledge,
                    service, total, normalised, zero, scoredBy, scoredAt, decided);
        }
    }

    /**
     * An appeal of a scored call (复查): filed by the trainee or their mentor with a reason, then re-scored by
     * another QA specialist ({@code rescore}, {@code null} until then). The original score stays on the call.
     */
    public record Appeal(String reason, String filedBy, Instant filedAt, Rescore rescore) {

        public Appeal withRescore(Rescore decided) {
            return new Appeal(reason, filedBy, filedAt, decided);
        }
    }

    /** The appeal's re-scoring with the re-scoring specialist's reason; it is the score that counts. */
    public record Rescore(String reason, CallMarks marks, BigDecimal knowledge, BigDecimal service, BigDecimal total,
                          BigDecimal normalised, boolean zero, String scoredBy, Instant scoredAt) {
    }

    /**
     * A change of a closed week's score: which call changed it and how ({@code APPEAL}, or {@code REPLACEMENT}
     * of a call an appeal made zero), the score and counted calls before and after.
     */
    public record Correction(String callId, String cause, BigDecimal previousScore, int previousCounted,
                             BigDecimal score, int counted, Instant at) {
    }

    /** How many of the corrections progression has been given (0 before the first). */
    public int revisionDelivered() {
        return deliveredRevision == null ? 0 : deliveredRevision;
    }

    /** Whether progression still lacks the week's result or its latest correction. */
    public boolean deliveryPending() {
        return closedAt != null && (deliveredAt == null || corrections.size() > revisionDelivered());
    }

    public String eventId() {
        return "golive:" + id;
    }

    public GoLiveWeekDocument withCall(ScoredCall call) {
        List<ScoredCall> list = new ArrayList<>(calls);
        list.add(call);
        return new GoLiveWeekDocument(id, traineeId, startDate, endDate, scorecard, createdBy, createdAt, list,
                weekScore, countedCalls, closedBy, closedAt, deliveredAt, deliveredScore, deliveryAttempts,
                lastDeliveryError, corrections, deliveredRevision, version);
    }

    public GoLiveWeekDocument withCalls(List<ScoredCall> list) {
        return new GoLiveWeekDocument(id, traineeId, startDate, endDate, scorecard, createdBy, createdAt, list,
                weekScore, countedCalls, closedBy, closedAt, deliveredAt, deliveredScore, deliveryAttempts,
                lastDeliveryError, corrections, deliveredRevision, version);
    }

    public GoLiveWeekDocument closed(BigDecimal score, int counted, String by, Instant at) {
        return new GoLiveWeekDocument(id, traineeId, startDate, endDate, scorecard, createdBy, createdAt, calls,
                score, counted, by, at, deliveredAt, deliveredScore, deliveryAttempts, lastDeliveryError, corrections,
                deliveredRevision, version);
    }

    /** The closed week's score recomputed after an appeal; the correction is kept. */
    public GoLiveWeekDocument corrected(Correction correction) {
        List<Correction> list = new ArrayList<>(corrections);
        list.add(correction);
        return new GoLiveWeekDocument(id, traineeId, startDate, endDate, scorecard, createdBy, createdAt, calls,
                correction.score(), correction.counted(), closedBy, closedAt, deliveredAt, deliveredScore,
                deliveryAttempts, lastDeliveryError, list, deliveredRevision, version);
    }
}
