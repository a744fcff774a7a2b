package com.csracademy.security;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.csracademy.shared.web.ProblemWriter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits the public certificate verification and the development sign-in per client IP with Bucket4j token
 * buckets; over the limit the answer is 429 {@code too-many-requests} with {@code Retry-After} in seconds.
 * The client IP is the connection's remote address, which with {@code server.forward-headers-strategy=native}
 * is taken from the trusted proxy's {@code X-Forwarded-For}.
 */
final class RateLimitFilter implements WebFilter {

    private final RateLimitProperties properties;
    private final ProblemWriter problems;
    private final Map<String, Bucket> verifyBuckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> signInBuckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitProperties properties, ProblemWriter problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled()) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (HttpMethod.GET.equals(request.getMethod()) && path.startsWith("/api/v1/certificates/verify/")) {
            return limit(exchange, chain, verifyBuckets, properties.certificateVerify());
        }
        if (HttpMethod.POST.equals(request.getMethod()) && path.equals("/api/v1/dev/token")) {
            return limit(exchange, chain, signInBuckets, properties.devSignIn());
        }
        return chain.filter(exchange);
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, Map<String, Bucket> buckets,
                             RateLimitProperties.Limit limit) {
        if (buckets.size() >= properties.maxClients()) {
            forgetIdle(buckets, limit, properties.maxClients());
        }
        Bucket bucket = buckets.computeIfAbsent(clientIp(exchange.getRequest()), ip -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                    Long.toString(probe.getRemainingTokens()));
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1));
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                "This address sent more than " + limit.capacity() + " requests in " + limit.period()
                        + " to this endpoint; try again in " + seconds + " s");
    }

    private static Bucket newBucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()).build())
                .build();
    }

    /** Drops the buckets that are full again (their clients have been quiet for a whole period). */
    private static void forgetIdle(Map<String, Bucket> buckets, RateLimitProperties.Limit limit, int maxClients) {
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limit.capacity());
        if (buckets.size() >= maxClients) {
            // every tracked address is still busy: start afresh rather than grow without bound
            buckets.clear();
        }
    }

    private static String clientIp(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
