package com.csracademy.curriculum;

import java.util.List;

import com.csracademy.content.ContentVersions;
import com.csracademy.curriculum.persistence.CourseDocument;
import com.csracademy.curriculum.persistence.LessonDocument;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.shared.NotFoundException;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The courses and lessons: imported at start, read by anyone signed in, published to other modules. */
class CurriculumCatalogueApiTest extends ApiTest {

    @Autowired
    ContentVersions versions;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Curriculum curriculum;

    @Test
    void theShippedCurriculumIsImportedAtStart() {
        assertThat(mongo.count(new Query(), CourseDocument.class).block()).isEqualTo(6);
        assertThat(mongo.count(new Query(), LessonDocument.class).block()).isEqualTo(30);
        assertThat(versions.current(CurriculumContent.CONTENT_KEY).block().hash()).hasSize(64);
    }

    @Test
    void importingTheSameContentAgainChangesNothing() {
        var before = versions.current(CurriculumContent.CONTENT_KEY).block();
        List<CourseDocument> coursesBefore = mongo.findAll(CourseDocument.class).collectList().block();
        as("admin").post().uri("/api/v1/admin/content/curriculum/reload").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.changed").isEqualTo(false)
                .jsonPath("$.courses").isEqualTo(6)
                .jsonPath("$.lessons").isEqualTo(30);
        assertThat(versions.current(CurriculumContent.CONTENT_KEY).block()).isEqualTo(before);
        assertThat(mongo.findAll(CourseDocument.class).collectList().block())
                .containsExactlyInAnyOrderElementsOf(coursesBefore);
        assertThat(mongo.count(new Query(), LessonDocument.class).block()).isEqualTo(30);
    }

    @Test
    void onlyAnAdministratorReimports() {
        as("ts1").post().uri("/api/v1/admin/content/curriculum/reload").exchange().expectStatus().isForbidden();
    }

    @Test
    void anyoneSignedInListsTheCoursesInOrderWithTheirLessonOutlines() {
        List<Course> courses = as("qa1").get().uri("/api/v1/courses").exchange().expectStatus().isOk()
                .expectBodyList(Course.class).returnResult().getResponseBody();
        assertThat(courses).extracting(Course::id).containsExactly("dept-intro", "securities-basics", "systems",
                "services-products", "service-norms", "service-skills");
        Course intro = courses.get(0);
        assertThat(intro.area()).isNull();
        assertThat(intro.exemptibleForCategoryB()).isFalse();
        assertThat(intro.lessons()).extracting(Course.LessonSummary::order).containsExactly(1, 2);
        Course basics = courses.get(1);
        assertThat(basics.area()).isEqualTo(KnowledgeArea.SECURITIES_BASICS);
        assertThat(basics.exemptibleForCategoryB()).isTrue();
        assertThat(basics.lessons()).hasSize(10);
        assertThat(basics.lessons().get(0)).isEqualTo(new Course.LessonSummary(
                "securities-basics.a-shares-and-b-shares", "A股与B股基础知识", 60, 1));
    }

    @Test
    void theCourseListCarriesNoLessonText() {
        as("t01").get().uri("/api/v1/courses").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].lessons[0].markdown").doesNotExist();
    }

    @Test
    void aLessonComesWithItsMarkdown() {
        Lesson lesson = as("t01").get().uri("/api/v1/courses/systems/lessons/systems.pc-trading-client").exchange()
                .expectStatus().isOk().expectBody(Lesson.class).returnResult().getResponseBody();
        assertThat(lesson.courseId()).isEqualTo("systems");
        assertThat(lesson.title()).isEqualTo("网上交易软件（PC行情交易客户端）");
        assertThat(lesson.markdown()).startsWith("\n## 学习目标").doesNotContain("seedRef:");
    }

    @Test
    void anUnknownCourseIs404Problem() {
        as("t01").get().uri("/api/v1/courses/astrology").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/not-found")
                .jsonPath("$.detail").isEqualTo("Course 'astrology' does not exist");
        as("t01").get().uri("/api/v1/courses/astrology/lessons/systems.pc-trading-client").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anUnknownLessonIs404Problem() {
        as("t01").get().uri("/api/v1/courses/systems/lessons/systems.teleportation").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("Lesson 'systems.teleportation' does not exist");
    }

    @Test
    void aLessonAskedForUnderAnotherCourseIs404() {
        as("t01").get().uri("/api/v1/courses/systems/lessons/dept-intro.staff-code-of-conduct").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void withoutATokenTheCoursesAre401() {
        web.get().uri("/api/v1/courses").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void otherModulesFindTheCoursesOfAnArea() {
        StepVerifier.create(curriculum.coursesOf(KnowledgeArea.SECURITIES_BASICS).map(Course::id))
                .expectNext("securities-basics", "services-products").verifyComplete();
        StepVerifier.create(curriculum.coursesOf(KnowledgeArea.SYSTEMS).map(c -> c.lessons().size()))
                .expectNext(6).verifyComplete();
    }

    @Test
    void otherModulesFindACourseByIdAndAnUnknownOneIsNotFound() {
        StepVerifier.create(curriculum.course("service-skills"))
                .assertNext(c -> {
                    assertThat(c.area()).isEqualTo(KnowledgeArea.SERVICE_SKILLS);
                    assertThat(c.lessons()).hasSize(4);
                })
                .verifyComplete();
        StepVerifier.create(curriculum.course("astrology")).expectError(NotFoundException.class).verify();
    }
}
