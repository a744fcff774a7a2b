package com.csracademy.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One state-changing request. Written once, never updated or deleted. Request bodies are not kept (they
 * may hold personal data); the records each module keeps hold the what and why.
 *
 * @param targets the ids in the request path ({@code {traineeId: t01}})
 */
@Document("audit_log")
public record AuditEntry(@Id String id, Instant at, String actorPersonId, String subject, List<String> roles,
                         String method, String path, Map<String, String> targets, int status, Outcome outcome,
                         long durationMs, String idempotencyKey) {

    /** How the request ended. */
    public enum Outcome {
        /** 2xx or 3xx. */
        SUCCEEDED,
        /** 4xx: denied or invalid, nothing changed. */
        REJECTED,
        /** 5xx. */
        FAILED;

        static Outcome of(int status) {
            return status >= 500 ? FAILED : status >= 400 ? REJECTED : SUCCEEDED;
        }
    }
}
