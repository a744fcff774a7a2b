package com.csracademy.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.people.People;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.persistence.MentorshipDocument;
import com.csracademy.people.persistence.OrgDocuments.CohortDocument;
import com.csracademy.people.persistence.PersonDocument;
import com.csracademy.people.persistence.TraineeDocument;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.security.Actor;
import com.csracademy.security.Actors;
import com.csracademy.security.Role;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
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
@RequestMapping("/api/v1")
@Tag(name = "People")
class PeopleController {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_HEAD','TRAINING_SPECIALIST')")
    @Operation(summary = "The directory, paged (?page=0&size=20, size at most 200), optionally by role")
    Mono<Page<PersonDocument>> people(@RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @RequestParam(required = false) Role role) {
        return people.people(PageRequest.of(page, size), role);
    }

    @PostMapping("/people")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a person (admin)")
    Mono<PersonDocument> register(@Valid @RequestBody NewPerson body) {
        return people.register(body.id(), body.subject(), body.username(), body.name(), body.roles(),
                body.departmentId(), body.branchId());
    }

    @GetMapping("/people/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_HEAD','TRAINING_SPECIALIST')")
    Mono<PersonDocument> person(@PathVariable @Pattern(regexp = ID) String id) {
        return people.person(id);
    }

    @GetMapping("/cohorts")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_HEAD','TRAINING_SPECIALIST','QA_SPECIALIST')")
    Mono<List<CohortDocument>> cohorts() {
        return people.cohorts().collectList();
    }

    @PostMapping("/cohorts")
    @PreAuthorize("hasAnyRole('ADMIN','TRAINING_SPECIALIST')")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CohortDocument> createCohort(@Valid @RequestBody NewCohort body) {
        return people.createCohort(body.id(), body.name(), body.departmentId(), body.startDate());
    }

    @GetMapping("/cohorts/{id}/trainees")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_HEAD','TRAINING_SPECIALIST','QA_SPECIALIST')")
    Mono<List<TraineeDocument>> cohortTrainees(@PathVariable @Pattern(regexp = ID) String id) {
        return Actors.current().flatMap(actor -> people.cohort(id).flatMap(c -> {
            if (!actor.has(Role.ADMIN) && !c.departmentId().equals(actor.departmentId())) {
                return Mono.error(new ForbiddenException("Cohort '" + id + "' belongs to another department"));
            }
            return people.traineesOf(id).collectList();
        }));
    }

    @PostMapping("/trainees")
    @PreAuthorize("hasAnyRole('ADMIN','TRAINING_SPECIALIST')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol a person with the TRAINEE role in a cohort")
    Mono<TraineeDocument> enrol(@Valid @RequestBody Enrolment body) {
        return Actors.current().flatMap(actor ->
                people.enrol(actor, body.personId(), body.category(), body.cohortId(), body.startDate()));
    }

    @GetMapping("/trainees/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trainee's enrolment (scoped: self, mentor, branch mentor, department staff)")
    Mono<TraineeDocument> trainee(@PathVariable @Pattern(regexp = ID) String id) {
        return Actors.current().flatMap(actor -> people.requireAccess(actor, id, AccessPurpose.READ));
    }

    @GetMapping("/trainees/{id}/mentorships")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The trainee's pairings with mentors, newest first (scoped)")
    Mono<List<MentorshipDocument>> mentorships(@PathVariable @Pattern(regexp = ID) String id) {
        return Actors.current().flatMap(actor -> people.requireAccess(actor, id, AccessPurpose.READ)
                .thenMany(people.mentorships(id)).collectList());
    }

    @PostMapping("/mentorships")
    @PreAuthorize("hasAnyRole('ADMIN','TRAINING_SPECIALIST','DEPARTMENT_HEAD')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Pair a trainee with a mentor; 409 when either already has no free place")
    Mono<MentorshipDocument> assign(@Valid @RequestBody NewMentorship body) {
        return Actors.current().flatMap(actor -> inScope(actor, body.traineeId())
                .then(people.assignMentor(actor, body.traineeId(), body.mentorId(), body.reason())));
    }

    @PostMapping("/trainees/{id}/mentor")
    @PreAuthorize("hasAnyRole('ADMIN','TRAINING_SPECIALIST','DEPARTMENT_HEAD')")
    @Operation(summary = "Reassign the trainee to another mentor; the old pairing ends with the reason")
    Mono<MentorshipDocument> reassign(@PathVariable @Pattern(regexp = ID) String id,
                                      @Valid @RequestBody Reassignment body) {
        return Actors.current().flatMap(actor -> inScope(actor, id)
                .then(people.reassign(actor, id, body.mentorId(), body.reason())));
    }

    @PostMapping("/mentorships/{id}/end")
    @PreAuthorize("hasAnyRole('ADMIN','TRAINING_SPECIALIST','DEPARTMENT_HEAD')")
    @Operation(summary = "End a pairing with a reason; the record stays")
    Mono<MentorshipDocument> end(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id,
                                 @Valid @RequestBody Ending body) {
        return Actors.current().flatMap(actor -> people.endMentorship(actor, id, body.reason()));
    }

    private Mono<TraineeDocument> inScope(Actor actor, String traineeId) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ);
    }

    record NewPerson(@NotBlank @Pattern(regexp = ID) String id, @NotBlank @Size(max = 200) String subject,
                     @NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 100) String name,
                     @NotEmpty Set<Role> roles, @Size(max = 64) String departmentId, @Size(max = 64) String branchId) {
    }

    record NewCohort(@NotBlank @Pattern(regexp = ID) String id, @NotBlank @Size(max = 100) String name,
                     @NotBlank String departmentId, @NotNull LocalDate startDate) {
    }

    record Enrolment(@NotBlank @Pattern(regexp = ID) String personId, @NotNull Category category,
                     @NotBlank @Pattern(regexp = ID) String cohortId, @NotNull LocalDate startDate) {
    }

    record NewMentorship(@NotBlank @Pattern(regexp = ID) String traineeId,
                         @NotBlank @Pattern(regexp = ID) String mentorId, @Size(max = 500) String reason) {
    }

    record Reassignment(@NotBlank @Pattern(regexp = ID) String mentorId, @NotBlank @Size(max = 500) String reason) {
    }

    record Ending(@NotBlank @Size(max = 500) String reason) {
    }
}
