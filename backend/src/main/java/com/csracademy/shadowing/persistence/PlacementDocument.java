package com.csracademy.shadowing.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trainee's placement with a branch mentor, and everything recorded during it. {@code deliveredAt} is the
 * outbox flag: set once progression has accepted the result; until then the re-delivery job retries.
 * The {@code _id} is {@code <traineeId>.placement.<n>}, the trainee's n-th placement: two concurrent placements
 * of the same trainee compute the same id and the store's unique {@code _id} lets only one of them in.
 */
@Document("shadowing_placements")
public record PlacementDocument(@Id String id, @Indexed String traineeId, String branchId,
                                @Indexed String branchMentorId, LocalDate startDate, LocalDate endDate,
                                String createdBy, Instant createdAt, List<Objective> objectives,
                                String selfSummary, Instant selfSummaryAt,
                                Score interview, Score evaluation,
                                Instant deliveredAt, int deliveryAttempts, String lastDeliveryError,
                                @Version Long version) {

    /** One learning objective: ticked with a note by the trainee, confirmed by the branch mentor. */
    public record Objective(int number, String text, boolean ticked, String note, Instant tickedAt,
                            String confirmedBy, Instant confirmedAt) {
    }

    /**
     * A score (0–100) with the scorer's notes; the branch mentor's comes from the evaluation form, kept with
     * the definition it was filled against ({@code form} is null for the interview).
     */
    @Schema(name = "PlacementScore")
    public record Score(BigDecimal score, String notes, String by, Instant at, FilledForm form) {
    }

    /** A filled form: its definition ({@code id@version}) and the values as submitted. */
    public record FilledForm(String definition, java.util.Map<String, Object> values) {
    }

    /** The id of a trainee's n-th placement (n from 1). */
    public static String id(String traineeId, int n) {
        return traineeId + ".placement." + n;
    }

    public boolean complete() {
        return interview != null && evaluation != null;
    }

    public String eventId() {
        return "shadowing:" + id;
    }

    public PlacementDocument withObjectives(List<Objective> list) {
        return new PlacementDocument(id, traineeId, branchId, branchMentorId, startDate, endDate, createdBy, createdAt,
                list, selfSummary, selfSummaryAt, interview, evaluation, deliveredAt, deliveryAttempts,
                lastDeliveryError, version);
    }

    public PlacementDocument withSelfSummary(String text, Instant at) {
        return new PlacementDocument(id, traineeId, branchId, branchMentorId, startDate, endDate, createdBy, createdAt,
                objectives, text, at, interview, evaluation, deliveredAt, deliveryAttempts, lastDeliveryError, version);
    }

    public PlacementDocument withInterview(Score score) {
        return new PlacementDocument(id, traineeId, branchId, branchMentorId, startDate, endDate, createdBy, createdAt,
                objectives, selfSummary, selfSummaryAt, score, evaluation, deliveredAt, deliveryAttempts,
                lastDeliveryError, version);
    }

    public PlacementDocument withEvaluation(Score score) {
        return new PlacementDocument(id, traineeId, branchId, branchMentorId, startDate, endDate, createdBy, createdAt,
                objectives, selfSummary, selfSummaryAt, interview, score, deliveredAt, deliveryAttempts,
                lastDeliveryError, version);
    }
}
