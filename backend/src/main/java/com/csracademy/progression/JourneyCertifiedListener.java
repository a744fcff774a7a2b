package com.csracademy.progression;

import reactor.core.publisher.Mono;

/**
 * What another module does when a journey is certified (the certification module issues the certificate).
 * Called from the journey's outbox until it succeeds; an implementation must be idempotent on
 * {@link JourneyCertified#eventId()}.
 */
public interface JourneyCertifiedListener {

    Mono<Void> journeyCertified(JourneyCertified event);
}
