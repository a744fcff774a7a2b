package com.csracademy.people.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.people.People;
import com.csracademy.people.persistence.PersonDocument;
import com.csracademy.security.Actor;
import com.csracademy.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "People")
class MeController {

    private final People people;

    MeController(People people) {
        this.people = people;
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Who I am: name, roles (from the token), department, and my trainee or mentor relations")
    Mono<Me> me() {
        return Actors.current().flatMap(this::describe);
    }

    private Mono<Me> describe(Actor actor) {
        Mono<PersonDocument> person = people.person(actor.personId());
        Mono<TraineeView> trainee = people.trainee(actor.personId())
                .map(t -> new TraineeView(t.category().name(), t.cohortId(), t.startDate()))
                .onErrorResume(e -> Mono.empty());
        Mono<PersonRef> mentor = people.currentMentorship(actor.personId())
                .flatMap(m -> people.person(m.mentorId()))
                .map(p -> new PersonRef(p.id(), p.name()));
        Mono<List<PersonRef>> mentees = people.currentMentees(actor.personId())
                .concatMap(m -> people.person(m.traineeId()))
                .map(p -> new PersonRef(p.id(), p.name()))
                .collectList();
        return Mono.zip(person, trainee.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()),
                        mentor.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()), mentees)
                .map(t -> new Me(t.getT1().id(), t.getT1().username(), t.getT1().name(),
                        actor.roles().stream().map(Enum::name).sorted().toList(), t.getT1().departmentId(),
                        t.getT1().branchId(), t.getT2().orElse(null), t.getT3().orElse(null), t.getT4()));
    }

    record Me(String personId, String username, String name, List<String> roles, String department, String branch,
              TraineeView trainee, PersonRef mentor, List<PersonRef> mentees) {
    }

    record TraineeView(String category, String cohort, LocalDate startDate) {
    }

    record PersonRef(String personId, String name) {
    }

}
