package com.csracademy.curriculum;

import java.util.List;

import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read a trainee's curriculum and exemptions: the trainee, their mentor, a branch mentor hosting
 * them, the department's staff (head, training specialists and QA specialists, who read as department
 * staff) and administrators; nobody else.
 */
class CurriculumScopeApiTest extends ApiTest {

    private static final String OUT_OF_SCOPE = "https://csr-academy.example/problems/out-of-scope";

    private CurriculumFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CurriculumFixture(this::as);
    }

    private void denied(String caller, String trainee) {
        for (String what : List.of("curriculum", "exemptions")) {
            as(caller).get().uri("/api/v1/trainees/{id}/" + what, trainee).exchange()
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo(OUT_OF_SCOPE);
        }
    }

    private void allowed(String caller, String trainee) {
        for (String what : List.of("curriculum", "exemptions")) {
            as(caller).get().uri("/api/v1/trainees/{id}/" + what, trainee).exchange().expectStatus().isOk();
        }
    }

    @Test
    void aTraineeSeesTheirOwnCurriculumWithEveryCourseAndLesson() {
        TraineeCurriculum view = fixture.curriculumOf("t01", "t01");
        assertThat(view.traineeId()).isEqualTo("t01");
        assertThat(view.category()).isEqualTo(Category.A);
        assertThat(view.courses()).extracting(TraineeCurriculum.CourseStatus::courseId).containsExactly(
                "dept-intro", "securities-basics", "systems", "services-products", "service-norms", "service-skills");
        assertThat(view.courses()).flatExtracting(TraineeCurriculum.CourseStatus::lessons).hasSize(30);
        allowed("t01", "t01");
    }

    @Test
    void aTraineeCannotSeeAnotherTrainee() {
        denied("t01", "t02");
        denied("t07", "t01");
    }

    @Test
    void theMentorSeesTheirMentee() {
        allowed("m01", "t01");
    }

    @Test
    void aMentorCannotSeeAnotherMentorsMentee() {
        denied("m01", "t02");
        denied("m02", "t01");
    }

    @Test
    void aBranchMentorNotHostingTheTraineeCannotSeeThem() {
        denied("bm1", "t01");
    }

    @Test
    void theDepartmentHeadAndTrainingSpecialistSeeTheDepartmentsTrainees() {
        allowed("head", "t01");
        allowed("ts1", "t07");
    }

    @Test
    void aQaSpecialistReadsAsDepartmentStaff() {
        allowed("qa1", "t03");
    }

    @Test
    void anAdministratorSeesEveryone() {
        allowed("admin", "t10");
    }

    @Test
    void anUnknownTraineeIs404() {
        as("head").get().uri("/api/v1/trainees/nobody/curriculum").exchange().expectStatus().isNotFound();
    }

    @Test
    void theTraineesProgressShowsInTheViewTheirMentorSees() {
        String trainee = fixture.categoryA();
        fixture.progress(trainee, "systems.mobile-app", "OPENED", null).expectStatus().isOk();
        fixture.progress(trainee, "systems.mobile-app", "HEARTBEAT", 45).expectStatus().isOk();
        TraineeCurriculum.LessonStatus lesson = fixture.curriculumOf("head", trainee).courses().stream()
                .flatMap(c -> c.lessons().stream()).filter(l -> l.lessonId().equals("systems.mobile-app"))
                .findFirst().orElseThrow();
        assertThat(lesson.openedAt()).isNotNull();
        assertThat(lesson.completedAt()).isNull();
        assertThat(lesson.secondsSpent()).isEqualTo(45);
    }
}
