package com.csracademy.shadowing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.csracademy.security.Actors;
import com.csracademy.shadowing.Shadowing;
import com.csracademy.shadowing.persistence.PlacementDocument;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Shadowing")
class ShadowingController {

    /** {@code <traineeId>.placement.<n>} (earlier placements have UUIDs, which this also matches). */
    private static final String PLACEMENT = "[A-Za-z0-9._-]{1,120}";
    private static final String ID = "[A-Za-z0-9._-]{1,80}";

    private final Shadowing shadowing;

    ShadowingController(Shadowing shadowing) {
        this.shadowing = shadowing;
    }

    record PlaceRequest(@NotBlank @Pattern(regexp = ID) String traineeId,
                        @NotBlank @Pattern(regexp = ID) String branchMentorId,
                        LocalDate startDate, LocalDate endDate) {
    }

    record TickRequest(boolean ticked, @Size(max = 2000) String note) {
    }

    record SummaryRequest(@NotBlank @Size(max = 10000) String text) {
    }

    @Schema(name = "PlacementScoreRequest")
    record ScoreRequest(@NotNull BigDecimal score, @Size(max = 4000) String notes) {
    }

    /** The branch shadowing evaluation form's values, field id → value (see GET /api/v1/form-definitions/branch-shadowing-evaluation). */
    record EvaluationRequest(@NotNull Map<String, Object> values) {
    }

    @PostMapping("/shadowing/placements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Place a trainee with a branch mentor (default: ten working days from the start)")
    Mono<PlacementDocument> place(@Valid @RequestBody PlaceRequest body) {
        return Actors.current().flatMap(actor -> shadowing.place(actor, body.traineeId(), body.branchMentorId(),
                body.startDate(), body.endDate()));
    }

    @GetMapping("/shadowing/placements/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A placement (scoped: a branch mentor sees only trainees placed with them)")
    Mono<PlacementDocument> placement(@PathVariable @Pattern(regexp = PLACEMENT) String id) {
        return Actors.current().flatMap(actor -> shadowing.placement(actor, id));
    }

    @GetMapping("/shadowing/hosted")
    @PreAuthorize("hasRole('BRANCH_MENTOR')")
    @Operation(summary = "The placements the calling branch mentor hosts")
    Mono<List<PlacementDocument>> hosted() {
        return Actors.current().flatMapMany(shadowing::hostedBy).collectList();
    }

    @GetMapping("/trainees/{traineeId}/shadowing")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trainee's placements, newest first (scoped)")
    Mono<List<PlacementDocument>> ofTrainee(@PathVariable @Pattern(regexp = ID) String traineeId) {
        return Actors.current().flatMapMany(actor -> shadowing.ofTrainee(actor, traineeId)).collectList();
    }

    @PutMapping("/shadowing/placements/{id}/objectives/{number}")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "The trainee ticks an objective with a note")
    Mono<PlacementDocument> tick(@PathVariable @Pattern(regexp = PLACEMENT) String id,
                                 @PathVariable @Min(1) @Max(8) int number, @Valid @RequestBody TickRequest body) {
        return Actors.current().flatMap(actor -> shadowing.tick(actor, id, number, body.ticked(), body.note()));
    }

    @PostMapping("/shadowing/placements/{id}/objectives/{number}/confirmation")
    @PreAuthorize("hasRole('BRANCH_MENTOR')")
    @Operation(summary = "The hosting branch mentor confirms a ticked objective")
    Mono<PlacementDocument> confirm(@PathVariable @Pattern(regexp = PLACEMENT) String id,
                                    @PathVariable @Min(1) @Max(8) int number) {
        return Actors.current().flatMap(actor -> shadowing.confirm(actor, id, number));
    }

    @PutMapping("/shadowing/placements/{id}/self-summary")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "The trainee's self-summary")
    Mono<PlacementDocument> selfSummary(@PathVariable @Pattern(regexp = PLACEMENT) String id,
                                        @Valid @RequestBody SummaryRequest body) {
        return Actors.current().flatMap(actor -> shadowing.selfSummary(actor, id, body.text()));
    }

    @PutMapping("/shadowing/placements/{id}/interview")
    @PreAuthorize("hasRole('DEPARTMENT_HEAD')")
    @Operation(summary = "The department head's interview score (0–100) and notes, recorded once")
    Mono<PlacementDocument> interview(@PathVariable @Pattern(regexp = PLACEMENT) String id,
                                      @Valid @RequestBody ScoreRequest body) {
        return Actors.current().flatMap(actor -> shadowing.interview(actor, id, body.score(), body.notes()));
    }

    @PutMapping("/shadowing/placements/{id}/evaluation")
    @PreAuthorize("hasRole('BRANCH_MENTOR')")
    @Operation(summary = "The hosting branch mentor's evaluation form (附5, branch-shadowing-evaluation), recorded"
            + " once; the score is the mean of its scored items")
    Mono<PlacementDocument> evaluation(@PathVariable @Pattern(regexp = PLACEMENT) String id,
                                       @Valid @RequestBody EvaluationRequest body) {
        return Actors.current().flatMap(actor -> shadowing.evaluate(actor, id, body.values()));
    }
}
