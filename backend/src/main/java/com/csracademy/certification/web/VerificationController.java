package com.csracademy.certification.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import com.csracademy.certification.Certificates;
import com.csracademy.certification.domain.VerificationCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What anyone may ask without signing in (the security configuration permits exactly these paths): whether a
 * code belongs to a valid certificate, the issuer's profile, and the key that verifies the signed credentials.
 */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Certification")
class VerificationController {

    private final Certificates certificates;

    VerificationController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/verify/{code}")
    @Operation(summary = "Verify a certificate by its code (public): name, program, date and status only")
    Mono<Certificates.Verification> verify(
            @PathVariable @Pattern(regexp = VerificationCode.FORMAT, message = "not a certificate verification code")
            String code) {
        return certificates.verify(code);
    }

    @GetMapping("/jwks")
    @Operation(summary = "The public key set that verifies the signed Open Badges credentials (public)")
    Mono<Map<String, Object>> jwks() {
        return Mono.fromSupplier(certificates::publicKeys);
    }

    @GetMapping("/issuer")
    @Operation(summary = "The issuer's Open Badges profile (public)")
    Mono<Map<String, Object>> issuer() {
        return Mono.fromSupplier(certificates::issuerProfile);
    }
}
