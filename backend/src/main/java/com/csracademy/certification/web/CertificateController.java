package com.csracademy.certification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.csracademy.certification.Certificates;
import com.csracademy.certification.credential.CredentialSigner;
import com.csracademy.certification.persistence.CertificateDocument;
import com.csracademy.security.Actors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A trainee's certificates for the people who may see the trainee; revocation by the department head. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Certification")
class CertificateController {

    private static final String UUID = "[0-9a-f-]{36}";
    private static final String ID = "[A-Za-z0-9._-]{1,80}";
    /** The trainee, their mentor, the department head and training specialists (and an administrator). */
    private static final String READERS =
            "hasAnyRole('TRAINEE','MENTOR','DEPARTMENT_HEAD','TRAINING_SPECIALIST','ADMIN')";

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/trainees/{traineeId}/certificates")
    @PreAuthorize(READERS)
    @Operation(summary = "A trainee's certificates (scoped)")
    Mono<List<CertificateDocument>> ofTrainee(@PathVariable @Pattern(regexp = ID) String traineeId) {
        return Actors.current().flatMapMany(a -> certificates.ofTrainee(a, traineeId)).collectList();
    }

    @GetMapping("/certificates/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "A certificate with its status and any revocation (scoped)")
    Mono<CertificateDocument> certificate(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(a -> certificates.certificate(a, id));
    }

    @GetMapping(value = "/certificates/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "The certificate as a PDF in Chinese (scoped)")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(a -> certificates.pdf(a, id))
                .map(bytes -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("certificate-" + id + ".pdf").build().toString())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(bytes));
    }

    record RevokeRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/certificates/{id}/revoke")
    @PreAuthorize("hasRole('DEPARTMENT_HEAD')")
    @Operation(summary = "Revoke a certificate, with a reason (the trainee's department head; audited)")
    Mono<CertificateDocument> revoke(@PathVariable @Pattern(regexp = UUID) String id,
                                     @Valid @RequestBody RevokeRequest body) {
        return Actors.current().flatMap(a -> certificates.revoke(a, id, body.reason()));
    }

    @GetMapping(value = "/certificates/{id}/open-badge", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "The certificate as an Open Badges 3.0 OpenBadgeCredential, unsigned (scoped)")
    Mono<Map<String, Object>> openBadge(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(a -> certificates.openBadge(a, id));
    }

    @GetMapping(value = "/certificates/{id}/open-badge.jwt", produces = CredentialSigner.MEDIA_TYPE)
    @PreAuthorize(READERS)
    @Operation(summary = "The OpenBadgeCredential signed as a VC-JWT; verify it with /certificates/jwks (scoped)")
    Mono<String> signedOpenBadge(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(a -> certificates.signedOpenBadge(a, id));
    }
}
