package com.csracademy.qa.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.csracademy.qa.GoLiveWeeks;
import com.csracademy.qa.Scorecards;
import com.csracademy.qa.domain.CallMarks;
import com.csracademy.qa.domain.Scorecard;
import com.csracademy.qa.persistence.GoLiveWeekDocument;
import com.csracademy.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "QA")
class GoLiveWeekController {

    private static final String UUID = "[0-9a-f-]{36}";
    private static final String ID = "[A-Za-z0-9._-]{1,80}";
    /** {@code <traineeId>.golive.<n>} (earlier weeks have UUIDs, which this also matches). */
    private static final String WEEK = "[A-Za-z0-9._-]{1,120}";

    private final GoLiveWeeks weeks;
    private final Scorecards scorecards;

    GoLiveWeekController(GoLiveWeeks weeks, Scorecards scorecards) {
        this.weeks = weeks;
        this.scorecards = scorecards;
    }

    @Schema(name = "GoLiveWeekRequest")
    record OpenRequest(@NotBlank @Pattern(regexp = ID) String traineeId, @NotNull LocalDate startDate,
                       @Pattern(regexp = "[a-z0-9-]{1,64}") String scorecardId) {
    }

    @Schema(name = "ScoredCallRequest")
    record ScoreRequest(@NotBlank @Pattern(regexp = ID) String callRef, @NotNull LocalDate callDate,
                        @Pattern(regexp = UUID) String replaces, @NotNull CallMarks marks) {
    }

    @GetMapping("/qa/scorecards")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The QA scorecards")
    Mono<List<Scorecard>> scorecards() {
        return Mono.fromSupplier(scorecards::all);
    }

    @PostMapping("/qa/weeks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('QA_SPECIALIST','TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Open a trainee's independent go-live week (five working days)")
    Mono<GoLiveWeekView> open(@Valid @RequestBody OpenRequest body) {
        return Actors.current().flatMap(a -> weeks.open(a, body.traineeId(), body.startDate(), body.scorecardId()))
                .map(this::view);
    }

    @GetMapping("/qa/weeks/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A go-live week with its scored calls (scoped)")
    Mono<GoLiveWeekView> week(@PathVariable @Pattern(regexp = WEEK) String id) {
        return Actors.current().flatMap(a -> weeks.week(a, id)).map(this::view);
    }

    @GetMapping("/trainees/{traineeId}/go-live-weeks")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trainee's go-live weeks, newest first (scoped)")
    Mono<List<GoLiveWeekView>> ofTrainee(@PathVariable @Pattern(regexp = ID) String traineeId) {
        return Actors.current().flatMapMany(a -> weeks.ofTrainee(a, traineeId)).map(this::view).collectList();
    }

    @PostMapping("/qa/weeks/{id}/calls")
    @PreAuthorize("hasRole('QA_SPECIALIST')")
    @Operation(summary = "Score a sampled call of the week (a replacement names the zero-score call it replaces)")
    Mono<GoLiveWeekView> score(@PathVariable @Pattern(regexp = WEEK) String id,
                                   @Valid @RequestBody ScoreRequest body) {
        return Actors.current().flatMap(a -> weeks.score(a, id, body.callRef(), body.callDate(), body.replaces(),
                body.marks())).map(this::view);
    }

    record AppealRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record RescoreRequest(@NotBlank @Size(max = 2000) String reason, @NotNull CallMarks marks) {
    }

    @PostMapping("/qa/weeks/{id}/calls/{callId}/appeal")
    @PreAuthorize("hasAnyRole('TRAINEE','MENTOR')")
    @Operation(summary = "Appeal a scored call (复查): the trainee or their current mentor, within the appeal window;"
            + " once per call")
    Mono<GoLiveWeekView> appeal(@PathVariable @Pattern(regexp = WEEK) String id,
                                    @PathVariable @Pattern(regexp = UUID) String callId,
                                    @Valid @RequestBody AppealRequest body) {
        return Actors.current().flatMap(a -> weeks.appeal(a, id, callId, body.reason())).map(this::view);
    }

    @PostMapping("/qa/weeks/{id}/calls/{callId}/appeal/rescore")
    @PreAuthorize("hasRole('QA_SPECIALIST')")
    @Operation(summary = "Re-score an appealed call (a QA specialist other than its scorer; once; both scores kept,"
            + " the re-score counts; a closed week's score is recomputed)")
    Mono<GoLiveWeekView> rescore(@PathVariable @Pattern(regexp = WEEK) String id,
                                     @PathVariable @Pattern(regexp = UUID) String callId,
                                     @Valid @RequestBody RescoreRequest body) {
        return Actors.current().flatMap(a -> weeks.rescore(a, id, callId, body.reason(), body.marks()))
                .map(this::view);
    }

    @PostMapping("/qa/weeks/{id}/close")
    @PreAuthorize("hasRole('QA_SPECIALIST')")
    @Operation(summary = "Close the week: its score (mean of the counted calls) goes to progression once")
    Mono<GoLiveWeekView> close(@PathVariable @Pattern(regexp = WEEK) String id) {
        return Actors.current().flatMap(a -> weeks.close(a, id)).map(this::view);
    }

    private GoLiveWeekView view(GoLiveWeekDocument week) {
        return GoLiveWeekView.of(week, weeks::appealDeadline);
    }
}
