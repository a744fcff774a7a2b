package com.csracademy.certification;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.csracademy.certification.CertificationFixture.Certified;
import com.csracademy.progression.JourneyCertified;
import com.csracademy.progression.Progression;
import com.csracademy.support.ApiTest;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Certificates: issuance from a certified journey, the PDF, public verification, revocation, Open Badges 3.0. */
class CertificationApiTest extends ApiTest {

    private static final String PROGRAM = "新客服代表岗前培训";

    @Autowired
    Progression progression;

    @Autowired
    Certificates certificates;


    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    private CertificationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CertificationFixture(this::as, progression);
    }

    private long certificatesOf(String traineeId) {
        return mongo.count(Query.query(where("traineeId").is(traineeId)), "certificates").block();
    }

    // ---- issuance ------------------------------------------------------------------------------

    @Test
    void aCertifiedJourneyGetsOneCertificateHoweverOftenTheEventArrives() {
        Certified c = fixture.certified("林晓雯");
        JourneyCertified again = new JourneyCertified(c.certificationId(), c.traineeId(), "csr-onboarding",
                CertificationFixture.SCORED_AT);
        Flux.merge(certificates.journeyCertified(again), certificates.journeyCertified(again),
                certificates.journeyCertified(again)).blockLast();
        progression.notifyAllPending().block();

        assertThat(certificatesOf(c.traineeId())).isEqualTo(1);
        as("head").get().uri("/api/v1/certificates/{id}", c.certificateId()).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.traineeName").isEqualTo("林晓雯")
                .jsonPath("$.programName").isEqualTo(PROGRAM)
                .jsonPath("$.issuedOn").isEqualTo(c.certifiedOn().toString())
                .jsonPath("$.status").isEqualTo("ISSUED")
                .jsonPath("$.code").isEqualTo(c.code());
    }

    @Test
    void aCertificateLostToACrashIsIssuedByTheNextOutboxRun() {
        String[] ids = fixture.enrolledWithMentor("陈思远");
        String trainee = ids[0];
        fixture.throughMonitoring(trainee);
        progression.goLiveWeekScored(new com.csracademy.progression.GoLiveWeekResult("g-" + trainee, trainee,
                new java.math.BigDecimal("85"), 20, CertificationFixture.SCORED_AT)).block();
        // the crash: the journey was saved as CERTIFIED, the certificate never written, the transition not marked
        mongo.remove(Query.query(where("traineeId").is(trainee)), "certificates").block();
        Document journey = mongo.findById(trainee, Document.class, "journeys").block();
        int last = journey.getList("history", Document.class).size() - 1;
        mongo.updateFirst(Query.query(where("_id").is(trainee)), new Update().unset("history." + last + ".notifiedAt"),
                "journeys").block();
        assertThat(certificatesOf(trainee)).isZero();

        // the outbox run the deadline check makes (called directly: the check's lock is held at least 5 s,
        // so a second check right after another test's would be skipped)
        progression.notifyAllPending().block();

        assertThat(certificatesOf(trainee)).isEqualTo(1);
        Document restored = mongo.findById(trainee, Document.class, "journeys").block();
        assertThat(restored.getList("history", Document.class).get(last).get("notifiedAt")).isNotNull();
    }

    // ---- the PDF -------------------------------------------------------------------------------

    @Test
    void thePdfIsInChineseWithTheTraineesNameProgramAndCodeInASubsetFont() throws Exception {
        Certified c = fixture.certified("欧阳明轩");
        byte[] pdf = as(c.traineeId()).get().uri("/api/v1/certificates/{id}/pdf", c.certificateId()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("欧阳明轩").contains(PROGRAM).contains("培 训 合 格 证 书")
                    .contains(c.code()).contains(c.printedDate())
                    .contains("验证地址：http://localhost:8080/verify/" + c.code())
                    .contains("业务知识考评成绩达90分以上（含90分），上线考评成绩达85分以上（含85分）");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
        }
        assertThat(pdf.length).as("a subset font keeps the certificate small").isLessThan(150_000);
    }

    @Test
    void thePdfIsForTheTraineeTheirMentorTheHeadAndTrainingSpecialistsOnly() {
        Certified c = fixture.certified("王雨桐");
        for (String reader : List.of(c.traineeId(), c.mentorId(), "head", "ts1")) {
            as(reader).get().uri("/api/v1/certificates/{id}/pdf", c.certificateId()).exchange()
                    .expectStatus().isOk();
        }
        as("t01").get().uri("/api/v1/certificates/{id}/pdf", c.certificateId()).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/out-of-scope");
        as("m01").get().uri("/api/v1/certificates/{id}/pdf", c.certificateId()).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/out-of-scope");
        as("qa1").get().uri("/api/v1/certificates/{id}/pdf", c.certificateId()).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/forbidden");
        as("t01").get().uri("/api/v1/trainees/{id}/certificates", c.traineeId()).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/certificates/{id}/pdf", c.certificateId()).exchange()
                .expectStatus().isUnauthorized();
    }

    // ---- public verification ---------------------------------------------------------------------

    @Test
    void anyoneWithTheCodeSeesOnlyNameProgramDateAndStatus() {
        Certified c = fixture.certified("张子涵");
        JsonNode body = web.get().uri("/api/v1/certificates/verify/{code}", c.code()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(body.get("traineeName").asString()).isEqualTo("张子涵");
        assertThat(body.get("programName").asString()).isEqualTo(PROGRAM);
        assertThat(body.get("issuedOn").asString()).isEqualTo(c.certifiedOn().toString());
        assertThat(body.get("status").asString()).isEqualTo("ISSUED");
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("code", "traineeName", "programName", "issuedOn",
                "status", "revokedOn");
        web.get().uri("/api/v1/certificates/verify/{code}", c.code().toLowerCase()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.code").isEqualTo(c.code());
    }

    @Test
    void aMalformedCodeIsABadRequestAndAnUnknownOneIsNotFound() {
        for (String malformed : List.of("ABCD", "ABCD-EFGH-IJKL-MNOP-QRST", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01",
                "abcd_efgh_jkmn_pqrs_tvwx")) {
            web.get().uri("/api/v1/certificates/verify/{code}", malformed).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/validation");
        }
        web.get().uri("/api/v1/certificates/verify/{code}", "0000-0000-0000-0000-0000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/not-found");
    }

    // ---- revocation ------------------------------------------------------------------------------

    @Test
    void theHeadRevokesWithAReasonAndTheCodeThenVerifiesAsRevokedWithoutTheReason() {
        Certified c = fixture.certified("刘嘉怡");
        String reason = "考评期间存在违规操作，经复核撤销证书";
        as("head").post().uri("/api/v1/certificates/{id}/revoke", c.certificateId())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", reason)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("REVOKED")
                .jsonPath("$.revocation.reason").isEqualTo(reason)
                .jsonPath("$.revocation.by").isEqualTo("head");

        String verified = web.get().uri("/api/v1/certificates/verify/{code}", c.code()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode body = json.readTree(verified);
        assertThat(body.get("status").asString()).isEqualTo("REVOKED");
        assertThat(body.get("revokedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(verified).doesNotContain(reason).doesNotContain("head");

        as("head").post().uri("/api/v1/certificates/{id}/revoke", c.certificateId())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "再次撤销")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/certificate-revoked");
        as("head").get().uri("/api/v1/certificates/{id}/open-badge.jwt", c.certificateId()).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        as("admin").get().uri("/api/v1/audit?actor=head&method=post&path=/api/v1/certificates/" + c.certificateId())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[1].outcome").isEqualTo("SUCCEEDED")
                .jsonPath("$.items[1].targets.id").isEqualTo(c.certificateId())
                .jsonPath("$.items[0].outcome").isEqualTo("REJECTED");
    }

    @Test
    void aRevocationNeedsAReasonAndTheHeadsRole() {
        Certified c = fixture.certified("赵一鸣");
        for (Map<String, String> body : List.<Map<String, String>>of(Map.of(), Map.of("reason", "   "))) {
            as("head").post().uri("/api/v1/certificates/{id}/revoke", c.certificateId())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        }
        for (String notHead : List.of("ts1", c.mentorId(), c.traineeId(), "admin")) {
            as(notHead).post().uri("/api/v1/certificates/{id}/revoke", c.certificateId())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "撤销")).exchange()
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/forbidden");
        }
        web.get().uri("/api/v1/certificates/verify/{code}", c.code()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ISSUED");
    }

    // ---- Open Badges 3.0 -------------------------------------------------------------------------

    @Test
    void theSignedOpenBadgeVerifiesWithThePublishedKeyAndItsPayloadValidatesAgainstTheSchema() throws Exception {
        Certified c = fixture.certified("孙若溪");
        String jwks = web.get().uri("/api/v1/certificates/jwks").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        RSAKey key = JWKSet.parse(jwks).getKeys().get(0).toRSAKey();
        assertThat(key.isPrivate()).isFalse();

        String token = as(c.traineeId()).get().uri("/api/v1/certificates/{id}/open-badge.jwt", c.certificateId())
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/vc+jwt"))
                .expectBody(String.class).returnResult().getResponseBody();
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.getKeyID());
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));

        JsonNode payload = json.readTree(jwt.getPayload().toString());
        assertThat(schemaErrors(payload)).isEmpty();
        assertThat(payload.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(payload.get("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(payload.get("issuer").get("type").get(0).asString()).isEqualTo("Profile");
        assertThat(Instant.parse(payload.get("validFrom").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(payload.get("credentialSubject").get("identifier").get(0).get("identityHash").asString())
                .isEqualTo("孙若溪");
        assertThat(payload.get("credentialSubject").get("achievement").get("name").asString()).isEqualTo(PROGRAM);
        assertThat(payload.get("jti").asString()).isEqualTo("urn:uuid:" + c.certificateId());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(payload.get("issuer").get("id").asString());

        JsonNode unsigned = as("head").get().uri("/api/v1/certificates/{id}/open-badge", c.certificateId())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(schemaErrors(unsigned)).isEmpty();
        assertThat(unsigned.get("credentialSubject")).isEqualTo(payload.get("credentialSubject"));
    }

    @Test
    void theSchemaRejectsACredentialWithoutValidFromOrTheOpenBadgeType() {
        Certified c = fixture.certified("何佳琪");
        JsonNode credential = as("head").get().uri("/api/v1/certificates/{id}/open-badge", c.certificateId())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        tools.jackson.databind.node.ObjectNode noValidFrom = (tools.jackson.databind.node.ObjectNode) credential.deepCopy();
        noValidFrom.remove("validFrom");
        assertThat(schemaErrors(noValidFrom)).isNotEmpty();
        tools.jackson.databind.node.ObjectNode notABadge = (tools.jackson.databind.node.ObjectNode) credential.deepCopy();
        notABadge.putArray("type").add("VerifiableCredential");
        assertThat(schemaErrors(notABadge)).isNotEmpty();
        as("t01").get().uri("/api/v1/certificates/{id}/open-badge", c.certificateId()).exchange()
                .expectStatus().isForbidden();
    }

    private static List<Error> schemaErrors(JsonNode credential) {
        try (InputStream in = CertificationApiTest.class.getResourceAsStream(
                "/schema/ob_v3p0_achievementcredential_schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
            return schema.validate(credential);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
