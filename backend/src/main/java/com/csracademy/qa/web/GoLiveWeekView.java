package com.csracademy.qa.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.csracademy.qa.domain.CallMarks;
import com.csracademy.qa.domain.Scorecard;
import com.csracademy.qa.persistence.GoLiveWeekDocument;
import com.csracademy.qa.persistence.GoLiveWeekDocument.Appeal;
import com.csracademy.qa.persistence.GoLiveWeekDocument.Correction;
import com.csracademy.qa.persistence.GoLiveWeekDocument.ScoredCall;

/**
 * A go-live week as the API shows it: the stored week, each scored call with the last day it may be appealed
 * ({@code appealDeadline}, computed by the rule the appeal itself is checked with).
 */
record GoLiveWeekView(String id, String traineeId, LocalDate startDate, LocalDate endDate, Scorecard scorecard,
                      String createdBy, Instant createdAt, List<CallView> calls, BigDecimal weekScore,
                      Integer countedCalls, String closedBy, Instant closedAt, Instant deliveredAt,
                      BigDecimal deliveredScore, int deliveryAttempts, String lastDeliveryError,
                      List<Correction> corrections, Integer deliveredRevision, Long version) {

    static GoLiveWeekView of(GoLiveWeekDocument w, Function<ScoredCall, LocalDate> appealDeadline) {
        List<CallView> calls = w.calls().stream().map(c -> CallView.of(c, appealDeadline.apply(c))).toList();
        return new GoLiveWeekView(w.id(), w.traineeId(), w.startDate(), w.endDate(), w.scorecard(), w.createdBy(),
                w.createdAt(), calls, w.weekScore(), w.countedCalls(), w.closedBy(), w.closedAt(), w.deliveredAt(),
                w.deliveredScore(), w.deliveryAttempts(), w.lastDeliveryError(), w.corrections(),
                w.deliveredRevision(), w.version());
    }

    /** A scored call and the last day an appeal of it is accepted (also shown once it has been appealed). */
    record CallView(String id, String callRef, LocalDate callDate, String replaces, String scorecardId,
                    int scorecardVersion, CallMarks marks, BigDecimal knowledge, BigDecimal service,
                    BigDecimal total, BigDecimal normalised, boolean zero, String scoredBy, Instant scoredAt,
                    Appeal appeal, LocalDate appealDeadline) {

        static CallView of(ScoredCall c, LocalDate appealDeadline) {
            return new CallView(c.id(), c.callRef(), c.callDate(), c.replaces(), c.scorecardId(),
                    c.scorecardVersion(), c.marks(), c.knowledge(), c.service(), c.total(), c.normalised(), c.zero(),
                    c.scoredBy(), c.scoredAt(), c.appeal(), appealDeadline);
        }
    }
}
