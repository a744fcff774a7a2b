package com.csracademy.security;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A filter that must run inside the security chain, after authentication and around authorization, so
 * it sees the caller and also the requests that are denied (the audit log is one). Deliberately not a
 * {@code WebFilter}: WebFlux would also run every {@code WebFilter} bean outside the security chain.
 */
public interface SecuredWebFilter {

    Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain);
}
