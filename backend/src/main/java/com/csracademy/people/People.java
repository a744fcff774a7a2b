package com.csracademy.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.csracademy.people.domain.TraineeAccess;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.persistence.MentorshipDocument;
import com.csracademy.people.persistence.MentorshipSlot;
import com.csracademy.people.persistence.OrgDocuments.CohortDocument;
import com.csracademy.people.persistence.PersonDocument;
import com.csracademy.people.persistence.TraineeDocument;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.security.SubjectResolver;
import com.csracademy.shared.DocumentIds;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The people module's application service: the directory, enrolment, and the one-to-one mentor
 * relationship, with every read scoped to what the caller may see.
 */
@Service
public class People implements SubjectResolver {

    /** A slot whose pairing was never written is taken over after this long (a crash mid-assignment). */
    private static final Duration ORPHAN_AFTER = Duration.ofSeconds(30);

    /** How long a token subject's person is remembered, and for how many subjects at most. */
    private static final Duration KNOWN_SUBJECT_TTL = Duration.ofMinutes(1);
    private static final int KNOWN_SUBJECTS = 10_000;
    private static final int KNOWN_TRAINEES = 50_000;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final PeopleProperties properties;
    private final ObjectProvider<BranchPlacements> placements;
    private final org.springframework.context.ApplicationEventPublisher events;

    /**
     * The active person behind each token subject seen lately. Every authenticated request resolves its subject,
     * and a person record never changes after it is registered (nothing updates or deactivates one), so the
     * answer is kept for a minute instead of one store round trip per request (docs/performance.md, sixth round).
     * Only found people are kept: a subject without an active person is looked up again each time, so a person
     * registered after their first refused call is known at once. Whoever adds a way to change or deactivate a
     * person must {@link Cache#invalidate invalidate} the subject here (and accept up to a minute's delay on other
     * instances).
     */
    private final Cache<String, KnownPerson> knownSubjects = Caffeine.newBuilder()
            .maximumSize(KNOWN_SUBJECTS)
            .expireAfterWrite(KNOWN_SUBJECT_TTL)
            .build();

    /**
     * People found to have a trainee record. Nothing deletes a trainee record, so once found it exists for good,
     * on every instance: {@link #requireTrainee} answers from here instead of a store round trip. Bounded; an
     * evicted id is looked up again.
     */
    private final Cache<String, Boolean> knownTrainees = Caffeine.newBuilder().maximumSize(KNOWN_TRAINEES).build();

    People(ReactiveMongoTemplate mongo, Clock clock, PeopleProperties properties,
           ObjectProvider<BranchPlacements> placements, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        this.placements = placements;
    }

    // ---- directory -------------------------------------------------------------------------------

    @Override
    public Mono<KnownPerson> bySubject(String subject) {
        KnownPerson known = knownSubjects.getIfPresent(subject);
        if (known != null) {
            return Mono.just(known);
        }
        return mongo.findOne(query(where("subject").is(subject).and("active").is(true)), PersonDocument.class)
                .map(People::known)
                .doOnNext(person -> knownSubjects.put(subject, person));
    }

    @Override
    public Flux<KnownPerson> signInCandidates() {
        return mongo.find(query(where("active").is(true)).with(Sort.by("_id")), PersonDocument.class)
                .map(People::known);
    }

    @Override
    public Mono<KnownPerson> signInCandidate(String personId) {
        return mongo.findById(personId, PersonDocument.class).filter(PersonDocument::active).map(People::known);
    }

    private static KnownPerson known(PersonDocument p) {
        return new KnownPerson(p.id(), p.subject(), p.username(), p.name(), p.roles(), p.departmentId(), p.branchId());
    }

