package com.csracademy.curriculum.persistence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The imported courses and lessons. */
@Component
public class Courses {

    private static final Sort COURSE_ORDER = Sort.by("order", "_id");
    private static final Sort LESSON_ORDER = Sort.by("courseId", "order", "_id");

    private final ReactiveMongoTemplate mongo;

    Courses(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Makes the store hold exactly these courses and lessons: each is written by id (so importing the same
     * set twice leaves one copy), then those no longer in the content are removed. Progress and exemptions
     * refer to ids and are kept.
     */
    public Mono<Void> replaceAll(List<CourseDocument> courses, List<LessonDocument> lessons) {
        Set<String> courseIds = courses.stream().map(CourseDocument::id).collect(Collectors.toSet());
        Set<String> lessonIds = lessons.stream().map(LessonDocument::id).collect(Collectors.toSet());
        return Flux.concat(Flux.fromIterable(courses).concatMap(mongo::save),
                        Flux.fromIterable(lessons).concatMap(mongo::save))
                .then(mongo.remove(query(where("_id").nin(lessonIds)), LessonDocument.class))
                .then(mongo.remove(query(where("_id").nin(courseIds)), CourseDocument.class))
                .then();
    }

    public Flux<CourseDocument> all() {
        return mongo.find(new Query().with(COURSE_ORDER), CourseDocument.class);
    }

    public Mono<CourseDocument> course(String id) {
        return mongo.findById(id, CourseDocument.class);
    }

    public Flux<CourseDocument> ofArea(KnowledgeArea area) {
        return mongo.find(query(where("area").is(area)).with(COURSE_ORDER), CourseDocument.class);
    }

    /** Every lesson without its text, in course and lesson order. */
    public Flux<LessonDocument> outline() {
        return mongo.find(withoutText(new Query()).with(LESSON_ORDER), LessonDocument.class);
    }

    /** The lessons of some courses without their text, in course and lesson order. */
    public Flux<LessonDocument> outlineOf(Set<String> courseIds) {
        return mongo.find(withoutText(query(where("courseId").in(courseIds))).with(LESSON_ORDER),
                LessonDocument.class);
    }

    public Mono<LessonDocument> lesson(String id) {
        return mongo.findById(id, LessonDocument.class);
    }

    private static Query withoutText(Query query) {
        query.fields().exclude("markdown");
        return query;
    }
}
