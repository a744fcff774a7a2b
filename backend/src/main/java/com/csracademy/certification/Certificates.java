package com.csracademy.certification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.certification.credential.CredentialSigner;
import com.csracademy.certification.domain.CertificateStatus;
import com.csracademy.certification.domain.OpenBadgeCredential;
import com.csracademy.certification.domain.VerificationCode;
import com.csracademy.certification.pdf.CertificatePdf;
import com.csracademy.certification.persistence.CertificateDocument;
import com.csracademy.people.People;
import com.csracademy.program.ProgramDefinition;
import com.csracademy.program.Programs;
import com.csracademy.progression.JourneyCertified;
import com.csracademy.progression.JourneyCertifiedListener;
import com.csracademy.security.Actor;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Certificates: issued when progression certifies a journey (once per certification, however often the event
 * arrives), read by the people who may see the trainee, verified by anyone holding the code, revoked by the
 * department head with a reason, and exported as a signed Open Badges 3.0 credential.
 */
@Service
public class Certificates implements JourneyCertifiedListener, StartupTask {

    private static final Logger log = LoggerFactory.getLogger(Certificates.class);

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final Programs programs;
    private final CertificatePdf pdf;
    private final CredentialSigner signer;
    private final CertificationProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(ReactiveMongoTemplate mongo, People people, Programs programs, CertificatePdf pdf,
                 CredentialSigner signer, CertificationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.people = people;
        this.programs = programs;
        this.pdf = pdf;
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- issuance ------------------------------------------------------------------------------

    /**
     * Issues the certificate of a certified journey. The certificate's id derives from the event, so a repeated
     * delivery (the journey's outbox retries until this succeeds) finds it and issues nothing; a concurrent
     * delivery loses the insert race and does the same.
     */
    @Override
    public Mono<Void> journeyCertified(JourneyCertified event) {
        String id = certificateId(event.eventId());
        return Mono.defer(() -> mongo.findById(id, CertificateDocument.class)
                        .switchIfEmpty(Mono.defer(() -> issue(id, event))))
                .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance))
                .then();
    }

    static String certificateId(String eventId) {
        return UUID.nameUUIDFromBytes(("certificate:" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Mono<CertificateDocument> issue(String id, JourneyCertified event) {
        ProgramDefinition program = programs.all().stream().filter(p -> p.id().equals(event.programId()))
                .findFirst().orElseGet(programs::active);
        Instant now = clock.instant();
        return people.displayName(event.traineeId())
                .flatMap(name -> mongo.insert(new CertificateDocument(id, event.eventId(), event.traineeId(), name,
                        program.id(), program.version(), program.name(), description(program), criteria(program),
                        event.certifiedAt().atZone(WorkingCalendar.ZONE).toLocalDate(), now,
                        VerificationCode.generate(random), CertificateStatus.ISSUED, null, null)))
                .doOnNext(c -> log.info("Certificate {} issued to {} for {}", c.id(), c.traineeId(), event.eventId()));
    }

    private static String description(ProgramDefinition program) {
        return "完成" + program.name() + "全部阶段（" + program.stages().stream().map(ProgramDefinition.Stage::name)
                .collect(Collectors.joining("、")) + "），经上线考评合格，具备独立上线处理话务的能力。";
    }

    private static String criteria(ProgramDefinition program) {
        String knowledge = program.thresholds().knowledgePass().stripTrailingZeros().toPlainString();
        String goLive = program.thresholds().goLivePass().stripTrailingZeros().toPlainString();
        return "业务知识考评成绩达" + knowledge + "分以上（含" + knowledge + "分），上线考评成绩达" + goLive
                + "分以上（含" + goLive + "分）";
    }

    // ---- reading (scoped) -----------------------------------------------------------------------

    public Flux<CertificateDocument> ofTrainee(Actor actor, String traineeId) {
        return people.requireReadAccess(actor, traineeId)
                .thenMany(mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("issuedAt")),
                        CertificateDocument.class));
    }

    public Mono<CertificateDocument> certificate(Actor actor, String id) {
        return find(id).flatMap(c -> people.requireReadAccess(actor, c.traineeId()).thenReturn(c));
    }

    /** The certificate as a PDF in Chinese, drawn off the event loop. */
    public Mono<byte[]> pdf(Actor actor, String id) {
        return certificate(actor, id).flatMap(c -> Mono.fromCallable(() -> pdf.render(c))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(java.io.IOException.class, e -> new CertificationExceptions.PdfUnavailable(
                        "The certificate PDF cannot be drawn: " + e.getMessage())));
    }

    // ---- public verification ----------------------------------------------------------------------

    /** What anyone holding the code may see: name, program, date and status (and when it was revoked, not why). */
    public record Verification(String code, String traineeName, String programName, java.time.LocalDate issuedOn,
                               CertificateStatus status, java.time.LocalDate revokedOn) {
    }

    /** A malformed code is a 400 at the edge; here, an unknown one is 404. */
    public Mono<Verification> verify(String code) {
        if (!VerificationCode.wellFormed(code)) {
            return Mono.error(new InvalidRequestException("code", "not a certificate verification code"));
        }
        String normalised = VerificationCode.normalise(code);
        return mongo.findOne(query(where("code").is(normalised)), CertificateDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Certificate with code", normalised)))
                .map(c -> new Verification(c.code(), c.traineeName(), c.programName(), c.issuedOn(), c.status(),
                        c.revocation() == null ? null
                                : c.revocation().at().atZone(WorkingCalendar.ZONE).toLocalDate()));
    }

    // ---- revocation ------------------------------------------------------------------------------

    /**
     * Revokes a certificate: the department head of the trainee's department, with a reason. The certificate
     * stays, marked REVOKED with who, when and why; the request itself is in the audit log.
     */
    public Mono<CertificateDocument> revoke(Actor head, String id, String reason) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(new InvalidRequestException("reason", "a revocation needs a reason"));
        }
        return certificate(head, id).flatMap(c -> {
            if (c.status() == CertificateStatus.REVOKED) {
                return Mono.error(CertificationExceptions.alreadyRevoked(id));
            }
            return mongo.save(c.revoked(new CertificateDocument.Revocation(reason.strip(), head.personId(),
                    clock.instant())));
        });
    }

    // ---- Open Badges 3.0 ---------------------------------------------------------------------------

    /** The unsigned OpenBadgeCredential of an issued certificate (a revoked one has none: 409). */
    public Mono<Map<String, Object>> openBadge(Actor actor, String id) {
        return certificate(actor, id).flatMap(c -> c.status() == CertificateStatus.REVOKED
                ? Mono.error(CertificationExceptions.revokedHasNoCredential(id))
                : Mono.just(OpenBadgeCredential.of(facts(c))));
    }

    /** The OpenBadgeCredential signed as a VC-JWT with the app's credential key (see {@link #publicKeys()}). */
    public Mono<String> signedOpenBadge(Actor actor, String id) {
        return certificate(actor, id).flatMap(c -> c.status() == CertificateStatus.REVOKED
                ? Mono.error(CertificationExceptions.revokedHasNoCredential(id))
                : Mono.fromCallable(() -> signer.sign(OpenBadgeCredential.of(facts(c)), c.issuedAt().getEpochSecond()))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    /** The JWK set that verifies the signed credentials. */
    public Map<String, Object> publicKeys() {
        return signer.publicKeys();
    }

    /** The issuer's Open Badges profile. */
    public Map<String, Object> issuerProfile() {
        return Map.of("id", issuerId(), "type", java.util.List.of("Profile"), "name", properties.issuerName(),
                "url", properties.base());
    }

    private String issuerId() {
        return properties.base() + "/api/v1/certificates/issuer";
    }

    private OpenBadgeCredential.Facts facts(CertificateDocument c) {
        return new OpenBadgeCredential.Facts(c.id(), c.traineeId(), c.traineeName(), c.programId(),
                c.programVersion(), c.programName(), c.description(), c.criteria(), c.issuedAt(), issuerId(),
                properties.issuerName(), properties.base());
    }

    private Mono<CertificateDocument> find(String id) {
        return mongo.findById(id, CertificateDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Certificate", id)));
    }

    // ---- indexes -------------------------------------------------------------------------------

    @Override
    public String name() {
        return "certificate indexes";
    }

    @Override
    public Mono<Void> run() {
        return Mono.when(
                mongo.indexOps(CertificateDocument.class).createIndex(new Index("code", Sort.Direction.ASC).unique()),
                mongo.indexOps(CertificateDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)));
    }
}
