package com.csracademy.quiz;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.quiz.domain.Scores;
import com.csracademy.quiz.persistence.AttemptDocument;
import com.csracademy.quiz.persistence.KnowledgeAssessmentDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Records each graded knowledge sitting — the latest score of every area and their exact average — and
 * publishes {@link KnowledgeAssessed}. The record is written first with its outbox flag unset; publishing
 * then sets it, and a periodic dispatch republishes any left unset by a crash.
 */
@Service
public class KnowledgeAssessments {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeAssessments.class);

    private final ReactiveMongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Progression progression;
    private final Clock clock;

    KnowledgeAssessments(ReactiveMongoTemplate mongo, ApplicationEventPublisher events, Progression progression,
                         Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.progression = progression;
        this.clock = clock;
    }

    /** The trainee's latest sitting. */
    public Mono<KnowledgeAssessmentDocument> latest(String traineeId) {
        return mongo.findOne(query(where("traineeId").is(traineeId)).with(Sort.by(Sort.Direction.DESC, "sitting"))
                .limit(1), KnowledgeAssessmentDocument.class);
    }

    public Flux<KnowledgeAssessmentDocument> of(String traineeId) {
        return mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("sitting")),
                KnowledgeAssessmentDocument.class);
    }

    Mono<Void> record(AttemptDocument attempt) {
        Map<KnowledgeArea, BigDecimal> taken = new EnumMap<>(KnowledgeArea.class);
        taken.putAll(attempt.result().areaScores());
        // a sitting of every area (every first sitting) replaces all earlier scores: nothing to read
        Mono<KnowledgeAssessmentDocument> earlier = taken.keySet().containsAll(EnumSet.allOf(KnowledgeArea.class))
                ? Mono.empty() : latest(attempt.traineeId());
        return earlier
                .filter(previous -> !previous.attemptId().equals(attempt.id()))
                .map(previous -> Scores.overlay(previous.areaScores(), taken))
                .defaultIfEmpty(taken)
                .flatMap(combined -> mongo.insert(new KnowledgeAssessmentDocument(attempt.id(), attempt.traineeId(),
                                attempt.sitting(), EnumSet.copyOf(taken.keySet()), combined,
                                Scores.average(combined.values()), attempt.finalizedAt(), null))
                        .onErrorResume(DuplicateKeyException.class,
                                duplicate -> mongo.findById(attempt.id(), KnowledgeAssessmentDocument.class)))
                .flatMap(this::publish);
    }

    /**
     * Delivers the sitting to progression (its contract, {@link KnowledgeResult}), then to any listener,
     * and only then marks it published: a crash in between delivers it again, which progression ignores.
     */
    private Mono<Void> publish(KnowledgeAssessmentDocument assessment) {
        if (assessment.publishedAt() != null) {
            return Mono.empty();
        }
        return progression.knowledgeAssessed(new KnowledgeResult("knowledge:" + assessment.attemptId(),
                        assessment.traineeId(), assessment.areaScores(), assessment.average(), assessment.sitting(),
                        assessment.gradedAt()))
                .then(Mono.fromRunnable(() -> events.publishEvent(new KnowledgeAssessed(assessment.attemptId(),
                        assessment.traineeId(), assessment.areaScores(), assessment.average(),
                        assessment.retakenAreas(), assessment.sitting(), assessment.gradedAt()))))
                .then(mongo.updateFirst(query(where("_id").is(assessment.attemptId())),
                new Update().set("publishedAt", clock.instant()), KnowledgeAssessmentDocument.class)).then();
    }

    /** Publishes what a crash left unpublished. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    void dispatchPending() {
        mongo.find(query(where("publishedAt").isNull()), KnowledgeAssessmentDocument.class)
                .concatMap(this::publish)
                .subscribe(v -> { }, e -> log.warn("Publishing knowledge assessments failed: {}", e.getMessage()));
    }
}
