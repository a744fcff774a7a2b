package com.csracademy.monitoring.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.monitoring.Drills;
import com.csracademy.monitoring.Drills.TraineeDrill;
import com.csracademy.monitoring.persistence.DrillSessionDocument;
import com.csracademy.security.Actors;
import com.csracademy.shared.InvalidRequestException;
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
class DrillController {

    static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final Drills drills;

    DrillController(Drills drills) {
        this.drills = drills;
    }

    @PostMapping("/drills")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','DEPARTMENT_HEAD','MENTOR')")
    @Operation(summary = "Run a call-simulation drill with a group of category-A trainees (a mentor: only their mentee)")
    Mono<DrillSessionDocument> create(@Valid @RequestBody NewDrill body) {
        return Actors.current().flatMap(actor -> drills.create(actor, body.day(), body.scenario().strip(),
                body.traineeIds()));
    }

    @GetMapping("/drills/{sessionId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A drill session: its runner sees every participant, others only whom they may read")
    Mono<DrillSessionDocument> one(@PathVariable @Pattern(regexp = ID) String sessionId) {
        return Actors.current().flatMap(actor -> drills.session(actor, sessionId));
    }

    @PutMapping("/drills/{sessionId}/trainees/{traineeId}/score")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','DEPARTMENT_HEAD','MENTOR')")
    @Operation(summary = "Score a trainee in a drill, 0–100 (the session's runner or the trainee's current mentor)")
    Mono<DrillSessionDocument> score(@PathVariable @Pattern(regexp = ID) String sessionId,
                                     @PathVariable @Pattern(regexp = ID) String traineeId,
                                     @Valid @RequestBody DrillScore body) {
        return Actors.current().flatMap(actor -> drills.score(actor, sessionId, traineeId, body.score(),
                body.comment() == null || body.comment().isBlank() ? null : body.comment().strip()));
    }

    @PutMapping("/drills/{sessionId}/trainees/{traineeId}/write-up")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "Write up the scripts of the day's drill (the trainee; each change is a new version)")
    Mono<DrillSessionDocument> writeUp(@PathVariable @Pattern(regexp = ID) String sessionId,
                                       @PathVariable @Pattern(regexp = ID) String traineeId,
                                       @Valid @RequestBody DrillWriteUp body) {
        return Actors.current().flatMap(actor -> drills.writeUp(actor, sessionId, traineeId, body.text().strip()));
    }

    @GetMapping("/trainees/{id}/drills")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The trainee's drills with their scores and write-ups"
            + " (the trainee, current mentor, head, training specialists)")
    Mono<List<TraineeDrill>> ofTrainee(@PathVariable @Pattern(regexp = ID) String id,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return DrillController.optionalPeriod(from, to).then(Actors.current())
                .flatMapMany(actor -> drills.drillsOf(actor, id, from, to)).collectList();
    }

    /** An optional period: neither bound, or both with {@code to} not before {@code from}. */
    static Mono<Void> optionalPeriod(LocalDate from, LocalDate to) {
        return (from == null) != (to == null) || (from != null && to.isBefore(from))
                ? Mono.error(new InvalidRequestException("to", "give both 'from' and 'to', 'to' not before 'from'"))
                : Mono.empty();
    }

    record NewDrill(@NotNull LocalDate day, @NotBlank @Size(max = 4000) String scenario,
                    @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = ID) String> traineeIds) {
    }

    record DrillScore(@NotNull @Min(0) @Max(100) Integer score, @Size(max = 2000) String comment) {
    }

    record DrillWriteUp(@NotBlank @Size(max = 20000) String text) {
    }
}
