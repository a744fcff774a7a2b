package com.csracademy.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/** Reads the current caller from the reactive security context. */
public final class Actors {

    private Actors() {
    }

    /** The caller of the current request; errors when the request is not authenticated. */
    public static Mono<Actor> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(ActorAuthentication.class::isInstance)
                .map(a -> ((ActorAuthentication) a).actor())
                // a supplier: the error (and its stack trace) is made only when there is no caller, not on every call
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("No authenticated caller in this request")));
    }
}
