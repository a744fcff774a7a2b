package com.csracademy.progression;

import java.time.Instant;

/**
 * A journey reached {@link JourneyStatus#CERTIFIED}. Delivered to every {@link JourneyCertifiedListener} from the
 * journey's outbox (the transition is marked notified only after they all succeeded), so it may arrive more than
 * once: listeners use {@code eventId} to apply it once.
 *
 * @param eventId     the id of the certifying transition: the journey and the evidence that certified it
 * @param traineeId   the trainee
 * @param programId   the program the journey follows
 * @param certifiedAt when the journey was certified
 */
public record JourneyCertified(String eventId, String traineeId, String programId, Instant certifiedAt) {
}
