package com.csracademy.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.csracademy.curriculum.TraineeCurriculum.CourseStatus;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Exemptions: category B only, exemptible courses only, with a reason, once at a time, revoked on record. */
class CurriculumExemptionApiTest extends ApiTest {

    private static final String PROBLEMS = "https://csr-academy.example/problems/";
    private static final String BASICS = "securities-basics";

    @Autowired
    Curriculum curriculum;

    private CurriculumFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CurriculumFixture(this::as);
    }

    @Test
    void aTrainingSpecialistExemptsACategoryBTraineeFromAnExemptibleCourseWithAReason() {
        String trainee = fixture.categoryB();
        Exemption granted = fixture.exempt("ts1", trainee, BASICS, "  曾任券商营业部柜员三年 ").expectStatus().isCreated()
                .expectBody(Exemption.class).returnResult().getResponseBody();
        assertThat(granted.active()).isTrue();
        assertThat(granted.reason()).isEqualTo("曾任券商营业部柜员三年");
        assertThat(granted.grantedBy()).isEqualTo("ts1");
        assertThat(granted.grantedAt()).isNotNull();
        assertThat(granted.revokedAt()).isNull();
        assertThat(fixture.exemptionsOf("ts1", trainee)).containsExactly(granted);
        StepVerifier.create(curriculum.exemptedCourses(trainee)).expectNext(Set.of(BASICS))
                .verifyComplete();
    }

    @Test
    void anAdministratorMayExemptToo() {
        fixture.exempt("admin", fixture.categoryB(), "services-products", "理财产品销售经验").expectStatus().isCreated();
    }

    @Test
    void aCategoryATraineeCannotBeExempted422NamingTheTrainee() {
        fixture.exempt("ts1", fixture.categoryA(), BASICS, "自称有经验").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "exemption-not-allowed")
                .jsonPath("$.errors[0].field").isEqualTo("traineeId");
        fixture.exempt("ts1", "t01", BASICS, "自称有经验").expectStatus().isEqualTo(422);
    }

    @Test
    void aCourseNotExemptibleForCategoryBIs422NamingTheCourse() {
        String trainee = fixture.categoryB();
        for (String course : List.of("systems", "service-norms", "service-skills", "dept-intro")) {
            fixture.exempt("ts1", trainee, course, "有经验").expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("courseId");
        }
        assertThat(fixture.exemptionsOf("ts1", trainee)).isEmpty();
    }

    @Test
    void aReasonIsRequiredAndAtMost500Characters() {
        String trainee = fixture.categoryB();
        fixture.exempt("ts1", trainee, BASICS, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        fixture.exempt("ts1", trainee, BASICS, "   ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        fixture.exempt("ts1", trainee, BASICS, "理".repeat(501)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        fixture.exempt("ts1", trainee, BASICS, "理".repeat(500)).expectStatus().isCreated();
    }

    @Test
    void exemptingTwiceFromTheSameCourseIs409() {
        String trainee = fixture.categoryBExemptedFrom(BASICS);
        fixture.exempt("ts1", trainee, BASICS, "再次").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "already-exempted");
        assertThat(fixture.exemptionsOf("ts1", trainee)).hasSize(1);
    }

    @Test
    void ofConcurrentExemptionsFromOneCourseExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                String trainee = fixture.categoryB();
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return fixture.exempt("ts1", trainee, BASICS, "并发").returnResult(String.class)
                                .getStatus().value();
                    }, pool));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<Integer> call : calls) {
                    statuses.add(call.get());
                }
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
                assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
                assertThat(fixture.exemptionsOf("ts1", trainee)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownCourseIs404() {
        fixture.exempt("ts1", fixture.categoryB(), "astrology", "有经验").expectStatus().isNotFound();
    }

    @Test
    void anUnknownTraineeIs404() {
        fixture.exempt("ts1", "nobody", BASICS, "有经验").expectStatus().isNotFound();
    }

    @Test
    void onlyATrainingSpecialistOrAnAdministratorExempts() {
        String trainee = fixture.categoryB();
        for (String caller : List.of("head", "qa1", "m01", "bm1", "t07", trainee)) {
            fixture.exempt(caller, trainee, BASICS, "有经验").expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "forbidden");
        }
        assertThat(fixture.exemptionsOf("ts1", trainee)).isEmpty();
    }

    @Test
    void aTrainingSpecialistOfAnotherDepartmentCannotExemptOrRevoke() {
        String outsider = "ts-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", outsider, "subject", "sub-" + outsider, "username", outsider,
                        "name", "外部门培训专员", "roles", List.of("TRAINING_SPECIALIST"), "departmentId", "ops"))
                .exchange().expectStatus().isCreated();
        String trainee = fixture.categoryBExemptedFrom(BASICS);
        fixture.exempt(outsider, trainee, "services-products", "有经验").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "out-of-scope");
        fixture.revoke(outsider, trainee, BASICS, "撤销").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "out-of-scope");
        assertThat(fixture.exemptionsOf("ts1", trainee)).singleElement().extracting(Exemption::active)
                .isEqualTo(true);
    }

    @Test
    void revokingKeepsTheExemptionOnRecordWithWhoWhenAndWhy() {
        String trainee = fixture.categoryBExemptedFrom(BASICS);
        Exemption revoked = fixture.revoke("ts1", trainee, BASICS, "面谈后发现基础薄弱").expectStatus().isOk()
                .expectBody(Exemption.class).returnResult().getResponseBody();
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedBy()).isEqualTo("ts1");
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.revokeReason()).isEqualTo("面谈后发现基础薄弱");
        assertThat(revoked.reason()).isEqualTo("有证券从业经验");
        assertThat(fixture.exemptionsOf("head", trainee)).containsExactly(revoked);
        StepVerifier.create(curriculum.exemptedCourses(trainee)).expectNext(Set.of()).verifyComplete();
    }

    @Test
    void afterARevocationTheTraineeMayBeExemptedAgainAndBothStayOnRecord() {
        String trainee = fixture.categoryBWithRevokedExemptionFrom(BASICS);
        fixture.exempt("ts1", trainee, BASICS, "补充材料后重新免修").expectStatus().isCreated();
        List<Exemption> all = fixture.exemptionsOf("ts1", trainee);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).active()).isTrue();
        assertThat(all.get(0).reason()).isEqualTo("补充材料后重新免修");
        assertThat(all.get(1).active()).isFalse();
    }

    @Test
    void revokingNeedsAReason() {
        String trainee = fixture.categoryBExemptedFrom(BASICS);
        fixture.revoke("ts1", trainee, BASICS, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        fixture.revoke("ts1", trainee, BASICS, " ").expectStatus().isBadRequest();
        assertThat(fixture.exemptionsOf("ts1", trainee)).singleElement().extracting(Exemption::active)
                .isEqualTo(true);
    }

    @Test
    void revokingWhenNoExemptionIsInForceIs404() {
        String trainee = fixture.categoryBWithRevokedExemptionFrom(BASICS);
        fixture.revoke("ts1", trainee, BASICS, "再撤一次").expectStatus().isNotFound();
        fixture.revoke("ts1", trainee, "services-products", "从未免修").expectStatus().isNotFound();
    }

    @Test
    void onlyATrainingSpecialistOrAnAdministratorRevokes() {
        String trainee = fixture.categoryBExemptedFrom(BASICS);
        fixture.revoke("head", trainee, BASICS, "撤销").expectStatus().isForbidden();
        fixture.revoke(trainee, trainee, BASICS, "撤销").expectStatus().isForbidden();
        fixture.revoke("admin", trainee, BASICS, "撤销").expectStatus().isOk();
    }

    @Test
    void anExemptedCourseCountsAsCompleteInTheTraineesCurriculum() {
        String trainee = fixture.categoryBExemptedFrom(BASICS);
        fixture.completed(trainee, "dept-intro.functions-and-organisation");
        TraineeCurriculum view = fixture.curriculumOf(trainee, trainee);
        CourseStatus basics = course(view, BASICS);
        assertThat(basics.exempted()).isTrue();
        assertThat(basics.completedLessons()).isZero();
        assertThat(basics.completionPercent()).isEqualTo(100);
        CourseStatus intro = course(view, "dept-intro");
        assertThat(intro.exempted()).isFalse();
        assertThat(intro.completedLessons()).isEqualTo(1);
        assertThat(intro.completionPercent()).isEqualTo(50);
        assertThat(course(view, "systems").completionPercent()).isZero();
        // 10 exempted lessons + 1 completed, of 30
        assertThat(view.completionPercent()).isEqualTo(36);
    }

    @Test
    void aRevokedExemptionNoLongerCountsTowardsCompletion() {
        String trainee = fixture.categoryBWithRevokedExemptionFrom(BASICS);
        TraineeCurriculum view = fixture.curriculumOf(trainee, trainee);
        assertThat(course(view, BASICS).exempted()).isFalse();
        assertThat(course(view, BASICS).completionPercent()).isZero();
        assertThat(view.completionPercent()).isZero();
    }

    private static CourseStatus course(TraineeCurriculum view, String courseId) {
        return view.courses().stream().filter(c -> c.courseId().equals(courseId)).findFirst().orElseThrow();
    }
}