    public Mono<PersonDocument> person(String id) {
        return mongo.findById(id, PersonDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Person", id)));
    }

    /** The person's display name, for other modules (they name no type of this module's internals). */
    public Mono<String> displayName(String personId) {
        return person(personId).map(PersonDocument::name);
    }

    public Mono<Page<PersonDocument>> people(PageRequest page, Role role) {
        Query filter = role == null ? new Query() : query(where("roles").is(role));
        return Mono.zip(
                mongo.find(Query.of(filter).with(page.toPageable(Sort.by("_id"))), PersonDocument.class).collectList(),
                mongo.count(Query.of(filter), PersonDocument.class))
                .map(t -> new Page<>(t.getT1(), page.page(), page.size(), t.getT2()));
    }

    /** Registers a person; the subject and the username must be unique. */
    public Mono<PersonDocument> register(String id, String subject, String username, String name, Set<Role> roles,
                                         String departmentId, String branchId) {
        if (roles.contains(Role.BRANCH_MENTOR) && branchId == null) {
            return Mono.error(new InvalidRequestException("branchId", "a branch mentor needs a branch"));
        }
        return mongo.insert(new PersonDocument(id, subject, username, name, roles, departmentId, branchId, true,
                clock.instant(), null));
    }

    // ---- cohorts and trainees --------------------------------------------------------------------

    public Flux<CohortDocument> cohorts() {
        return mongo.find(new Query().with(Sort.by("startDate").descending()), CohortDocument.class);
    }

    public Mono<CohortDocument> cohort(String id) {
        return mongo.findById(id, CohortDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Cohort", id)));
    }

    public Mono<CohortDocument> createCohort(String id, String name, String departmentId, LocalDate startDate) {
        return mongo.insert(new CohortDocument(id, name, departmentId, startDate));
    }

    public Flux<TraineeDocument> traineesOf(String cohortId) {
        return mongo.find(query(where("cohortId").is(cohortId)).with(Sort.by("_id")), TraineeDocument.class);
    }

    /** Enrols a registered person with the TRAINEE role in a cohort. */
    public Mono<TraineeDocument> enrol(Actor by, String personId, Category category, String cohortId,
                                       LocalDate startDate) {
        return person(personId)
                .flatMap(p -> p.roles().contains(Role.TRAINEE) ? cohort(cohortId)
                        : Mono.error(new InvalidRequestException("personId",
                                "person '" + personId + "' does not hold the TRAINEE role")))
                .flatMap(c -> mongo.insert(new TraineeDocument(personId, category, cohortId, startDate,
                        by.personId(), clock.instant(), null)))
                .doOnNext(t -> events.publishEvent(new TraineeEnrolled(t.personId(), t.cohortId(), t.category(),
                        t.startDate())));
    }

    public Mono<TraineeDocument> trainee(String personId) {
        return mongo.findById(personId, TraineeDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Trainee", personId)));
    }

    /**
     * Succeeds when the person has a trainee record, errors with 404 otherwise: what {@link #trainee} tells a
     * caller that only needs to know the record is there (a trainee starting an exam, filing a form, opening a
     * lesson).
     */
    public Mono<Void> requireTrainee(String personId) {
        if (knownTrainees.getIfPresent(personId) != null) {
            return Mono.empty();
        }
        // exists() asks for the _id only, and at most one document
        return mongo.exists(query(where("_id").is(personId)), TraineeDocument.class).flatMap(found -> {
            if (!found) {
                return Mono.error(new NotFoundException("Trainee", personId));
            }
            knownTrainees.put(personId, Boolean.TRUE);
            return Mono.empty();
        });
    }

    /**
     * Succeeds when the caller may see (or, for {@link AccessPurpose#ACT_AS_MENTOR}, act as mentor on) the
     * trainee's records; errors with 404 for an unknown trainee and 403 otherwise.
     */
    public Mono<TraineeDocument> requireAccess(Actor actor, String traineeId, AccessPurpose purpose) {
        return trainee(traineeId).flatMap(t -> facts(actor, t).flatMap(facts -> {
            String reason = TraineeAccess.grant(actor, facts, purpose);
            return reason != null ? Mono.just(t) : Mono.error(new ForbiddenException(purpose == AccessPurpose.ACT_AS_MENTOR
                    ? "Only the trainee's current mentor may do this"
                    : "Trainee '" + traineeId + "' is outside your scope"));
        }));
    }

    /**
     * {@link #requireAccess(Actor, String, AccessPurpose)} for reading, for other modules: they name no type of
     * this module's internals.
     */
    public Mono<TraineeDocument> requireReadAccess(Actor actor, String traineeId) {
        return requireAccess(actor, traineeId, AccessPurpose.READ);
    }

    private Mono<TraineeAccess.Facts> facts(Actor actor, TraineeDocument trainee) {
        Mono<String> department = mongo.findById(trainee.cohortId(), CohortDocument.class)
                .map(CohortDocument::departmentId).defaultIfEmpty("");
        Mono<List<MentorshipDocument>> pairings = mentorships(trainee.personId()).collectList();
        BranchPlacements lookup = placements.getIfAvailable();
        Mono<Boolean> placed = actor.has(Role.BRANCH_MENTOR) && lookup != null
                ? lookup.isPlacedWith(trainee.personId(), actor.personId()) : Mono.just(false);
        return Mono.zip(department, pairings, placed).map(t -> new TraineeAccess.Facts(trainee.personId(), t.getT1(),
                t.getT2().stream().filter(MentorshipDocument::active).map(MentorshipDocument::mentorId)
                        .findFirst().orElse(null),
                t.getT2().stream().filter(m -> !m.active()).map(MentorshipDocument::mentorId)
                        .collect(Collectors.toSet()),
                t.getT3()));
    }

    // ---- mentorships -----------------------------------------------------------------------------

    /** Every pairing of the trainee, newest first. */
    public Flux<MentorshipDocument> mentorships(String traineeId) {
        return mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("startedAt").descending()),
                MentorshipDocument.class);
    }

    public Mono<MentorshipDocument> currentMentorship(String traineeId) {
        return mongo.findOne(query(where("traineeId").is(traineeId).and("endedAt").isNull()), MentorshipDocument.class);
    }

    /** The trainee's current mentor's id, if they have one. */
    public Mono<String> currentMentorId(String traineeId) {
        return currentMentorship(traineeId).map(MentorshipDocument::mentorId);
    }

    /** The department of the trainee's cohort. */
    public Mono<String> departmentOf(String traineeId) {
        return trainee(traineeId).flatMap(t -> mongo.findById(t.cohortId(), CohortDocument.class))
                .map(CohortDocument::departmentId);
    }

    /** The ids of the active people holding a role in a department. */
    public Flux<String> idsWithRole(Role role, String departmentId) {
        return mongo.find(query(where("roles").is(role).and("departmentId").is(departmentId).and("active").is(true)),
                PersonDocument.class).map(PersonDocument::id);
    }

    /** The trainees a mentor currently mentors. */
    public Flux<MentorshipDocument> currentMentees(String mentorId) {
        return mongo.find(query(where("mentorId").is(mentorId).and("endedAt").isNull()), MentorshipDocument.class);
    }

    /** The ids of the trainees a mentor currently mentors. */
    public Flux<String> currentMenteeIds(String mentorId) {
        return currentMentees(mentorId).map(MentorshipDocument::traineeId);
    }

    /**
     * Pairs a trainee with a mentor. At most one active mentor per trainee and at most the configured
     * number of mentees per mentor, enforced by the store (see {@link MentorshipSlot}); a loser gets 409.
     */
    public Mono<MentorshipDocument> assignMentor(Actor by, String traineeId, String mentorId, String reason) {
        String id = DocumentIds.next();
        return validatePair(traineeId, mentorId)
                .then(claim(MentorshipSlot.trainee(traineeId), id))
                .flatMap(claimed -> claimed ? Mono.just(true)
                        : Mono.error(PeopleExceptions.traineeAlreadyMentored(traineeId)))
                .then(claimMentorPlace(mentorId, id)
                        .onErrorResume(e -> release(id).then(Mono.error(e))))
                .then(mongo.insert(new MentorshipDocument(id, traineeId, mentorId, clock.instant(), by.personId(),
                        reason, null, null, null, null)));
    }

    /** Ends an active pairing with who and why; the record stays. */
    public Mono<MentorshipDocument> endMentorship(Actor by, String mentorshipId, String reason) {
        return mongo.findById(mentorshipId, MentorshipDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Mentorship", mentorshipId)))
                .flatMap(m -> m.active() ? mongo.save(new MentorshipDocument(m.id(), m.traineeId(), m.mentorId(),
                        m.startedAt(), m.startedBy(), m.reason(), clock.instant(), by.personId(), reason, m.version()))
                        : Mono.error(PeopleExceptions.noActiveMentorship(mentorshipId)))
                .flatMap(ended -> release(ended.id()).thenReturn(ended));
    }

    /**
     * Moves a trainee to another mentor: the new mentor's place is claimed first, so a full mentor leaves
     * the old pairing untouched; then the old pairing ends with the reason and the new one starts.
     */
    public Mono<MentorshipDocument> reassign(Actor by, String traineeId, String newMentorId, String reason) {
        String id = DocumentIds.next();
        return validatePair(traineeId, newMentorId)
                .then(claimMentorPlace(newMentorId, id))
                .then(currentMentorship(traineeId)
                        .flatMap(old -> old.mentorId().equals(newMentorId)
                                ? Mono.error(new InvalidRequestException("mentorId",
                                        "the trainee is already paired with this mentor"))
                                : endMentorship(by, old.id(), reason))
                        .then(claim(MentorshipSlot.trainee(traineeId), id))
                        .flatMap(claimed -> claimed ? Mono.just(true)
                                : Mono.error(PeopleExceptions.traineeAlreadyMentored(traineeId)))
                        .onErrorResume(e -> release(id).then(Mono.error(e))))
                .then(mongo.insert(new MentorshipDocument(id, traineeId, newMentorId, clock.instant(), by.personId(),
                        reason, null, null, null, null)));
    }

    private Mono<Void> validatePair(String traineeId, String mentorId) {
        if (traineeId.equals(mentorId)) {
            return Mono.error(new InvalidRequestException("mentorId", "a trainee cannot mentor themself"));
        }
        return trainee(traineeId).then(person(mentorId))
                .flatMap(m -> m.roles().contains(Role.MENTOR) && m.active() ? Mono.<Void>empty()
                        : Mono.error(new InvalidRequestException("mentorId",
                                "person '" + mentorId + "' is not an active mentor")));
    }

    private Mono<Void> claimMentorPlace(String mentorId, String mentorshipId) {
        int limit = properties.maxMenteesPerMentor();
        return Flux.range(1, limit)
                .concatMap(n -> claim(MentorshipSlot.mentor(mentorId, n), mentorshipId))
                .takeUntil(claimed -> claimed)
                .any(claimed -> claimed)
                .flatMap(claimed -> claimed ? Mono.<Void>empty()
                        : Mono.error(PeopleExceptions.mentorAtLimit(mentorId, limit)));
    }

    /** Claims a slot; a slot left behind by an ended or never-written pairing is taken over. */
    private Mono<Boolean> claim(String slotId, String mentorshipId) {
        Instant now = clock.instant();
        return mongo.insert(new MentorshipSlot(slotId, mentorshipId, now)).thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> mongo.findById(slotId, MentorshipSlot.class)
                        .flatMap(slot -> mongo.findById(slot.mentorshipId(), MentorshipDocument.class)
                                .map(MentorshipDocument::active)
                                .defaultIfEmpty(slot.claimedAt().plus(ORPHAN_AFTER).isAfter(now))
                                .flatMap(live -> live ? Mono.just(false)
                                        : mongo.remove(query(where("_id").is(slotId)
                                                        .and("mentorshipId").is(slot.mentorshipId())), MentorshipSlot.class)
                                        .then(mongo.insert(new MentorshipSlot(slotId, mentorshipId, now)))
                                        .thenReturn(true)
                                        .onErrorResume(DuplicateKeyException.class, again -> Mono.just(false))))
                        .defaultIfEmpty(false));
    }

    private Mono<Void> release(String mentorshipId) {
        return mongo.remove(query(Criteria.where("mentorshipId").is(mentorshipId)), MentorshipSlot.class).then();
    }
}
