package com.csracademy.quiz.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.quiz.Attempts;
import com.csracademy.quiz.ExamDefinition;
import com.csracademy.quiz.Exams;
import com.csracademy.quiz.KnowledgeAssessments;
import com.csracademy.quiz.QuestionBank;
import com.csracademy.quiz.domain.AnswerShape.Answer;
import com.csracademy.quiz.gift.GiftQuestion;
import com.csracademy.quiz.persistence.AttemptDocument;
import com.csracademy.quiz.persistence.KnowledgeAssessmentDocument;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exams")
class AttemptController {

    private static final String UUID = "[0-9a-f-]{36}";
    private static final String ID = "[A-Za-z0-9._-]{1,80}";

    private final Attempts attempts;
    private final Exams exams;
    private final QuestionBank bank;
    private final KnowledgeAssessments assessments;
    private final People people;
    private final java.time.Clock clock;

    AttemptController(Attempts attempts, Exams exams, QuestionBank bank, KnowledgeAssessments assessments,
                      People people, java.time.Clock clock) {
        this.attempts = attempts;
        this.exams = exams;
        this.bank = bank;
        this.assessments = assessments;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/exams")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The exam definitions")
    Mono<List<ExamDefinition>> exams() {
        return Mono.fromSupplier(exams::all);
    }

    @PostMapping("/exams/{examId}/attempts")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "Start an attempt (201), or resume the open one (200); a make-up may name its areas")
    Mono<ResponseEntity<AttemptView>> start(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,64}") String examId,
                                            @RequestBody(required = false) @Valid StartRequest body) {
        Set<KnowledgeArea> areas = body == null || body.areas() == null ? Set.of() : body.areas();
        return Actors.current().flatMap(actor -> attempts.start(actor, examId, areas))
                .flatMap(started -> view(started.attempt())
                        .map(v -> ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(v)));
    }

    @GetMapping("/attempts/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "An attempt with everything saved so far (resume after reload)")
    Mono<AttemptView> attempt(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(actor -> attempts.read(actor, id)).flatMap(this::view);
    }

    @PutMapping("/attempts/{id}/answers/{questionId}")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "Autosave one answer (idempotent)")
    Mono<Saved> saveOne(@PathVariable @Pattern(regexp = UUID) String id,
                        @PathVariable @Pattern(regexp = ID) String questionId, @RequestBody @NotNull Answer answer) {
        Map<String, Answer> one = new HashMap<>();
        one.put(questionId, answer);
        return Actors.current().flatMap(actor -> attempts.save(actor, id, one))
                .map(saved -> new Saved(1, saved.savedAt(), saved.version()));
    }

    @PutMapping("/attempts/{id}/answers")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "Save several answers in one request (idempotent)")
    Mono<Saved> saveMany(@PathVariable @Pattern(regexp = UUID) String id, @Valid @RequestBody Batch batch) {
        return Actors.current().flatMap(actor -> attempts.save(actor, id, batch.answers()))
                .map(saved -> new Saved(batch.answers().size(), saved.savedAt(), saved.version()));
    }

    @PostMapping("/attempts/{id}/submit")
    @PreAuthorize("hasRole('TRAINEE')")
    @Operation(summary = "Submit and grade; submitting again returns the same result")
    Mono<AttemptView> submit(@PathVariable @Pattern(regexp = UUID) String id) {
        return Actors.current().flatMap(actor -> attempts.submit(actor, id)).flatMap(this::view);
    }

    @GetMapping("/trainees/{traineeId}/attempts")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trainee's attempts, newest first (scoped)")
    Mono<List<AttemptSummary>> ofTrainee(@PathVariable @Pattern(regexp = ID) String traineeId) {
        return Actors.current().flatMapMany(actor -> attempts.ofTrainee(actor, traineeId))
                .map(AttemptSummary::of).collectList();
    }

    @GetMapping("/trainees/{traineeId}/knowledge-assessments")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trainee's knowledge sittings: area scores and exact average (scoped)")
    Mono<List<KnowledgeAssessmentDocument>> knowledge(@PathVariable @Pattern(regexp = ID) String traineeId) {
        return Actors.current().flatMap(actor -> people.requireAccess(actor, traineeId, AccessPurpose.READ))
                .thenMany(assessments.of(traineeId)).collectList();
    }

    @GetMapping("/grading/essays")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Attempts waiting for essays to be graded by hand")
    Mono<List<AttemptSummary>> pending() {
        return attempts.pendingManual().map(AttemptSummary::of).collectList();
    }

    @PutMapping("/attempts/{id}/questions/{questionId}/manual-grade")
    @PreAuthorize("hasAnyRole('TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Grade an essay (score 0..1 of the question)")
    Mono<AttemptView> gradeManually(@PathVariable @Pattern(regexp = UUID) String id,
                                    @PathVariable @Pattern(regexp = ID) String questionId,
                                    @Valid @RequestBody ManualGrade body) {
        return Actors.current().flatMap(actor -> attempts.gradeManually(actor, id, questionId, body.score(),
                body.comment())).flatMap(this::view);
    }

    private Mono<AttemptView> view(AttemptDocument attempt) {
        return Flux.fromIterable(attempt.items())
                .concatMap(item -> bank.question(item.questionId()).map(q -> Map.entry(item.questionId(), q)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(questions -> AttemptView.of(attempt, exams.exam(attempt.examId()),
                        (Map<String, GiftQuestion>) questions, clock.instant()));
    }

    record StartRequest(Set<KnowledgeArea> areas) {
    }

    record Batch(@NotEmpty @Size(max = 200) Map<@Pattern(regexp = ID) String, @NotNull Answer> answers) {
    }

    record Saved(int saved, java.time.Instant savedAt, Long version) {
    }

    record ManualGrade(@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal score, @Size(max = 2000) String comment) {
    }

    record AttemptSummary(String id, String examId, String traineeId, AttemptDocument.Status status,
                          java.time.Instant startedAt, java.time.Instant deadline, java.time.Instant finalizedAt,
                          BigDecimal total, Map<KnowledgeArea, BigDecimal> areaScores, int questions) {
        static AttemptSummary of(AttemptDocument a) {
            return new AttemptSummary(a.id(), a.examId(), a.traineeId(), a.status(), a.startedAt(), a.deadline(),
                    a.finalizedAt(), a.result() == null ? null : a.result().total(),
                    a.result() == null ? null : a.result().areaScores(), a.items().size());
        }
    }

}
