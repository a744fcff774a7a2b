package com.csracademy.security;

import com.csracademy.shared.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bodies larger than any endpoint accepts are refused before any of them is decoded: a declared
 * {@code Content-Length} over {@code spring.codec.max-in-memory-size} is answered 413 at once. The connection
 * stays usable: Reactor Netty drops the rest of the unread body and then reads the next request. (Closing it
 * instead would cut off a client still sending its body before it could read the 413.)
 */
final class BodyLimitFilter implements WebFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    BodyLimitFilter(DataSize max, ProblemWriter problems) {
        this.maxBytes = max.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Too large",
                    "The request body has " + declared + " bytes; at most " + maxBytes + " are accepted");
        }
        return chain.filter(exchange);
    }
}
