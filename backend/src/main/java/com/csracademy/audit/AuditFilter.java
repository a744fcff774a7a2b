package com.csracademy.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.csracademy.audit.AuditEntry.Outcome;
import com.csracademy.security.ActorAuthentication;
import com.csracademy.security.SecuredWebFilter;
import com.csracademy.shared.DocumentIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records every state-changing {@code /api/**} request once it has been answered, including the ones
 * that were denied or invalid. A failure to write the entry is logged, never turned into a failed request.
 */
@Component
class AuditFilter implements SecuredWebFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<HttpMethod> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final AuditLog audit;
    private final Clock clock;

    AuditFilter(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (!CHANGING.contains(request.getMethod()) || !request.getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        Instant start = clock.instant();
        Mono<SecurityContext> context = ReactiveSecurityContextHolder.getContext();
        return chain.filter(exchange)
                .then(Mono.defer(() -> record(exchange, context, start)))
                .onErrorResume(e -> record(exchange, context, start).then(Mono.error(e)));
    }

    private Mono<Void> record(ServerWebExchange exchange, Mono<SecurityContext> context, Instant start) {
        return context.map(SecurityContext::getAuthentication)
                .filter(ActorAuthentication.class::isInstance)
                .map(a -> ((ActorAuthentication) a).actor())
                .map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(actor -> {
                    HttpStatusCode code = exchange.getResponse().getStatusCode();
                    int status = code == null ? 200 : code.value();
                    Map<String, String> targets = exchange.getAttributeOrDefault(
                            HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of());
                    Instant now = clock.instant();
                    AuditEntry entry = new AuditEntry(DocumentIds.next(), now,
                            actor.map(a -> a.personId()).orElse(null),
                            actor.map(a -> a.subject()).orElse(null),
                            actor.map(a -> a.roles().stream().map(Enum::name).sorted().toList()).orElse(List.of()),
                            exchange.getRequest().getMethod().name(), exchange.getRequest().getPath().value(),
                            Map.copyOf(targets), status, Outcome.of(status),
                            java.time.Duration.between(start, now).toMillis(),
                            exchange.getRequest().getHeaders().getFirst("Idempotency-Key"));
                    return audit.append(entry);
                })
                .then()
                .onErrorResume(e -> {
                    log.error("Could not write the audit entry for {} {}: {}", exchange.getRequest().getMethod(),
                            exchange.getRequest().getPath(), e.getMessage());
                    return Mono.empty();
                });
    }
}
