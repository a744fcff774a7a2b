package com.csracademy.qa.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.csracademy.qa.CalibrationView;
import com.csracademy.qa.Calibrations;
import com.csracademy.qa.domain.CalibrationStatistics;
import com.csracademy.qa.domain.CallMarks;
import com.csracademy.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/qa/calibrations")
@Tag(name = "QA")
class CalibrationController {

    private static final String UUID = "[0-9a-f-]{36}";
    private static final String REF = "[A-Za-z0-9._-]{1,80}";
    private static final String WEEK = "[A-Za-z0-9._-]{1,120}";

    private final Calibrations calibrations;

    CalibrationController(Calibrations calibrations) {
        this.calibrations = calibrations;
    }

    @Schema(name = "CalibrationRequest")
    record OpenRequest(@NotBlank @Pattern(regexp = REF) String callRef, LocalDate callDate,
                       @Pattern(regexp = WEEK) String weekId, @Size(max = 2000) String note) {
    }

    @Schema(name = "CalibrationScoreRequest")
    record ScoreRequest(@NotNull CallMarks marks) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('QA_SPECIALIST','DEPARTMENT_HEAD')")
    @Operation(summary = "Open a calibration session over one recorded call, on the current QA card")
    Mono<CalibrationView> open(@Valid @RequestBody OpenRequest body) {
        return Actors.current().flatMap(a -> calibrations.open(a, body.callRef(), body.callDate(), body.weekId(),
                body.note()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('QA_SPECIALIST','DEPARTMENT_HEAD','ADMIN')")
    @Operation(summary = "The department's calibration sessions, newest first (scores hidden from who has not scored)")
    Mono<List<CalibrationView>> sessions() {
        return Actors.current().flatMapMany(calibrations::sessions).collectList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('QA_SPECIALIST','DEPARTMENT_HEAD','ADMIN')")
    @Operation(summary = "A calibration session (the others' scores stay hidden until you have scored or it is closed)")
    Mono<CalibrationView> session(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(a -> calibrations.session(a, id));
    }

    @PostMapping("/{id}/scores")
    @PreAuthorize("hasRole('QA_SPECIALIST')")
    @Operation(summary = "Score the session's call (once per QA specialist, while open)")
    Mono<CalibrationView> score(@PathVariable @Pattern(regexp = UUID) String id,
                                @Valid @RequestBody ScoreRequest body) {
        return Actors.current().flatMap(a -> calibrations.score(a, id, body.marks()));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAnyRole('QA_SPECIALIST','DEPARTMENT_HEAD')")
    @Operation(summary = "Close the session (at least two scores); every score becomes visible")
    Mono<CalibrationView> close(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(a -> calibrations.close(a, id));
    }

    @GetMapping("/report")
    @PreAuthorize("hasAnyRole('QA_SPECIALIST','DEPARTMENT_HEAD','ADMIN')")
    @Operation(summary = "Calibration variance: per session the spread of the totals; per specialist and month the"
            + " mean deviation from the session mean, in total and per item")
    Mono<CalibrationStatistics.Report> report(@RequestParam(required = false) YearMonth from,
                                              @RequestParam(required = false) YearMonth to) {
        return Actors.current().flatMap(a -> calibrations.report(a, from, to));
    }
}
