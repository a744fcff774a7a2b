package com.csracademy.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.csracademy.idempotency.IdempotencyRecord.State;
import com.csracademy.security.ActorAuthentication;
import com.csracademy.security.SecuredWebFilter;
import com.csracademy.shared.PayloadTooLargeException;
import com.csracademy.shared.web.ProblemWriter;
import com.csracademy.shared.web.RequestBodies;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A POST to {@code /api/**} with an {@code Idempotency-Key} header runs once per caller and key: a
 * repeat with the same body gets the stored answer (header {@code Idempotent-Replayed: true}); the same
 * key with another body is 422; a repeat while the first still runs is 409. Server errors are not
 * stored, so the client may retry them. Keys are kept for 24 hours.
 */
@Component
class IdempotencyFilter implements SecuredWebFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final ProblemWriter problems;
    private final int maxBody;

    IdempotencyFilter(ReactiveMongoTemplate mongo, Clock clock, JsonMapper json,
                      @Value("${spring.codec.max-in-memory-size:256KB}") DataSize maxBody) {
        this.mongo = mongo;
        this.clock = clock;
        this.problems = new ProblemWriter(json);
        this.maxBody = Math.toIntExact(maxBody.toBytes());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String key = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (key == null || exchange.getRequest().getMethod() != HttpMethod.POST
                || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        if (key.isBlank() || key.length() > 200) {
            return problem(exchange, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "The Idempotency-Key header must have 1 to 200 characters");
        }
        // the subject is looked up first and the branch taken on it: a Mono<Void> completes empty, so a
        // switchIfEmpty after run() would run the request a second time
        return ReactiveSecurityContextHolder.getContext()
                .map(c -> java.util.Optional.ofNullable(c.getAuthentication())
                        .filter(ActorAuthentication.class::isInstance)
                        .map(a -> ((ActorAuthentication) a).actor().subject()))
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(subject -> subject.isEmpty() ? chain.filter(exchange)
                        // the body is kept to compare repeats, so it is read here, within the codecs' limit
                        : RequestBodies.bytes(exchange.getRequest().getBody(), maxBody, "The request body is larger "
                                        + "than this endpoint accepts")
                                .flatMap(body -> run(exchange, chain, subject.get() + "|" + key, body))
                                .onErrorResume(PayloadTooLargeException.class, e -> exchange.getResponse().isCommitted()
                                        ? Mono.error(e)
                                        : problem(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                                                e.getMessage())));
    }

    private Mono<Void> run(ServerWebExchange exchange, WebFilterChain chain, String id, byte[] body) {
        String hash = hash(exchange.getRequest().getPath().value(), body);
        IdempotencyRecord pending = new IdempotencyRecord(id, hash, State.IN_PROGRESS, 0, null, null, clock.instant());
        return mongo.insert(pending)
                .flatMap(claimed -> proceed(exchange, chain, pending, body))
                .onErrorResume(DuplicateKeyException.class, duplicate -> mongo.findById(id, IdempotencyRecord.class)
                        .map(java.util.Optional::of)
                        .defaultIfEmpty(java.util.Optional.empty())
                        .flatMap(first -> first.isPresent() ? answerRepeat(exchange, first.get(), hash)
                                : problem(exchange, HttpStatus.CONFLICT, "request-in-progress",
                                        "A request with this Idempotency-Key is being processed; try again shortly")));
    }

    private Mono<Void> answerRepeat(ServerWebExchange exchange, IdempotencyRecord first, String hash) {
        if (!first.requestHash().equals(hash)) {
            return problem(exchange, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request");
        }
        if (first.state() == State.IN_PROGRESS) {
            return problem(exchange, HttpStatus.CONFLICT, "request-in-progress",
                    "A request with this Idempotency-Key is being processed; try again shortly");
        }
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(first.status()));
        response.getHeaders().set("Idempotent-Replayed", "true");
        if (first.contentType() != null) {
            response.getHeaders().setContentType(MediaType.parseMediaType(first.contentType()));
        }
        byte[] stored = first.body() == null ? new byte[0] : first.body();
        return response.writeWith(Mono.just(response.bufferFactory().wrap(stored)));
    }

    private Mono<Void> proceed(ServerWebExchange exchange, WebFilterChain chain, IdempotencyRecord pending,
                               byte[] body) {
        AtomicBoolean stored = new AtomicBoolean();
        var request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
        var response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> content) {
                return DataBufferUtils.join(Flux.from(content)).flatMap(buffer -> {
                    byte[] answer = bytes(buffer);
                    stored.set(true);
                    return complete(pending, getStatusCode(), getHeaders().getContentType(), answer)
                            .then(super.writeWith(Mono.just(bufferFactory().wrap(answer))));
                });
            }
        };
        return chain.filter(exchange.mutate().request(request).response(response).build())
                .then(Mono.defer(() -> stored.get() ? Mono.empty()
                        : complete(pending, response.getStatusCode(), null, new byte[0])))
                .onErrorResume(e -> forget(pending).then(Mono.error(e)));
    }

    private Mono<Void> complete(IdempotencyRecord pending, HttpStatusCode status, MediaType type, byte[] answer) {
        int code = status == null ? 200 : status.value();
        if (code >= 500) {
            return forget(pending);
        }
        return mongo.save(new IdempotencyRecord(pending.id(), pending.requestHash(), State.COMPLETED, code,
                        type == null ? null : type.toString(), answer, pending.createdAt()))
                .then();
    }

    private Mono<Void> forget(IdempotencyRecord pending) {
        return mongo.remove(Query.query(Criteria.where("_id").is(pending.id())), IdempotencyRecord.class).then();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void expire() {
        mongo.remove(Query.query(Criteria.where("createdAt").lt(clock.instant().minus(KEEP))), IdempotencyRecord.class)
                .subscribe(r -> { }, e -> log.warn("Expiring idempotency keys failed: {}", e.getMessage()));
    }

    private Mono<Void> problem(ServerWebExchange exchange, HttpStatus status, String type, String detail) {
        return problems.write(exchange, status, type, status.getReasonPhrase(), detail);
    }

    private static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
