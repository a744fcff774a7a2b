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
 * (zero-score calls included), and once closed the week's score. {@code deliveredAt} is the outbox flag.
 */
@Document("qa_golive_weeks")
public record GoLiveWeekDocument(@Id String id, @Indexed String traineeId, LocalDate startDate, LocalDate endDate,
                                 Scorecard scorecard, String createdBy, Instant createdAt, List<ScoredCall> calls,
                                 BigDecimal weekScore, Integer countedCalls, String closedBy, Instant closedAt,
                                 Instant deliveredAt, int deliveryAttempts, String lastDeliveryError,
                                 @Version Long version) {

    /** One scored call with the card's id and version, the marks, and the computed halves. */
    public record ScoredCall(String id, String callRef, LocalDate callDate, String replaces, String scorecardId,
                             int scorecardVersion, CallMarks marks, BigDecimal knowledge, BigDecimal service,
                             BigDecimal total, BigDecimal normalised, boolean zero, String scoredBy,
                             Instant scoredAt, Appeal appeal) {

        /** Whether the call scores zero as it stands: after its appeal, if any. */
        public boolean effectiveZero() {
            return appeal != null ? appeal.zero() : zero;
        }

        public BigDecimal effectiveNormalised() {
            return appeal != null ? appeal.normalised() : normalised;
        }

        public ScoredCall withAppeal(Appeal decided) {
            return new ScoredCall(id, callRef, callDate, replaces, scorecardId, scorecardVersion, marks, knowledge,
                    service, total, normalised, zero, scoredBy, scoredAt, decided);
        }
    }

    /** The re-scoring of an appealed call (复查) by another QA specialist; the original stays on the call. */
    public record Appeal(String reason, CallMarks marks, BigDecimal knowledge, BigDecimal service, BigDecimal total,
                         BigDecimal normalised, boolean zero, String scoredBy, Instant scoredAt) {
    }

    public String eventId() {
        return "golive:" + id;
    }

    public GoLiveWeekDocument withCall(ScoredCall call) {
        List<ScoredCall> list = new ArrayList<>(calls);
        list.add(call);
        return new GoLiveWeekDocument(id, traineeId, startDate, endDate, scorecard, createdBy, createdAt, list,
                weekScore, countedCalls, closedBy, closedAt, deliveredAt, deliveryAttempts, lastDeliveryError,
                version);
    }

    public GoLiveWeekDocument withCalls(List<ScoredCall> list) {
        return new GoLiveWeekDocument(id, traineeId, startDate, endDate, scorecard, createdBy, createdAt, list,
                weekScore, countedCalls, closedBy, closedAt, deliveredAt, deliveryAttempts, lastDeliveryError,
                version);
    }

    public GoLiveWeekDocument closed(BigDecimal score, int counted, String by, Instant at) {
        return new GoLiveWeekDocument(id, traineeId, startDate, endDate, scorecard, createdBy, createdAt, calls,
                score, counted, by, at, deliveredAt, deliveryAttempts, lastDeliveryError, version);
    }
}
