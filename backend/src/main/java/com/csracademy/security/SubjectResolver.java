package com.csracademy.security;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What security needs from the directory of people; the people module implements it, so security
 * depends on nothing.
 */
public interface SubjectResolver {

    /**
     * The person a token subject belongs to; empty when nobody active is registered with it. Called on every
     * authenticated request; an implementation may remember a found person for a short while.
     */
    Mono<KnownPerson> bySubject(String subject);

    /** Everyone who may sign in (the development sign-in lists them). */
    Flux<KnownPerson> signInCandidates();

    /** The one person of {@link #signInCandidates()} with this id (active), read by id; empty when none. */
    Mono<KnownPerson> signInCandidate(String personId);

    /** A registered person as security sees them. */
    record KnownPerson(String personId, String subject, String username, String name,
                       java.util.Set<Role> roles, String departmentId, String branchId) {
    }
}
