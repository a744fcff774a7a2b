package com.csracademy.quiz;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.csracademy.people.People;
import com.csracademy.people.AccessPurpose;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.quiz.ExamDefinition.AreaDraw;
import com.csracademy.quiz.domain.AnswerShape;
import com.csracademy.quiz.domain.AnswerShape.Answer;
import com.csracademy.quiz.domain.QuestionDraw;
import com.csracademy.quiz.domain.Scores;
import com.csracademy.quiz.gift.GiftGrader;
import com.csracademy.quiz.gift.GiftQuestion;
import com.csracademy.quiz.gift.Grade;
import com.csracademy.quiz.gift.MatchPair;
import com.csracademy.quiz.gift.QuestionType;
import com.csracademy.quiz.persistence.AttemptDocument;
import com.csracademy.quiz.persistence.AttemptDocument.Finalizer;
import com.csracademy.quiz.persistence.AttemptDocument.Item;
import com.csracademy.quiz.persistence.AttemptDocument.ItemResult;
import com.csracademy.quiz.persistence.AttemptDocument.ItemStatus;
import com.csracademy.quiz.persistence.AttemptDocument.Result;
import com.csracademy.quiz.persistence.AttemptDocument.SavedAnswer;
import com.csracademy.quiz.persistence.AttemptDocument.Status;
import com.csracademy.quiz.persistence.AttemptLock;
import com.csracademy.quiz.persistence.KnowledgeAssessmentDocument;
import com.csracademy.quiz.persistence.QuestionExposure;
import com.csracademy.quiz.persistence.QuizMigration;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.DocumentIds;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.StartupTask;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Exam attempts, graded on the server: the draw, autosave (one answer or several at once, each write
 * idempotent), the deadline the server enforces, submit (twice gives the same result), the sweep that
 * finalizes attempts left open past their deadline, and manual grading of essays.
 */
