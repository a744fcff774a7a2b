package com.csracademy.curriculum;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.csracademy.content.ContentException;
import com.csracademy.curriculum.TraineeCurriculum.CourseStatus;
import com.csracademy.curriculum.TraineeCurriculum.LessonStatus;
import com.csracademy.curriculum.domain.CourseCompletion;
import com.csracademy.curriculum.domain.ExemptionPolicy;
import com.csracademy.curriculum.domain.HeartbeatCredit;
import com.csracademy.curriculum.persistence.CourseDocument;
import com.csracademy.curriculum.persistence.Courses;
import com.csracademy.curriculum.persistence.ExemptionDocument;
import com.csracademy.curriculum.persistence.ExemptionDocument.Grant;
import com.csracademy.curriculum.persistence.Exemptions;
import com.csracademy.curriculum.persistence.LessonDocument;
import com.csracademy.curriculum.persistence.ProgressDocument;
import com.csracademy.curriculum.persistence.ProgressRecords;
import com.csracademy.people.People;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The curriculum module's application service: the courses and lessons, each trainee's reading progress,
 * and category-B exemptions. Reads of a trainee's records are scoped by {@link People#requireReadAccess}; a
 * trainee records only their own progress.
 */
@Service
public class Curriculum {

    private final Courses courses;
    private final ProgressRecords progress;
    private final Exemptions exemptions;
    private final People people;
    private final CurriculumContent content;
    private final HeartbeatCredit heartbeat;
    private final Clock clock;

    Curriculum(Courses courses, ProgressRecords progress, Exemptions exemptions, People people,
               CurriculumContent content, CurriculumProperties properties, Clock clock) {
        this.courses = courses;
        this.progress = progress;
        this.exemptions = exemptions;
        this.people = people;
        this.content = content;
        this.heartbeat = new HeartbeatCredit(properties.maxHeartbeatSeconds());
        this.clock = clock;
    }

    /** Every course in order, each with its lessons in order. */
    public Flux<Course> courses() {
        return withLessons(courses.all(), courses.outline());
    }

    /** One course with its lessons; errors with 404 for an unknown id. */
    public Mono<Course> course(String courseId) {
        return courses.course(courseId)
                .switchIfEmpty(Mono.error(() -> CurriculumExceptions.unknownCourse(courseId)))
                .flatMap(c -> withLessons(Flux.just(c), courses.outlineOf(Set.of(c.id()))).single());
    }

    /** The courses whose exam is the given area's, in order. */
    public Flux<Course> coursesOf(KnowledgeArea area) {
        return courses.ofArea(area).collectList().flatMapMany(found -> withLessons(Flux.fromIterable(found),
                courses.outlineOf(found.stream().map(CourseDocument::id).collect(Collectors.toSet()))));
    }

    /** A lesson with its Markdown; 404 when the lesson does not exist or belongs to another course. */
    public Mono<Lesson> lesson(String courseId, String lessonId) {
        return courses.course(courseId)
                .switchIfEmpty(Mono.error(() -> CurriculumExceptions.unknownCourse(courseId)))
                .then(courses.lesson(lessonId))
                .filter(l -> l.courseId().equals(courseId))
                .switchIfEmpty(Mono.error(() -> CurriculumExceptions.unknownLesson(lessonId)))
                .map(l -> new Lesson(l.id(), l.courseId(), l.title(), l.order(), l.minutes(), l.seedRef(),
                        l.markdown()));
    }

    /**
     * Re-imports the curriculum files; the same content twice changes nothing, and invalid files change
     * nothing either (422 naming the file and the field).
     */
    public Mono<CurriculumImport> reimport() {
        return content.importContent()
                .onErrorMap(ContentException.class, e -> new CurriculumExceptions.InvalidContent(e.getMessage()));
    }

    private static Flux<Course> withLessons(Flux<CourseDocument> found, Flux<LessonDocument> outline) {
        return outline.collectMultimap(LessonDocument::courseId).flatMapMany(byCourse -> found.map(c -> new Course(
                c.id(), c.title(), c.area(), c.order(), c.exemptibleForCategoryB(), c.description(),
                byCourse.getOrDefault(c.id(), List.of()).stream()
                        .sorted(Comparator.comparingInt(LessonDocument::order))
                        .map(l -> new Course.LessonSummary(l.id(), l.title(), l.minutes(), l.order()))
                        .toList())));
    }

