package com.csracademy.monitoring;

import java.time.Clock;
import java.time.LocalDate;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.monitoring.persistence.ConductRecordDocument;
import com.csracademy.monitoring.persistence.ConductRecordDocument.Withdrawal;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.DocumentIds;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Conduct events on a trainee's record (工作行为规范遵守情况): an award or deduction of the current catalogue on a day,
 * with a note, filed by the trainee's current mentor or the department head; withdrawn (never deleted) by them
 * with a reason. The trainee, their current mentor, the department head and training specialists read them.
 */
@Service
public class ConductRecords {

    private static final String FILERS = "Conduct records are filed by the trainee's current mentor or the department head";

    private final ReactiveMongoTemplate mongo;
    private final ConductCatalogues catalogues;
    private final AssessmentAccess access;
    private final Clock clock;

    ConductRecords(ReactiveMongoTemplate mongo, ConductCatalogues catalogues, AssessmentAccess access, Clock clock) {
        this.mongo = mongo;
        this.catalogues = catalogues;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Files a record against the current catalogue: 422 for an unknown item, a missing note the item requires, a
     * day in the future or before the trainee's start.
     */
    public Mono<ConductRecordDocument> file(Actor by, String traineeId, LocalDate day, String itemCode, String note) {
        return access.mentorOrStaff(by, traineeId, FILERS, Role.DEPARTMENT_HEAD)
                .flatMap(trainee -> catalogues.current().flatMap(version -> {
                    ConductCatalogue.Item item = version.catalogue().item(itemCode).orElse(null);
                    if (item == null) {
                        return Mono.error(new InvalidRequestException("itemCode", "'" + itemCode
                                + "' is not in the conduct catalogue (version " + version.version() + ")"));
                    }
                    String cleanNote = note == null || note.isBlank() ? null : note.strip();
                    if (item.noteRequired() && cleanNote == null) {
                        return Mono.error(new InvalidRequestException("note", "'" + item.name()
                                + "' needs a note saying what happened"));
                    }
                    LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
                    if (day.isAfter(today)) {
                        return Mono.error(new InvalidRequestException("day", "a conduct record is for a day that has"
                                + " come, not " + day));
                    }
                    if (day.isBefore(trainee.startDate())) {
                        return Mono.error(new InvalidRequestException("day", "the trainee started on "
                                + trainee.startDate() + ", after " + day));
                    }
                    return mongo.insert(new ConductRecordDocument(DocumentIds.next(), traineeId, day,
                            version.version(), item.code(), item.kind(), item.name(), item.variant(), item.points(),
                            cleanNote, by.personId(), clock.instant(), null));
                }));
    }

    /** Withdraws a record with a reason; it stays on the trainee's record but no longer counts. */
    public Mono<ConductRecordDocument> withdraw(Actor by, String recordId, String reason) {
        return mongo.findById(recordId, ConductRecordDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Conduct record", recordId)))
                .flatMap(record -> access.mentorOrStaff(by, record.traineeId(), FILERS, Role.DEPARTMENT_HEAD)
                        .then(mongo.findAndModify(query(where("_id").is(recordId).and("withdrawal").isNull()),
                                new Update().set("withdrawal", new Withdrawal(by.personId(), clock.instant(), reason)),
                                FindAndModifyOptions.options().returnNew(true), ConductRecordDocument.class))
                        .switchIfEmpty(Mono.error(() -> new ConflictException("already-withdrawn", "Already withdrawn",
                                "Conduct record '" + recordId + "' is already withdrawn"))));
    }

    /** The trainee's records (withdrawn ones too), by day, optionally within a period. */
    public Flux<ConductRecordDocument> recordsOf(Actor actor, String traineeId, LocalDate from, LocalDate to) {
        return access.requireReader(actor, traineeId).thenMany(Flux.defer(() -> recordsOf(traineeId, from, to)));
    }

    /** Unscoped, for the daily assessment. */
    Flux<ConductRecordDocument> recordsOf(String traineeId, LocalDate from, LocalDate to) {
        Criteria criteria = where("traineeId").is(traineeId);
        if (from != null && to != null) {
            criteria = criteria.and("day").gte(from).lte(to);
        }
        return mongo.find(query(criteria).with(Sort.by("day", "recordedAt")), ConductRecordDocument.class);
    }
}
