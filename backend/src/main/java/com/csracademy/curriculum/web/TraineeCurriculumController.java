package com.csracademy.curriculum.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.curriculum.Curriculum;
import com.csracademy.curriculum.Exemption;
import com.csracademy.curriculum.LessonProgress;
import com.csracademy.curriculum.ProgressEvent;
import com.csracademy.curriculum.TraineeCurriculum;
import com.csracademy.curriculum.domain.ExemptionPolicy;
import com.csracademy.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import static com.csracademy.curriculum.web.CourseController.COURSE_ID;
import static com.csracademy.curriculum.web.CourseController.LESSON_ID;

@RestController
@RequestMapping("/api/v1/trainees/{id}")
@Tag(name = "Curriculum")
class TraineeCurriculumController {

    private static final String TRAINEE_ID = "[A-Za-z0-9._-]{1,64}";
    private static final String EVENTS = "OPENED|HEARTBEAT|COMPLETED";

    private final Curriculum curriculum;

    TraineeCurriculumController(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    @GetMapping("/curriculum")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The trainee's courses, exemptions and lesson progress (scoped: self, mentor, "
            + "branch mentor, department staff)")
    Mono<TraineeCurriculum> curriculum(@PathVariable @Pattern(regexp = TRAINEE_ID) String id) {
        return Actors.current().flatMap(actor -> curriculum.curriculumOf(actor, id));
    }

    @PostMapping("/lessons/{lessonId}/progress")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "Record a lesson event of your own: OPENED and COMPLETED keep their first time; "
            + "HEARTBEAT adds the seconds, at most 300 per heartbeat")
    Mono<LessonProgress> progress(@PathVariable @Pattern(regexp = TRAINEE_ID) String id,
                                  @PathVariable @Pattern(regexp = LESSON_ID) String lessonId,
                                  @Valid @RequestBody ProgressReport body) {
        return Actors.current().flatMap(actor -> curriculum.recordProgress(actor, id, lessonId,
                ProgressEvent.valueOf(body.event()), body.seconds() == null ? 0 : body.seconds()));
    }

    @GetMapping("/exemptions")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The trainee's exemptions, in force and revoked (scoped)")
    Mono<List<Exemption>> exemptions(@PathVariable @Pattern(regexp = TRAINEE_ID) String id) {
        return Actors.current().flatMap(actor -> curriculum.exemptions(actor, id));
    }

    @PostMapping("/exemptions")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exempt a category-B trainee from an exemptible course, with a reason; 409 when "
            + "already exempted, 422 when the rules forbid it")
    Mono<Exemption> exempt(@PathVariable @Pattern(regexp = TRAINEE_ID) String id,
                           @Valid @RequestBody NewExemption body) {
        return Actors.current().flatMap(actor -> curriculum.exempt(actor, id, body.courseId(), body.reason()));
    }

    @DeleteMapping("/exemptions/{courseId}")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Revoke an exemption with a reason; it stays on record as revoked")
    Mono<Exemption> revoke(@PathVariable @Pattern(regexp = TRAINEE_ID) String id,
                           @PathVariable @Pattern(regexp = COURSE_ID) String courseId,
                           @Valid @RequestBody Revocation body) {
        return Actors.current().flatMap(actor -> curriculum.revokeExemption(actor, id, courseId, body.reason()));
    }

    /**
     * @param event   the event; a string checked here so an unknown value is a 400 naming the field
     * @param seconds reading time since the last heartbeat; only HEARTBEAT uses it
     */
    record ProgressReport(
            @NotNull @Pattern(regexp = EVENTS, message = "must be one of OPENED, HEARTBEAT, COMPLETED")
            @Schema(allowableValues = {"OPENED", "HEARTBEAT", "COMPLETED"}) String event,
            @Min(0) @Max(3600) Integer seconds) {
    }

    record NewExemption(@NotBlank @Pattern(regexp = COURSE_ID) String courseId,
                        @NotBlank @Size(max = ExemptionPolicy.MAX_REASON) String reason) {
    }

    @Schema(name = "ExemptionRevocation")
    record Revocation(@NotBlank @Size(max = ExemptionPolicy.MAX_REASON) String reason) {
    }
}
