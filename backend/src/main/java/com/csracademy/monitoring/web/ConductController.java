package com.csracademy.monitoring.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.monitoring.ConductCatalogues;
import com.csracademy.monitoring.ConductRecords;
import com.csracademy.monitoring.DailyAssessments;
import com.csracademy.monitoring.DailyAssessments.Report;
import com.csracademy.monitoring.persistence.ConductCatalogueDocument;
import com.csracademy.monitoring.persistence.ConductRecordDocument;
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
class ConductController {

    private static final String ID = DrillController.ID;

    private final ConductCatalogues catalogues;
    private final ConductRecords records;
    private final DailyAssessments assessments;

    ConductController(ConductCatalogues catalogues, ConductRecords records, DailyAssessments assessments) {
        this.catalogues = catalogues;
        this.records = records;
        this.assessments = assessments;
    }

    @GetMapping("/conduct/catalogue")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The current conduct catalogue (seed 004's awards and deductions) and its version")
    Mono<ConductCatalogueDocument> catalogue() {
        return catalogues.current();
    }

    @GetMapping("/conduct/catalogue/versions")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_HEAD')")
    @Operation(summary = "Every version of the conduct catalogue, newest first")
    Mono<List<ConductCatalogueDocument>> versions() {
        return catalogues.history().collectList();
    }

    @PutMapping(value = "/conduct/catalogue",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_HEAD')")
    @Operation(summary = "Replace the conduct catalogue with a YAML file shaped like content/conduct.yaml;"
            + " a bad file is refused with field errors and the current version stays")
    Mono<ConductCatalogueDocument> replace(@RequestParam @Min(1) int baseVersion,
                                           @RequestParam @NotBlank @Size(max = 500) String reason,
                                           @RequestBody(required = false) String yaml) {
        return Actors.current().flatMap(actor -> catalogues.replace(actor, baseVersion, yaml == null ? "" : yaml,
                reason.strip()));
    }

    @PostMapping("/trainees/{id}/conduct")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MENTOR','DEPARTMENT_HEAD')")
    @Operation(summary = "Record a conduct award or deduction (the trainee's current mentor or the department head)")
    Mono<ConductRecordDocument> file(@PathVariable @Pattern(regexp = ID) String id,
                                     @Valid @RequestBody NewConductRecord body) {
        return Actors.current().flatMap(actor -> records.file(actor, id, body.day(), body.itemCode(), body.note()));
    }

    @PostMapping("/conduct-records/{recordId}/withdrawal")
    @PreAuthorize("hasAnyRole('MENTOR','DEPARTMENT_HEAD')")
    @Operation(summary = "Withdraw a conduct record with a reason; it stays on record but no longer counts")
    Mono<ConductRecordDocument> withdraw(@PathVariable @Pattern(regexp = ID) String recordId,
                                         @Valid @RequestBody WithdrawalReason body) {
        return Actors.current().flatMap(actor -> records.withdraw(actor, recordId, body.reason().strip()));
    }

    @GetMapping("/trainees/{id}/conduct")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The trainee's conduct records (the trainee, current mentor, head, training specialists)")
    Mono<List<ConductRecordDocument>> ofTrainee(@PathVariable @Pattern(regexp = ID) String id,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return DrillController.optionalPeriod(from, to).then(Actors.current())
                .flatMapMany(actor -> records.recordsOf(actor, id, from, to)).collectList();
    }

    @GetMapping("/trainees/{id}/daily-assessment")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The daily assessment score per day: the day's drill average (or 100) plus awards minus"
            + " deductions (the trainee, current mentor, head, training specialists)")
    Mono<Report> dailyAssessment(@PathVariable @Pattern(regexp = ID) String id,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Actors.current().flatMap(actor -> assessments.report(actor, id, from, to));
    }

    record NewConductRecord(@NotNull LocalDate day, @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String itemCode,
                            @Size(max = 2000) String note) {
    }

    record WithdrawalReason(@NotBlank @Size(max = 2000) String reason) {
    }
}
