package com.csracademy.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.csracademy.reporting.ReportModel;
import com.csracademy.reporting.Reports;
import com.csracademy.reporting.Reports.Summary;
import com.csracademy.reporting.Reports.TraineeLine;
import com.csracademy.reporting.ReportingProperties;
import com.csracademy.reporting.Table;
import com.csracademy.security.Actors;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportController {

    private static final String READERS = "hasAnyRole('DEPARTMENT_HEAD','TRAINING_SPECIALIST','ADMIN')";
    private static final String SCOPE = "cohorts|departments";
    private static final String ID = "[A-Za-z0-9._-]{1,80}";

    private final Reports reports;
    private final ReportModel model;
    private final ReportingProperties properties;

    ReportController(Reports reports, ReportModel model, ReportingProperties properties) {
        this.reports = reports;
        this.model = model;
        this.properties = properties;
    }

    @GetMapping("/{scope}/{id}/summary")
    @PreAuthorize(READERS)
    @Operation(summary = "A cohort's or department's funnel, score distributions, mentors and risk counts")
    Mono<Summary> summary(@PathVariable @Pattern(regexp = SCOPE) String scope, @PathVariable @Pattern(regexp = ID) String id) {
        return Actors.current().flatMap(a -> reports.summary(a, Reports.scope(scope), id));
    }

    @GetMapping("/{scope}/{id}/at-risk")
    @PreAuthorize(READERS)
    @Operation(summary = "Trainees at risk (remedial, extended, escalated, overdue, mentor share below target), paged")
    Mono<Page<TraineeLine>> atRisk(@PathVariable @Pattern(regexp = SCOPE) String scope,
                                   @PathVariable @Pattern(regexp = ID) String id,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return Actors.current().flatMap(a -> reports.atRisk(a, Reports.scope(scope), id, PageRequest.of(page, size)));
    }

    @GetMapping("/{scope}/{id}/overdue")
    @PreAuthorize(READERS)
    @Operation(summary = "Trainees whose current step is past its due date, paged")
    Mono<Page<TraineeLine>> overdue(@PathVariable @Pattern(regexp = SCOPE) String scope,
                                    @PathVariable @Pattern(regexp = ID) String id,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return Actors.current().flatMap(a -> reports.overdue(a, Reports.scope(scope), id, PageRequest.of(page, size)));
    }

    @GetMapping("/{scope}/{id}/tables/{table}.{format}")
    @PreAuthorize(READERS)
    @Operation(summary = "A report table (funnel, scores, mentors, at-risk, overdue) as CSV or XLSX; headers in "
            + "Chinese, or English when Accept-Language prefers en")
    Mono<ResponseEntity<byte[]>> export(@PathVariable @Pattern(regexp = SCOPE) String scope,
                                        @PathVariable @Pattern(regexp = ID) String id,
                                        @PathVariable String table, @PathVariable String format,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                        String acceptLanguage) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            return Mono.error(new NotFoundException("Export format (csv or xlsx)", format));
        }
        boolean english = english(acceptLanguage);
        return Actors.current()
                .flatMap(a -> reports.table(a, Reports.scope(scope), id, table, properties.exportMaxRows()))
                .publishOn(Schedulers.boundedElastic())
                .map(t -> file(t, format, english));
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rebuild the reporting model from the source collections (progress in the log)")
    Mono<ReportModel.RebuildResult> rebuild() {
        return model.rebuild("requested by an administrator");
    }

    private static ResponseEntity<byte[]> file(Table table, String format, boolean english) {
        boolean csv = format.equals("csv");
        byte[] body = csv ? TableFiles.csv(table, english) : TableFiles.xlsx(table, english);
        return ResponseEntity.ok()
                .contentType(csv ? TableFiles.CSV : TableFiles.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.name() + "." + format, StandardCharsets.UTF_8).build().toString())
                .header("X-Total-Count", String.valueOf(table.total()))
                .header("X-Truncated", String.valueOf(table.truncated()))
                .body(body);
    }

    /** English when the first language the caller accepts is English; Chinese otherwise. */
    static boolean english(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            var ranges = Locale.LanguageRange.parse(acceptLanguage);
            return !ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
