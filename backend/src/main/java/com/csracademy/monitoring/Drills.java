package com.csracademy.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.monitoring.persistence.DrillSessionDocument;
import com.csracademy.monitoring.persistence.DrillSessionDocument.Participant;
import com.csracademy.monitoring.persistence.DrillSessionDocument.Score;
import com.csracademy.monitoring.persistence.DrillSessionDocument.WriteUp;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.people.persistence.TraineeDocument;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.AcademyException.FieldError;
import com.csracademy.shared.DocumentIds;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Call-simulation drills (话务模拟演练, seed 000 §四(三)2), category A only: group sessions with a scenario on a day,
 * a score per trainee from the session's runner or the trainee's current mentor, and each trainee's write-up of
 * the day's scripts. The department head and training specialists run sessions with any category-A trainees of
 * their department; a mentor only with their current mentee.
 */
@Service
public class Drills {

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final AssessmentAccess access;
    private final MonitoringProperties properties;
    private final Clock clock;

    Drills(ReactiveMongoTemplate mongo, People people, AssessmentAccess access, MonitoringProperties properties,
           Clock clock) {
        this.mongo = mongo;
        this.people = people;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** One trainee's part in a session, with the session's day and scenario. */
    public record TraineeDrill(String sessionId, LocalDate day, String scenario, String runBy, Participant participant) {
    }

    /**
     * The drills step's evidence over a period: the sessions in which the trainee was both scored and wrote up
     * the scripts, against the number needed; {@code incomplete} lists the other sessions and what they lack.
     */
    public record Evidence(int required, List<String> complete, List<String> incomplete) {
        public boolean met() {
            return complete.size() >= required;
        }
    }

    /** Creates a session; every trainee must be in the caller's scope and of category A (422 otherwise). */
    public Mono<DrillSessionDocument> create(Actor runner, LocalDate day, String scenario, List<String> traineeIds) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(traineeIds));
        if (distinct.size() != traineeIds.size()) {
            return Mono.error(new InvalidRequestException("traineeIds", "a trainee is listed twice"));
        }
        return Flux.fromIterable(distinct)
                .concatMap(traineeId -> requireRunnerScope(runner, traineeId))
                .collectList()
                .flatMap(trainees -> {
                    List<FieldError> categoryB = new ArrayList<>();
                    for (int i = 0; i < trainees.size(); i++) {
                        if (trainees.get(i).category() != Category.A) {
                            categoryB.add(new FieldError("traineeIds[" + i + "]", "trainee '"
                                    + trainees.get(i).personId() + "' is category B: category B skips the drills"));
                        }
                    }
                    if (!categoryB.isEmpty()) {
                        return Mono.error(MonitoringExceptions.drillsAreForCategoryA(categoryB));
                    }
                    return mongo.insert(new DrillSessionDocument(DocumentIds.next(), day, scenario,
                            runner.personId(), clock.instant(), distinct.stream()
                            .map(id -> new Participant(id, List.of(), List.of())).toList(), null));
                });
    }

    private Mono<TraineeDocument> requireRunnerScope(Actor runner, String traineeId) {
        if (runner.hasAny(Role.DEPARTMENT_HEAD, Role.TRAINING_SPECIALIST)) {
            return people.requireAccess(runner, traineeId, AccessPurpose.READ);
        }
        return people.requireAccess(runner, traineeId, AccessPurpose.ACT_AS_MENTOR)
                .onErrorMap(ForbiddenException.class, e -> new ForbiddenException(
                        "A mentor runs drills only with their current mentee; '" + traineeId + "' is not yours"));
    }

    /** A session as the caller may see it: its runner sees every participant, others only whom they may read. */
    public Mono<DrillSessionDocument> session(Actor actor, String sessionId) {
        return find(sessionId).flatMap(session -> {
            if (session.runBy().equals(actor.personId())) {
                return Mono.just(session);
            }
            return Flux.fromIterable(session.participants())
                    .filterWhen(p -> access.canRead(actor, p.traineeId()))
                    .map(Participant::traineeId).collectList()
                    .flatMap(visible -> visible.isEmpty()
                            ? Mono.error(new ForbiddenException("Drill session '" + sessionId + "' is outside your scope"))
                            : Mono.just(session.onlyFor(visible)));
        });
    }

    /**
     * Scores a trainee in a session that has taken place: the session's runner (department head or training
     * specialist) or the trainee's current mentor. The same score and comment again changes nothing; a new one is
     * added after the old, which stays on record.
     */
    public Mono<DrillSessionDocument> score(Actor scorer, String sessionId, String traineeId, int score, String comment) {
        return find(sessionId).flatMap(session -> participant(session, traineeId)
                .flatMap(participant -> requireHappened(session)
                        .then(requireScorer(scorer, session, traineeId))
                        .then(Mono.defer(() -> {
                            Score current = participant.currentScore();
                            if (current != null && current.score() == score
                                    && Objects.equals(current.comment(), comment)) {
                                return Mono.just(session);
                            }
                            List<Score> scores = new ArrayList<>(participant.scores());
                            scores.add(new Score(score, comment, scorer.personId(), clock.instant()));
                            return mongo.save(session.with(new Participant(traineeId, scores, participant.writeUps())));
                        }))));
    }

    private Mono<TraineeDocument> requireScorer(Actor scorer, DrillSessionDocument session, String traineeId) {
        String denial = "Only the drill's runner or the trainee's current mentor scores trainee '" + traineeId + "'";
        if (!session.runBy().equals(scorer.personId())) {
            return people.requireAccess(scorer, traineeId, AccessPurpose.ACT_AS_MENTOR)
                    .onErrorMap(ForbiddenException.class, e -> new ForbiddenException(denial));
        }
        return access.mentorOrStaff(scorer, traineeId, denial, Role.DEPARTMENT_HEAD, Role.TRAINING_SPECIALIST);
    }

    /** The trainee writes up the scripts of the day's drill; each changed text is a new version, all kept. */
    public Mono<DrillSessionDocument> writeUp(Actor trainee, String sessionId, String traineeId, String text) {
        if (!trainee.has(Role.TRAINEE) || !trainee.personId().equals(traineeId)) {
            return Mono.error(new ForbiddenException("Only the trainee writes up their own drill"));
        }
        return find(sessionId).flatMap(session -> participant(session, traineeId)
                .flatMap(participant -> requireHappened(session).then(Mono.defer(() -> {
                    WriteUp current = participant.currentWriteUp();
                    if (current != null && current.text().equals(text)) {
                        return Mono.just(session.onlyFor(List.of(traineeId)));
                    }
                    List<WriteUp> writeUps = new ArrayList<>(participant.writeUps());
                    writeUps.add(new WriteUp(writeUps.size() + 1, text, clock.instant()));
                    return mongo.save(session.with(new Participant(traineeId, participant.scores(), writeUps)))
                            .map(saved -> saved.onlyFor(List.of(traineeId)));
                }))));
    }

    /** The trainee's drills, oldest first, optionally within a period. */
    public Flux<TraineeDrill> drillsOf(Actor actor, String traineeId, LocalDate from, LocalDate to) {
        return access.requireReader(actor, traineeId).thenMany(Flux.defer(() -> drillsOf(traineeId, from, to)));
    }

    /** Unscoped, for the daily assessment and the step evidence. */
    Flux<TraineeDrill> drillsOf(String traineeId, LocalDate from, LocalDate to) {
        Criteria criteria = where("participants.traineeId").is(traineeId);
        if (from != null && to != null) {
            criteria = criteria.and("day").gte(from).lte(to);
        }
        return mongo.find(query(criteria).with(Sort.by("day", "createdAt")), DrillSessionDocument.class)
                .flatMap(s -> Mono.justOrEmpty(s.participant(traineeId))
                        .map(p -> new TraineeDrill(s.id(), s.day(), s.scenario(), s.runBy(), p)));
    }

    /** The drills step's evidence: sessions from {@code from} to {@code to}, scored and written up. */
    Mono<Evidence> evidence(String traineeId, LocalDate from, LocalDate to) {
        return drillsOf(traineeId, from, to).collectList().map(drills -> {
            List<String> complete = new ArrayList<>();
            List<String> incomplete = new ArrayList<>();
            for (TraineeDrill drill : drills) {
                Participant p = drill.participant();
                if (p.scoredAndWrittenUp()) {
                    complete.add(drill.sessionId());
                } else {
                    List<String> lacks = new ArrayList<>();
                    if (p.currentScore() == null) {
                        lacks.add("no score");
                    }
                    if (p.currentWriteUp() == null) {
                        lacks.add("no write-up");
                    }
                    incomplete.add(drill.day() + " " + drill.sessionId() + ": " + String.join(", ", lacks));
                }
            }
            return new Evidence(properties.drills().sessionsToComplete(), complete, incomplete);
        });
    }

    private Mono<DrillSessionDocument> find(String sessionId) {
        return mongo.findById(sessionId, DrillSessionDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Drill session", sessionId)));
    }

    private static Mono<Participant> participant(DrillSessionDocument session, String traineeId) {
        return Mono.justOrEmpty(session.participant(traineeId))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Drill participant", session.id() + "/" + traineeId)));
    }

    private Mono<Void> requireHappened(DrillSessionDocument session) {
        LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
        return session.day().isAfter(today)
                ? Mono.error(new InvalidRequestException("day", "the drill on " + session.day()
                        + " has not taken place yet"))
                : Mono.empty();
    }
}