    /**
     * The ids of the courses the trainee is exempted from now (revoked exemptions excluded). Unscoped: for
     * other modules (an exam of an exempted area, the weak-course list), not for a caller's request.
     */
    public Mono<Set<String>> exemptedCourses(String traineeId) {
        return exemptions.of(traineeId).filter(e -> e.current() != null).map(ExemptionDocument::courseId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The trainee's courses, exemptions and lesson progress, if the caller may see the trainee. */
    public Mono<TraineeCurriculum> curriculumOf(Actor actor, String traineeId) {
        return people.requireReadAccess(actor, traineeId).flatMap(trainee -> Mono.zip(
                        courses.all().collectList(),
                        courses.outline().collectMultimap(LessonDocument::courseId),
                        progress.of(traineeId).collectMap(ProgressDocument::lessonId, Function.identity()),
                        exemptedCourses(traineeId))
                .map(t -> view(traineeId, trainee.category(), t.getT1(), t.getT2(), t.getT3(), t.getT4())));
    }

    private static TraineeCurriculum view(String traineeId, Category category,
                                          List<CourseDocument> all,
                                          Map<String, Collection<LessonDocument>> lessonsByCourse,
                                          Map<String, ProgressDocument> progressByLesson, Set<String> exempted) {
        int counted = 0;
        int total = 0;
        List<CourseStatus> statuses = new ArrayList<>();
        for (CourseDocument c : all) {
            List<LessonStatus> lessons = lessonsByCourse.getOrDefault(c.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(LessonDocument::order))
                    .map(l -> {
                        ProgressDocument p = progressByLesson.get(l.id());
                        return p == null ? new LessonStatus(l.id(), l.title(), l.order(), l.minutes(), null, null, 0)
                                : new LessonStatus(l.id(), l.title(), l.order(), l.minutes(), p.openedAt(),
                                        p.completedAt(), p.secondsSpent());
                    })
                    .toList();
            boolean isExempted = exempted.contains(c.id());
            int completed = (int) lessons.stream().filter(l -> l.completedAt() != null).count();
            counted += CourseCompletion.countedLessons(completed, lessons.size(), isExempted);
            total += lessons.size();
            statuses.add(new CourseStatus(c.id(), c.title(), c.area(), c.order(), c.exemptibleForCategoryB(),
                    isExempted, completed, lessons.size(),
                    CourseCompletion.percent(completed, lessons.size(), isExempted), lessons));
        }
        return new TraineeCurriculum(traineeId, category, CourseCompletion.percent(counted, total, false), statuses);
    }

    /**
     * Records a lesson event of the calling trainee: {@code OPENED} and {@code COMPLETED} keep their first
     * time, {@code HEARTBEAT} adds the reported seconds up to the per-heartbeat cap. Only the trainee
     * themself records their progress.
     */
    public Mono<LessonProgress> recordProgress(Actor actor, String traineeId, String lessonId, ProgressEvent event,
                                               int seconds) {
        if (!actor.has(Role.TRAINEE) || !traineeId.equals(actor.personId())) {
            return Mono.error(CurriculumExceptions.notOwnProgress(traineeId));
        }
        return people.requireTrainee(traineeId)
                .then(courses.lesson(lessonId))
                .switchIfEmpty(Mono.error(() -> CurriculumExceptions.unknownLesson(lessonId)))
                .flatMap(lesson -> {
                    Instant now = clock.instant();
                    return switch (event) {
                        case OPENED -> progress.opened(traineeId, lessonId, lesson.courseId(), now);
                        case HEARTBEAT -> progress.heartbeat(traineeId, lessonId, lesson.courseId(), now,
                                heartbeat.credit(seconds));
                        case COMPLETED -> progress.completed(traineeId, lessonId, lesson.courseId(), now);
                    };
                })
                .map(p -> new LessonProgress(p.traineeId(), p.lessonId(), p.courseId(), p.openedAt(),
                        p.completedAt(), p.secondsSpent()));
    }

    /**
     * Exempts a category-B trainee from an exemptible course, with a reason; 422 when the rules forbid it,
     * 409 when an exemption from that course is already in force.
     */
    public Mono<Exemption> exempt(Actor actor, String traineeId, String courseId, String reason) {
        return people.requireReadAccess(actor, traineeId).flatMap(trainee -> courses.course(courseId)
                .switchIfEmpty(Mono.error(() -> CurriculumExceptions.unknownCourse(courseId)))
                .flatMap(course -> exemptions.find(traineeId, courseId)
                        .map(e -> e.current() != null).defaultIfEmpty(false)
                        .flatMap(inForce -> {
                            ExemptionPolicy.Decision decision = ExemptionPolicy.decide(trainee.category(), courseId,
                                    course.exemptibleForCategoryB(), reason, inForce);
                            if (decision instanceof ExemptionPolicy.Refused refused) {
                                return Mono.error(new CurriculumExceptions.ExemptionNotAllowed(refused.field(),
                                        refused.reason()));
                            }
                            if (decision instanceof ExemptionPolicy.AlreadyExempted) {
                                return Mono.error(CurriculumExceptions.alreadyExempted(traineeId, courseId));
                            }
                            Grant grant = new Grant(reason.strip(), actor.personId(), clock.instant(), null, null,
                                    null);
                            return exemptions.grant(traineeId, courseId, grant)
                                    .switchIfEmpty(Mono.error(() ->
                                            CurriculumExceptions.alreadyExempted(traineeId, courseId)));
                        })))
                .map(saved -> exemption(saved, saved.current()));
    }

    /** Revokes the exemption in force; it stays on record with who revoked it, when and why. */
    public Mono<Exemption> revokeExemption(Actor actor, String traineeId, String courseId, String reason) {
        return people.requireReadAccess(actor, traineeId)
                .then(exemptions.find(traineeId, courseId))
                .filter(e -> e.current() != null)
                .flatMap(e -> exemptions.revoke(traineeId, courseId, e.current(),
                        e.current().revoke(clock.instant(), actor.personId(), reason.strip())))
                .switchIfEmpty(Mono.error(() -> CurriculumExceptions.noActiveExemption(traineeId, courseId)))
                .map(saved -> exemption(saved, saved.revoked().get(saved.revoked().size() - 1)));
    }

    /** Every exemption of the trainee, in force and revoked, by course and then newest first. */
    public Mono<List<Exemption>> exemptions(Actor actor, String traineeId) {
        return people.requireReadAccess(actor, traineeId)
                .thenMany(exemptions.of(traineeId))
                .flatMapIterable(e -> Stream.concat(Stream.ofNullable(e.current()), e.revoked().stream())
                        .map(g -> exemption(e, g)).toList())
                .collectSortedList(Comparator.comparing(Exemption::courseId)
                        .thenComparing(Exemption::grantedAt, Comparator.reverseOrder()));
    }

    private static Exemption exemption(ExemptionDocument document, Grant grant) {
        return new Exemption(document.traineeId(), document.courseId(), grant.reason(), grant.grantedBy(),
                grant.grantedAt(), grant.revokedAt() == null, grant.revokedAt(), grant.revokedBy(),
                grant.revokeReason());
    }
}
