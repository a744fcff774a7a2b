package com.csracademy.security;

import java.util.List;
import java.util.Map;

import com.csracademy.people.persistence.PersonDocument;
import com.csracademy.support.ApiTest;
import com.csracademy.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SecurityApiTest extends ApiTest {

    private static final String HEAD_SUBJECT = "98cb8df6-1525-5e77-891e-51eba377301e";

    @Test
    void noTokenIs401WithProblemBody() {
        web.get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("bearer"));
    }

    @Test
    void pingAnswersAnyoneSignedIn() {
        as("t01").get().uri("/api/v1/ping").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(true);
        as("head").get().uri("/api/v1/ping").exchange()
                .expectStatus().isOk();
    }

    /**
     * The API keeps no session: nothing in a request asks for one. Spring Security's default request cache did, on
     * every request, which created a session each time and moved the rest of the request to other threads.
     */
    @Test
    void noRequestAsksForAWebSession() {
        WebTestClient trainee = as("t01");
        int before = webSessions.asked();
        trainee.get().uri("/api/v1/ping").exchange().expectStatus().isOk();
        trainee.get().uri("/api/v1/me").exchange().expectStatus().isOk();
        web.get().uri("/api/v1/ping").exchange().expectStatus().isUnauthorized();
        trainee.get().uri("/api/v1/audit").exchange().expectStatus().isForbidden();
        org.assertj.core.api.Assertions.assertThat(webSessions.asked()).isEqualTo(before);
    }

    @Test
    void pingWithoutATokenIs401() {
        web.get().uri("/api/v1/ping").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void pingWithAnUnknownSubjectIs403() {
        withToken(Tokens.signed("no-such-subject", roles("TRAINEE")))
                .get().uri("/api/v1/ping").exchange()
                .expectStatus().isForbidden();
    }

    /**
     * The person behind a subject is remembered once found (People.knownSubjects); a subject without one is not,
     * so a person registered after a refused call is known on the next call, and the remembered one is right.
     */
    @Test
    void aSubjectRefusedBeforeRegistrationIsKnownRightAfterIt() {
        String id = "late-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        WebTestClient late = withToken(Tokens.signed("sub-" + id, roles("TRAINEE")));
        late.get().uri("/api/v1/ping").exchange().expectStatus().isForbidden();
        as("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", "迟到" + id,
                        "roles", java.util.List.of("TRAINEE"), "departmentId", "csc"))
                .exchange().expectStatus().isCreated();
        for (int call = 0; call < 2; call++) {
            late.get().uri("/api/v1/me").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.personId").isEqualTo(id).jsonPath("$.name").isEqualTo("迟到" + id);
        }
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401() {
        withToken(Tokens.signedByStranger(HEAD_SUBJECT, roles("DEPARTMENT_HEAD")))
                .get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d ->
                        org.assertj.core.api.Assertions.assertThat((String) d).contains("invalid"));
    }

    @Test
    void plainRolesClaimGrantsTheRole() {
        withToken(Tokens.signed(HEAD_SUBJECT, roles("DEPARTMENT_HEAD")))
                .get().uri("/api/v1/audit").exchange()
                .expectStatus().isOk();
    }

    @Test
    void keycloakRealmAccessRolesGrantTheRole() {
        withToken(Tokens.signed(HEAD_SUBJECT, Map.of("realm_access",
                Map.of("roles", List.of("offline_access", "DEPARTMENT_HEAD", "uma_authorization")))))
                .get().uri("/api/v1/audit").exchange()
                .expectStatus().isOk();
    }

    @Test
    void wrongRoleIs403WithProblemBody() {
        as("t01").get().uri("/api/v1/audit").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/forbidden")
                .jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void roleClaimedByTokenButNotHeldIsNotInventedFromTheDirectory() {
        withToken(Tokens.signed(HEAD_SUBJECT, roles("TRAINEE")))
                .get().uri("/api/v1/audit").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void unknownSubjectIs403WithAClearProblem() {
        withToken(Tokens.signed("no-such-subject", roles("ADMIN")))
                .get().uri("/api/v1/me").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/unknown-subject")
                .jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d)
                        .contains("no-such-subject").contains("administrator"));
    }

    @Test
    void signInListsTheDemoPeopleAndIssuesAWorkingToken() {
        web.get().uri("/api/v1/auth/config").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.mode").isEqualTo("dev");
        web.get().uri("/api/v1/dev/people").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == 'head')].name").isEqualTo("周敏")
                .jsonPath("$.length()").value(n -> org.assertj.core.api.Assertions.assertThat((Integer) n)
                        .isGreaterThanOrEqualTo(27));
        String token = web.post().uri("/api/v1/dev/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", "head")).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("access_token").toString();
        withToken(token).get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("周敏")
                .jsonPath("$.roles[0]").isEqualTo("DEPARTMENT_HEAD");
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    /** The sign-in reads the one person by id (SubjectResolver.signInCandidate): an inactive one is not there. */
    @Test
    void signInAsAnInactivePersonIs404AndTheyAreNotListed() {
        String id = "inactive-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new PersonDocument(id, "sub-" + id, id, "停用" + id, java.util.Set.of(Role.TRAINEE), "csc", null,
                false, java.time.Instant.now(), null)).block();
        web.post().uri("/api/v1/dev/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", id)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/dev/people").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')]").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokenFor(id))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signInAsUnknownPersonIs404Problem() {
        web.post().uri("/api/v1/dev/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", "nobody")).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void traineeSeesOwnNameRolesCategoryAndMentor() {
        as("t01").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("何雪")
                .jsonPath("$.roles[0]").isEqualTo("TRAINEE")
                .jsonPath("$.trainee.category").isEqualTo("A")
                .jsonPath("$.mentor.personId").isEqualTo("m01");
    }

    @Test
    void mentorSeesTheirMentee() {
        as("m03").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.mentees[0].personId").isEqualTo("t03")
                .jsonPath("$.trainee").doesNotExist();
    }

    @Test
    void malformedJsonIs400ProblemNotAStackTrace() {
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.trace").doesNotExist();
    }

    @Test
    void bodyValidationErrorsNameTheFields() {
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "bad id!", "name", "")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/validation")
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'id')]").exists()
                .jsonPath("$.errors[?(@.field == 'startDate')]").exists();
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() {
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "c-x", "name", "x", "departmentId", "csc", "startDate", "2026-12-01",
                        "colour", "red")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d ->
                        org.assertj.core.api.Assertions.assertThat((String) d).contains("colour"));
    }
}