@Service
public class Attempts implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(Attempts.class);
    private static final int MAX_RETRIES = 10;
    private static final TypeInformation<SavedAnswer> SAVED_ANSWER = TypeInformation.of(SavedAnswer.class);

    private final ReactiveMongoTemplate mongo;
    private final QuestionBank bank;
    private final Exams exams;
    private final People people;
    private final KnowledgeAssessments assessments;
    private final Clock clock;
    private final Random random = new Random();

    Attempts(ReactiveMongoTemplate mongo, QuestionBank bank, Exams exams, People people,
             KnowledgeAssessments assessments, Clock clock) {
        this.mongo = mongo;
        this.bank = bank;
        this.exams = exams;
        this.people = people;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** An attempt as the caller may see it, and whether it was just created. */
    public record Started(AttemptDocument attempt, boolean created) {
    }

    // ---- start -----------------------------------------------------------------------------------

    /**
     * Starts an attempt, or resumes the trainee's open attempt of the same exam. {@code areas} restricts a
     * knowledge make-up to some areas; a first sitting covers them all.
     */
    public Mono<Started> start(Actor actor, String examId, Set<KnowledgeArea> areas) {
        if (!actor.has(Role.TRAINEE)) {
            return Mono.error(new ForbiddenException("Only trainees take exams"));
        }
        ExamDefinition exam = exams.exam(examId);
        String traineeId = actor.personId();
        // only a knowledge sitting depends on the earlier ones (its number, the areas a make-up may cover)
        Mono<java.util.Optional<KnowledgeAssessmentDocument>> earlier = exam.purpose() == ExamDefinition.Purpose.KNOWLEDGE
                ? assessments.latest(traineeId).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                : Mono.just(java.util.Optional.empty());
        return people.requireTrainee(traineeId)
                .then(earlier)
                .flatMap(previous -> {
                    List<AreaDraw> draws = chooseAreas(exam, areas, previous.isPresent());
                    int sitting = exam.purpose() == ExamDefinition.Purpose.KNOWLEDGE
                            ? previous.map(p -> p.sitting() + 1).orElse(1) : 0;
                    return openOrCreate(exam, traineeId, draws, sitting, 0);
                });
    }

    private static List<AreaDraw> chooseAreas(ExamDefinition exam, Set<KnowledgeArea> areas, boolean hasPrevious) {
        if (areas == null || areas.isEmpty()) {
            return exam.areas();
        }
        if (exam.purpose() == ExamDefinition.Purpose.KNOWLEDGE && !hasPrevious) {
            throw new InvalidRequestException("areas", "the first knowledge sitting covers every area; "
                    + "only a make-up may be restricted to some");
        }
        List<AreaDraw> chosen = exam.areas().stream().filter(d -> areas.contains(d.area())).toList();
        if (chosen.size() != areas.size()) {
            throw new InvalidRequestException("areas", "exam '" + exam.id() + "' has no area among " + areas);
        }
        return chosen;
    }

    private Mono<Started> openOrCreate(ExamDefinition exam, String traineeId, List<AreaDraw> draws, int sitting,
                                       int tries) {
        String lockId = AttemptLock.key(traineeId, exam.id());
        String attemptId = DocumentIds.next();
        return mongo.insert(new AttemptLock(lockId, attemptId, clock.instant()))
                .then(create(exam, traineeId, draws, sitting, attemptId)
                        .onErrorResume(e -> mongo.remove(query(where("_id").is(lockId).and("attemptId").is(attemptId)),
                                AttemptLock.class).then(Mono.error(e))))
                .map(created -> new Started(created, true))
                .onErrorResume(DuplicateKeyException.class, duplicate -> {
                    if (tries >= MAX_RETRIES) {
                        return Mono.error(new ConflictException("attempt-busy", "Try again",
                                "Another start of this exam is in progress; try again"));
                    }
                    return mongo.findById(lockId, AttemptLock.class)
                            .flatMap(lock -> mongo.findById(lock.attemptId(), AttemptDocument.class)
                                    .flatMap(existing -> closeIfExpired(existing))
                                    .flatMap(existing -> existing.open()
                                            ? Mono.just(new Started(existing, false))
                                            : releaseLock(existing).then(Mono.<Started>empty()))
                                    .switchIfEmpty(Mono.defer(() -> lock.createdAt().isBefore(
                                            clock.instant().minusSeconds(30))
                                            ? mongo.remove(query(where("_id").is(lockId)
                                                    .and("attemptId").is(lock.attemptId())), AttemptLock.class)
                                                    .then(Mono.<Started>empty())
                                            : Mono.delay(Duration.ofMillis(50)).then(Mono.<Started>empty()))))
                            .switchIfEmpty(Mono.defer(() -> openOrCreate(exam, traineeId, draws, sitting, tries + 1)));
                });
    }

    private Mono<AttemptDocument> create(ExamDefinition exam, String traineeId, List<AreaDraw> draws, int sitting,
                                         String attemptId) {
        return exposure(traineeId).flatMap(exposure -> Flux.fromIterable(draws)
                .concatMap(draw -> bank.idsOf(draw.area()).flatMapMany(ids -> {
                    if (ids.size() < draw.questions()) {
                        return Flux.error(new ConflictException("bank-too-small", "Not enough questions",
                                "The " + draw.area() + " bank has " + ids.size() + " questions; the exam needs "
                                        + draw.questions()));
                    }
                    return Flux.fromIterable(QuestionDraw.draw(ids, exposure, draw.questions(), random))
                            .concatMap(id -> bank.question(id).map(q -> item(id, draw.area(), q, exam)));
                }))
                .collectList()
                .flatMap(items -> {
                    List<Item> ordered = new ArrayList<>(items);
                    if (exam.shuffleQuestions()) {
                        Collections.shuffle(ordered, random);
                    }
                    Instant now = clock.instant();
                    return mongo.insert(new AttemptDocument(attemptId, exam.id(), traineeId, exam.purpose(),
                            draws.stream().map(AreaDraw::area).toList(), sitting, ordered, new LinkedHashMap<>(),
                            now, now.plus(Duration.ofMinutes(exam.timeLimitMinutes())), Status.IN_PROGRESS, null,
                            null, null, null))
                            .flatMap(created -> recordExposure(traineeId, ordered).thenReturn(created));
                }));
    }

    private Item item(String id, KnowledgeArea area, GiftQuestion q, ExamDefinition exam) {
        List<Integer> choiceOrder = null;
        if (q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.MULTIPLE_ANSWER) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, q.choices().size()).boxed().toList());
            if (exam.shuffleChoices()) {
                Collections.shuffle(order, random);
            }
            choiceOrder = order;
        }
        List<String> rightOrder = null;
        if (q.type() == QuestionType.MATCHING) {
            List<String> rights = new ArrayList<>(q.matchPairs().stream().map(MatchPair::answer).distinct().toList());
            Collections.shuffle(rights, random);
            rightOrder = rights;
        }
        return new Item(id, area, choiceOrder, rightOrder);
    }

    /**
     * How often the trainee was shown each question over all their earlier attempts: one document read (none yet:
     * a new trainee). Attempts older than that document were counted into it once, at start-up
     * ({@link #backfillExposure()}).
     */
    private Mono<Map<String, Integer>> exposure(String traineeId) {
        return mongo.findById(traineeId, QuestionExposure.class)
                .map(stored -> stored.counts() == null ? Map.<String, Integer>of() : stored.counts())
                .defaultIfEmpty(Map.of());
    }

    /**
     * Adds the new attempt's questions to the trainee's exposure ({@code $inc}, creating the document on the
     * first attempt). A failure here only makes a later draw less exact, so it is logged and the attempt stands.
     * The update goes to the driver as written: it holds only strings and integers, and mapping its 20–40 keys
     * against {@link QuestionExposure} (a property path parsed per question id) was 3–4 % of the app's CPU samples in
     * the bulk exam benchmark (docs/performance.md, tenth round).
     */
    private Mono<Void> recordExposure(String traineeId, List<Item> drawn) {
        Document increments = new Document();
        drawn.forEach(item -> increments.merge("counts." + item.questionId(), 1,
                (a, b) -> (Integer) a + (Integer) b));
        Document update = new Document("$inc", increments);
        return mongo.execute(QuestionExposure.class, exposure -> exposure.updateOne(Filters.eq("_id", traineeId),
                        update, new UpdateOptions().upsert(true)))
                .then()
                .onErrorResume(e -> {
                    log.warn("Could not record the questions drawn for trainee {}: {}", traineeId, e.getMessage());
                    return Mono.empty();
                });
    }

    /**
     * Once per store: gives every trainee whose attempts predate {@link QuestionExposure} that document, counted
     * from their attempts (one pass over the attempts), then marks the store done. Until this existed, a trainee
     * without the document had their attempts counted on every start — a scan of all attempts per new trainee
     * (docs/performance.md, fifth round). A trainee who meanwhile got the document from a start (another
     * instance) keeps it.
     */
    Mono<Void> backfillExposure() {
        Query attempts = new Query();
        attempts.fields().include("traineeId").include("items.questionId");
        Mono<Void> backfill = mongo.find(attempts, Document.class, "attempts")
                .collect(HashMap<String, Map<String, Integer>>::new, (byTrainee, attempt) -> {
                    Map<String, Integer> counts = byTrainee.computeIfAbsent(attempt.getString("traineeId"),
                            trainee -> new HashMap<>());
                    attempt.getList("items", Document.class, List.of())
                            .forEach(item -> counts.merge(item.getString("questionId"), 1, Integer::sum));
                })
                .flatMapMany(byTrainee -> Flux.fromIterable(byTrainee.entrySet()))
                .concatMap(trainee -> mongo.insert(new QuestionExposure(trainee.getKey(), trainee.getValue()))
                        .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty()))
                .count()
                .doOnNext(written -> log.info("Question exposure counted from the attempts for {} trainees", written))
                .then(mongo.insert(new QuizMigration(QuizMigration.EXPOSURE_BACKFILL, clock.instant())).then())
                .onErrorResume(DuplicateKeyException.class, doneElsewhere -> Mono.empty());
        return mongo.exists(query(where("_id").is(QuizMigration.EXPOSURE_BACKFILL)), QuizMigration.class)
                .flatMap(done -> done ? Mono.<Void>empty() : backfill);
    }

    // ---- read ------------------------------------------------------------------------------------

    /** The attempt, finalized first when its deadline has passed; only its trainee and their scope see it. */
    public Mono<AttemptDocument> read(Actor actor, String attemptId) {
        return load(attemptId)
                .flatMap(a -> a.traineeId().equals(actor.personId()) ? Mono.just(a)
                        : people.requireAccess(actor, a.traineeId(), AccessPurpose.READ).thenReturn(a))
                .flatMap(this::closeIfExpired);
    }

    public Flux<AttemptDocument> ofTrainee(Actor actor, String traineeId) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ)
                .thenMany(mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("startedAt").descending()),
                        AttemptDocument.class));
    }

    private Mono<AttemptDocument> load(String attemptId) {
        return mongo.findById(attemptId, AttemptDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Attempt", attemptId)));
    }

    private Mono<AttemptDocument> own(Actor actor, String attemptId) {
        return load(attemptId).flatMap(a -> a.traineeId().equals(actor.personId()) ? Mono.just(a)
                : Mono.error(new ForbiddenException("Only the trainee who took the attempt may answer it")));
    }

    // ---- answers ---------------------------------------------------------------------------------

    /** What a save acknowledges: when the answers were saved and the attempt's version after it. */
    public record SavedState(Instant savedAt, long version) {
    }

    /**
     * Saves answers (one or several). Each answer is checked against its question first, so a bad one
     * saves nothing; a save after the deadline or after submit is 409 with the saved state.
     * <p>
     * The usual case is one guarded update and nothing else: the filter checks that the attempt is the
     * caller's, still open, before its deadline and holds every question answered, and only the new version
     * comes back. When the update matches nothing, or an answer does not fit its question, the attempt is read
     * and the reason reported exactly as a full check would (404, 403, 422 on the question, 409 with the
     * saved state).
     */
    public Mono<SavedState> save(Actor actor, String attemptId, Map<String, Answer> answers) {
        boolean allFit = answers.entrySet().stream()
                .allMatch(e -> bank.cached(e.getKey()).filter(q -> fits(q, e.getValue())).isPresent());
        Mono<SavedState> checked = Mono.defer(() -> checkedSave(actor, attemptId, answers));
        return allFit ? guardedWrite(actor, attemptId, answers).switchIfEmpty(checked) : checked;
    }

    /** Whether the answer has the shape its question takes, whatever order the options were shown in. */
    private static boolean fits(GiftQuestion question, Answer answer) {
        if (answer == null) {
            return false;
        }
        try {
            AnswerShape.toResponse(question, answer, null);
            return true;
        } catch (AnswerShape.WrongShape e) {
            return false;
        }
    }

    private Mono<SavedState> guardedWrite(Actor actor, String attemptId, Map<String, Answer> answers) {
        Instant now = clock.instant();
        Query query = query(where("_id").is(attemptId).and("traineeId").is(actor.personId())
                .and("status").is(Status.IN_PROGRESS).and("deadline").gt(now)
                .and("items.questionId").all(answers.keySet()));
        return saveIf(query, answers, now);
    }

    /** The answers' update where the query matches; only the new version comes back, not the attempt. */
    private Mono<SavedState> saveIf(Query query, Map<String, Answer> answers, Instant now) {
        query.fields().include("version");
        return mongo.findAndModify(query, answerUpdate(answers, now), FindAndModifyOptions.options().returnNew(true),
                        Document.class, "attempts")
                .map(doc -> new SavedState(now, ((Number) doc.get("version")).longValue()));
    }

    /** The full check: read the attempt, check each answer against it, then the guarded update. */
    private Mono<SavedState> checkedSave(Actor actor, String attemptId, Map<String, Answer> answers) {
        return own(actor, attemptId).flatMap(attempt -> {
            Map<String, Item> items = attempt.items().stream()
                    .collect(Collectors.toMap(Item::questionId, i -> i));
            for (String questionId : answers.keySet()) {
                if (!items.containsKey(questionId)) {
                    return Mono.error(QuizExceptions.notInAttempt(questionId));
                }
            }
            return Flux.fromIterable(answers.entrySet())
                    .concatMap(e -> bank.question(e.getKey()).doOnNext(q -> check(q, e.getKey(), e.getValue(),
                            items.get(e.getKey()))))
                    .then(Mono.defer(() -> write(attempt, answers)));
        });
    }

    private static void check(GiftQuestion question, String questionId, Answer answer, Item item) {
        try {
            AnswerShape.toResponse(question, answer, item.choiceOrder());
        } catch (AnswerShape.WrongShape e) {
            throw QuizExceptions.wrongShape("answers." + questionId + "." + e.field(), e.getMessage());
        }
    }

    /**
     * Each answer goes in as the document its property declares, so without Spring Data's {@code _class} hint: the
     * update names a map entry by path, which Spring Data cannot type, and would otherwise add the record's class
     * name to every saved answer (about 40 % of a 20-question attempt's answers, on every later read and write).
     */
    private Update answerUpdate(Map<String, Answer> answers, Instant now) {
        Update update = new Update().inc("version", 1);
        answers.forEach((questionId, answer) -> update.set("answers." + questionId,
                mongo.getConverter().convertToMongoType(new SavedAnswer(answer, now), SAVED_ANSWER)));
        return update;
    }

    private Mono<SavedState> write(AttemptDocument attempt, Map<String, Answer> answers) {
        Instant now = clock.instant();
        Query open = query(where("_id").is(attempt.id()).and("status").is(Status.IN_PROGRESS).and("deadline").gt(now));
        return saveIf(open, answers, now)
                .switchIfEmpty(Mono.defer(() -> load(attempt.id()).flatMap(this::closeIfExpired)
                        .flatMap(closed -> Mono.error(new QuizExceptions.AttemptClosed(closed.open()
                                ? "The attempt could not be saved; try again"
                                : "The attempt is closed (" + (closed.finalizedBy() == Finalizer.DEADLINE
                                        ? "time is up" : "submitted") + "); nothing was changed", closed)))));
    }

    // ---- submit and finalize ---------------------------------------------------------------------

    /** Submits and grades; a second submit returns the same result. */
    public Mono<AttemptDocument> submit(Actor actor, String attemptId) {
        return own(actor, attemptId).flatMap(a -> a.open() ? finalize(a, clock.instant().isBefore(a.deadline())
                ? Finalizer.TRAINEE : Finalizer.DEADLINE, 0) : Mono.just(a));
    }

    private Mono<AttemptDocument> closeIfExpired(AttemptDocument attempt) {
        return attempt.open() && !clock.instant().isBefore(attempt.deadline())
                ? finalize(attempt, Finalizer.DEADLINE, 0) : Mono.just(attempt);
    }

    /**
     * Grades what was saved and closes the attempt, if nobody changed it meanwhile (the version guard);
     * otherwise re-reads and tries again. Losing to another finalizer returns the winner's result.
     * <p>
     * The closed attempt is not read back: every write to an attempt raises its version, so when the guarded
     * update matched, the stored attempt is exactly the one graded plus this update ({@link
     * AttemptDocument#finalized}), and sending the whole document back would only cost both sides its encoding.
     */
    private Mono<AttemptDocument> finalize(AttemptDocument attempt, Finalizer by, int tries) {
        return grade(attempt).flatMap(result -> {
            Status status = result.pendingManual() > 0 ? Status.PENDING_MANUAL : Status.GRADED;
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS); // what the store keeps of an instant
            Update update = new Update().set("status", status).set("result", result)
                    .set("finalizedAt", at).set("finalizedBy", by).inc("version", 1);
            return mongo.updateFirst(query(where("_id").is(attempt.id()).and("status").is(Status.IN_PROGRESS)
                            .and("version").is(attempt.version())), update, AttemptDocument.class)
                    .filter(updated -> updated.getMatchedCount() == 1)
                    // Spring Data reports a versioned update that matched nothing as a lost optimistic lock
                    .onErrorResume(OptimisticLockingFailureException.class, lost -> Mono.empty())
                    .map(updated -> attempt.finalized(status, result, at, by));
        })
                .flatMap(closed -> releaseLock(closed).then(afterGrading(closed)).thenReturn(closed))
                .switchIfEmpty(Mono.defer(() -> load(attempt.id()).flatMap(current -> current.open()
                        && tries < MAX_RETRIES ? finalize(current, by, tries + 1) : Mono.just(current))));
    }

    private Mono<Void> releaseLock(AttemptDocument attempt) {
        return mongo.remove(query(where("_id").is(AttemptLock.key(attempt.traineeId(), attempt.examId()))
                .and("attemptId").is(attempt.id())), AttemptLock.class).then();
    }

    private Mono<Void> afterGrading(AttemptDocument attempt) {
        return attempt.status() == Status.GRADED && attempt.purpose() == ExamDefinition.Purpose.KNOWLEDGE
                ? assessments.record(attempt) : Mono.empty();
    }

    private Mono<Result> grade(AttemptDocument attempt) {
        return Flux.fromIterable(attempt.items())
                .concatMap(item -> bank.question(item.questionId()).map(q -> gradeItem(q, item,
                        attempt.answers().get(item.questionId()))))
                .collectList()
                .map(Attempts::result);
    }

    private static ItemResult gradeItem(GiftQuestion question, Item item, SavedAnswer saved) {
        if (saved == null) {
            return new ItemResult(item.questionId(), item.area(), BigDecimal.ZERO, ItemStatus.UNANSWERED, null, null);
        }
        Grade grade = GiftGrader.grade(question, AnswerShape.toResponse(question, saved.answer(), item.choiceOrder()));
        if (grade.needsManualGrading()) {
            return new ItemResult(item.questionId(), item.area(), null, ItemStatus.PENDING_MANUAL, null, null);
        }
        return new ItemResult(item.questionId(), item.area(), grade.fraction(), statusOf(grade.fraction()), null, null);
    }

    static ItemStatus statusOf(BigDecimal fraction) {
        int vsOne = fraction.compareTo(BigDecimal.ONE);
        return vsOne >= 0 ? ItemStatus.CORRECT : fraction.signum() > 0 ? ItemStatus.PARTIAL : ItemStatus.INCORRECT;
    }

    static Result result(List<ItemResult> items) {
        Map<KnowledgeArea, List<BigDecimal>> byArea = new EnumMap<>(KnowledgeArea.class);
        List<BigDecimal> all = new ArrayList<>();
        int pending = 0;
        for (ItemResult item : items) {
            BigDecimal fraction = item.fraction() == null ? BigDecimal.ZERO : item.fraction();
            if (item.status() == ItemStatus.PENDING_MANUAL) {
                pending++;
            }
            byArea.computeIfAbsent(item.area(), a -> new ArrayList<>()).add(fraction);
            all.add(fraction);
        }
        Map<KnowledgeArea, BigDecimal> areaScores = new EnumMap<>(KnowledgeArea.class);
        byArea.forEach((area, fractions) -> areaScores.put(area, Scores.percent(fractions)));
        return new Result(areaScores, Scores.percent(all), items, pending);
    }

    // ---- manual grading --------------------------------------------------------------------------

    /** Attempts waiting for an essay to be graded, oldest first. */
    public Flux<AttemptDocument> pendingManual() {
        return mongo.find(query(where("status").is(Status.PENDING_MANUAL)).with(Sort.by("finalizedAt")),
                AttemptDocument.class);
    }

    /** Grades one essay; when none is left the attempt is graded and, for a knowledge sitting, recorded. */
    public Mono<AttemptDocument> gradeManually(Actor grader, String attemptId, String questionId, BigDecimal fraction,
                                               String comment) {
        return load(attemptId).flatMap(attempt -> {
            if (attempt.status() != Status.PENDING_MANUAL || attempt.result().items().stream()
                    .noneMatch(i -> i.questionId().equals(questionId) && i.status() == ItemStatus.PENDING_MANUAL)) {
                return Mono.error(QuizExceptions.notPendingManual(questionId));
            }
            List<ItemResult> items = attempt.result().items().stream()
                    .map(i -> i.questionId().equals(questionId) ? new ItemResult(i.questionId(), i.area(), fraction,
                            statusOf(fraction), grader.personId(), comment) : i)
                    .toList();
            Result result = result(items);
            Status status = result.pendingManual() > 0 ? Status.PENDING_MANUAL : Status.GRADED;
            return mongo.findAndModify(query(where("_id").is(attemptId).and("version").is(attempt.version())),
                            new Update().set("result", result).set("status", status).inc("version", 1),
                            FindAndModifyOptions.options().returnNew(true), AttemptDocument.class)
                    .switchIfEmpty(Mono.error(() -> new ConflictException("concurrent-modification",
                            "Changed by someone else", "The attempt was graded by someone else meanwhile; reload it")))
                    .flatMap(graded -> afterGrading(graded).thenReturn(graded));
        });
    }

    // ---- the sweep -------------------------------------------------------------------------------

    /**
     * Finalizes attempts left open past their deadline with what was saved. Safe on several instances
     * at once: finalizing is a guarded update, so each attempt is closed exactly once.
     */
    @Scheduled(fixedDelayString = "${academy.quiz.sweep-interval:PT30S}", initialDelayString = "PT10S")
    public void scheduledSweep() {
        report("Deadline sweep", sweep());
    }

    /** The safety net of {@link #sweep()}: every open attempt past its deadline, claimed or not. */
    @Scheduled(fixedDelayString = "${academy.quiz.full-sweep-interval:PT1H}", initialDelayString = "PT2M")
    public void scheduledFullSweep() {
        report("Full deadline sweep", fullSweep());
    }

    private static void report(String sweep, Mono<Long> finalized) {
        finalized.subscribe(n -> {
            if (n > 0) {
                log.info("{} finalized {} attempt(s)", sweep, n);
            }
        }, e -> log.warn("{} failed: {}", sweep, e.getMessage()));
    }

    /**
     * Starts from the open attempts' claims ({@code attempt_locks}: one per open attempt, released when it is
     * finalized) and reads each claimed attempt by id: a set as large as the sittings in progress, where a query
     * on {@code attempts} itself would, on the embedded store (no secondary indexes), read every attempt ever
     * taken every 30 s (docs/performance.md, fifth round).
     */
    public Mono<Long> sweep() {
        Instant now = clock.instant();
        return mongo.findAll(AttemptLock.class)
                .concatMap(lock -> mongo.findOne(query(where("_id").is(lock.attemptId())
                        .and("status").is(Status.IN_PROGRESS).and("deadline").lte(now)), AttemptDocument.class))
                .concatMap(a -> finalize(a, Finalizer.DEADLINE, 0))
                .count();
    }

    /** Every attempt still in progress past its deadline, whether or not its claim is there. */
    public Mono<Long> fullSweep() {
        return mongo.find(query(where("status").is(Status.IN_PROGRESS).and("deadline").lte(clock.instant())),
                        AttemptDocument.class)
                .concatMap(a -> finalize(a, Finalizer.DEADLINE, 0))
                .count();
    }

    @Override
    public String name() {
        return "attempt indexes";
    }

    @Override
    public int order() {
        return -20;
    }

    @Override
    public Mono<Void> run() {
        return Mono.when(
                mongo.indexOps(AttemptDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)),
                mongo.indexOps(AttemptDocument.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                        .on("deadline", Sort.Direction.ASC)),
                mongo.indexOps(KnowledgeAssessmentDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)))
                .then(backfillExposure());
    }

    static Map<String, Answer> one(String questionId, Answer answer) {
        Map<String, Answer> map = new HashMap<>();
        map.put(questionId, answer);
        return map;
    }
}
