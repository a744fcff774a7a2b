package com.csracademy.audit.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.audit.AuditEntry;
import com.csracademy.audit.AuditEntry.Outcome;
import com.csracademy.audit.AuditLog;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Audit")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_HEAD')")
    @Operation(summary = "The audit log, newest first, with filters and paging")
    Mono<Page<AuditEntry>> search(@RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String method,
                                  @RequestParam(required = false) String path,
                                  @RequestParam(required = false) Outcome outcome,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return audit.search(new AuditLog.Filter(actor, method, path, outcome, from, to), PageRequest.of(page, size));
    }
}
