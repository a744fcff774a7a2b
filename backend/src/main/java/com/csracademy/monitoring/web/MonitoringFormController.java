package com.csracademy.monitoring.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.monitoring.FormStatus;
import com.csracademy.monitoring.MonitoringForms;
import com.csracademy.monitoring.MonitoringForms.DayQuotas;
import com.csracademy.monitoring.MonitoringForms.Decision;
import com.csracademy.monitoring.persistence.FiledFormDocument;
import com.csracademy.security.Actors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Monitoring")
class MonitoringFormController {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final MonitoringForms forms;

    MonitoringFormController(MonitoringForms forms) {
        this.forms = forms;
    }

    @PostMapping("/trainees/{id}/forms")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "File a live-monitoring or post-call analysis form, as a draft or submitted")
    Mono<FormView> file(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody NewForm body) {
        return Actors.current().flatMap(actor -> forms.file(actor, id, body.definitionId(), body.day(), body.values(),
                body.draft())).map(FormView::of);
    }

    @PutMapping("/trainees/{id}/forms/{formId}")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "Autosave a draft (idempotent), submit it, or revise a returned form into a new version")
    Mono<FormView> save(@PathVariable @Pattern(regexp = ID) String id, @PathVariable @Pattern(regexp = ID) String formId,
                        @Valid @RequestBody FormChange body) {
        return Actors.current().flatMap(actor -> forms.save(actor, id, formId, body.values(), body.draft()))
                .map(FormView::of);
    }

    @GetMapping("/trainees/{id}/forms")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trainee's forms, optionally of one day (scoped)")
    Mono<List<FormView>> list(@PathVariable @Pattern(regexp = ID) String id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return Actors.current().flatMapMany(actor -> forms.forms(actor, id, day)).map(FormView::of).collectList();
    }

    @GetMapping("/forms/{formId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One form with every version and review (scoped)")
    Mono<FormView> one(@PathVariable @Pattern(regexp = ID) String formId) {
        return Actors.current().flatMap(actor -> forms.read(actor, formId)).map(FormView::of);
    }

    @GetMapping("/trainees/{id}/quotas")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The day's quotas: recording analyses (monitoring working days), typical calls (trading days)")
    Mono<DayQuotas> quotas(@PathVariable @Pattern(regexp = ID) String id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                           @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}") String step) {
        return Actors.current().flatMap(actor -> forms.quotas(actor, id, day, step));
    }

    @GetMapping("/mentors/me/review-queue")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "The submitted forms of my current mentees, oldest first")
    Mono<List<FormView>> queue() {
        return Actors.current().flatMapMany(forms::reviewQueue).map(FormView::of).collectList();
    }

    @PostMapping("/forms/{formId}/review")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Accept or return (with comments) a submitted form; only the trainee's current mentor")
    Mono<FormView> review(@PathVariable @Pattern(regexp = ID) String formId, @Valid @RequestBody ReviewRequest body) {
        return Actors.current().flatMap(actor -> forms.review(actor, formId, body.decision(), body.comments()))
                .map(FormView::of);
    }

    record NewForm(@NotBlank @Size(max = 64) String definitionId, @NotNull LocalDate day,
                   Map<String, Object> values, boolean draft) {
    }

    record FormChange(Map<String, Object> values, boolean draft) {
    }

    record ReviewRequest(@NotNull Decision decision, @Size(max = 2000) String comments) {
    }

    record FormView(String id, String traineeId, String definitionId, int definitionVersion, LocalDate day,
                    FormStatus status, int versionCount, Map<String, Object> working,
                    List<FiledFormDocument.SubmittedVersion> versions, List<FiledFormDocument.Review> reviews,
                    Instant createdAt, Instant updatedAt) {
        static FormView of(FiledFormDocument f) {
            return new FormView(f.id(), f.traineeId(), f.definitionId(), f.definitionVersion(), f.day(), f.status(),
                    f.versions().size(), f.working(), f.versions(), f.reviews(), f.createdAt(), f.updatedAt());
        }
    }
}
