package com.csracademy.monitoring.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.monitoring.StepCompletions;
import com.csracademy.monitoring.StepCompletions.Completion;
import com.csracademy.monitoring.SupervisedCalls;
import com.csracademy.monitoring.SupervisedCalls.ImportResult;
import com.csracademy.monitoring.SupervisedCalls.ShareReport;
import com.csracademy.monitoring.persistence.CallDocument;
import com.csracademy.monitoring.persistence.ShareWaiverDocument;
import com.csracademy.security.Actors;
import com.csracademy.shared.PayloadTooLargeException;
import com.csracademy.shared.web.RequestBodies;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/trainees/{id}")
@Tag(name = "Monitoring")
class SupervisedCallController {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";
    private static final String TOO_LARGE = "A call-log import is at most " + SupervisedCalls.MAX_IMPORT_BYTES + " bytes";

    private final SupervisedCalls calls;
    private final StepCompletions completions;

    SupervisedCallController(SupervisedCalls calls, StepCompletions completions) {
        this.calls = calls;
        this.completions = completions;
    }

    @PostMapping("/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('TRAINEE','MENTOR')")
    @Operation(summary = "Log one supervised go-live call (the trainee or their current mentor)")
    Mono<CallDocument> enter(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody NewCall body) {
        return Actors.current().flatMap(actor -> calls.enter(actor, id, body.callId(), body.start(), body.end(),
                body.businessType()));
    }

    @PostMapping(value = "/calls/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('TRAINEE','MENTOR')")
    @Operation(summary = "Import calls from CSV (callId,start,end,businessType); bad rows reported by line; 413 over 1 MB")
    Mono<ImportResult> importCsv(@PathVariable @Pattern(regexp = ID) String id, @RequestBody Flux<DataBuffer> body,
                                 ServerHttpRequest request) {
        if (request.getHeaders().getContentLength() > SupervisedCalls.MAX_IMPORT_BYTES) {
            // refused before reading: the declared length is enough
            return Mono.error(new PayloadTooLargeException(TOO_LARGE));
        }
        Mono<String> text = RequestBodies.utf8(body, SupervisedCalls.MAX_IMPORT_BYTES, TOO_LARGE);
        return Actors.current().flatMap(actor -> text.flatMap(csv -> calls.importCsv(actor, id, csv)));
    }

    @GetMapping("/calls")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The trainee's logged calls, optionally of one day (scoped)")
    Mono<List<CallDocument>> list(@PathVariable @Pattern(regexp = ID) String id,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return Actors.current().flatMapMany(actor -> calls.calls(actor, id, day)).collectList();
    }

    @PostMapping("/calls/{callId}/monitored")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Mark a call as monitored live by me, the trainee's current mentor (idempotent)")
    Mono<CallDocument> monitored(@PathVariable @Pattern(regexp = ID) String id,
                                 @PathVariable @Pattern(regexp = ID) String callId) {
        return Actors.current().flatMap(actor -> calls.markMonitored(actor, id, callId));
    }

    @GetMapping("/monitored-share")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The share of the trainee's calls the mentor monitored, per day and over the period")
    Mono<ShareReport> share(@PathVariable @Pattern(regexp = ID) String id,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Actors.current().flatMap(actor -> calls.share(actor, id, from, to));
    }

    @PostMapping("/steps/{stepId}/share-waiver")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('DEPARTMENT_HEAD')")
    @Operation(summary = "Waive the monitored-share rule for the current run of a go-live step, with a reason")
    Mono<ShareWaiverDocument> waive(@PathVariable @Pattern(regexp = ID) String id,
                                    @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String stepId,
                                    @Valid @RequestBody Waiver body) {
        return Actors.current().flatMap(actor -> completions.waiveShare(actor, id, stepId, body.reason()));
    }

    @PostMapping("/steps/{stepId}/complete")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Complete the current stage-3 step once its evidence is complete (the current mentor)")
    Mono<Completion> complete(@PathVariable @Pattern(regexp = ID) String id,
                              @PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String stepId) {
        return Actors.current().flatMap(actor -> completions.complete(actor, id, stepId));
    }

    record NewCall(@NotBlank @Size(max = 64) String callId, @NotNull Instant start, @NotNull Instant end,
                   @NotBlank @Size(max = 64) String businessType) {
    }

    record Waiver(@NotBlank @Size(max = 2000) String reason) {
    }
}
