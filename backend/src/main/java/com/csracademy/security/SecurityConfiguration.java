package com.csracademy.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import com.csracademy.shared.web.ProblemWriter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code /api/**} call carries a JWT and maps to a registered person; the role checks live on
 * the controllers ({@code @PreAuthorize}), the scope checks in the domain services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityMode securityMode(Environment environment) {
        return SecurityMode.resolve(environment);
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, SubjectResolver resolver, JsonMapper json,
                                       java.util.List<SecuredWebFilter> securedFilters,
                                       SecurityProperties properties, RateLimitProperties rateLimits,
                                       @Value("${spring.codec.max-in-memory-size:256KB}") DataSize maxBody,
                                       ObjectProvider<ReactiveJwtDecoder> decoders, Clock clock) {
        ProblemWriter problems = new ProblemWriter(json);
        // first of all: a body too large for any endpoint is refused before authentication reads a byte of it
        http.addFilterAt(new BodyLimitFilter(maxBody, problems), SecurityWebFiltersOrder.FIRST);
        securedFilters.forEach(f -> http.addFilterAfter(f::filter, SecurityWebFiltersOrder.AUTHENTICATION));
        // after the headers and CORS filters, so a 429 carries the security headers and, for an allowed
        // origin, the CORS headers the browser needs to read it
        http.addFilterAfter(new RateLimitFilter(rateLimits, problems), SecurityWebFiltersOrder.CORS);
        return http
                .cors(cors -> cors.configurationSource(corsSource(properties.corsOrigins())))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // stateless: no request is saved for a redirect after sign-in. The default cache looks the
                // request up in a web session on every call, which creates one per request (a UUID from
                // SecureRandom on boundedElastic, then the rest of the request on the parallel scheduler)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "connect-src 'self' *; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .authorizeExchange(exchange -> exchange
                        .pathMatchers(HttpMethod.GET, "/api/v1/auth/config").permitAll()
                        .pathMatchers("/api/v1/dev/**").permitAll()
                        // public certificate verification, the issuer profile and the credential key set
                        .pathMatchers(HttpMethod.GET, "/api/v1/certificates/verify/*", "/api/v1/certificates/jwks",
                                "/api/v1/certificates/issuer").permitAll()
                        .pathMatchers("/api/**").access((authentication, context) -> authentication
                                .map(a -> (AuthorizationResult) new AuthorizationDecision(
                                        a instanceof ActorAuthentication actor && actor.actor().registered()))
                                .defaultIfEmpty(new AuthorizationDecision(false)))
                        .anyExchange().permitAll())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> {
                            decoders.ifAvailable(d -> jwt.jwtDecoder(new CachingJwtDecoder(d, clock)));
                            jwt.jwtAuthenticationConverter(new ActorAuthenticationConverter(resolver));
                        })
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            String detail = e instanceof InvalidBearerTokenException
                                    ? "The access token is invalid or expired: " + e.getMessage()
                                    : "Sign in first: this call needs a bearer token";
                            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Not signed in", detail);
                        })
                        .accessDeniedHandler((exchange, denied) -> ReactiveSecurityContextHolder.getContext()
                                .map(c -> java.util.Optional.ofNullable(c.getAuthentication()))
                                .defaultIfEmpty(java.util.Optional.empty())
                                .flatMap(authentication -> authentication
                                        .filter(ActorAuthentication.class::isInstance)
                                        .map(a -> ((ActorAuthentication) a).actor())
                                        .filter(actor -> !actor.registered())
                                        .map(actor -> problems.write(exchange, HttpStatus.FORBIDDEN, "unknown-subject",
                                                "Unknown person", "No person in CSR Academy has the subject '"
                                                        + actor.subject() + "'; ask an administrator to register you"))
                                        .orElseGet(() -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden",
                                                "Forbidden", "Your role does not allow this action")))))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, ex) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Not signed in", "Sign in first: this call needs a bearer token");
                        }))
                .build();
    }

    /**
     * Spring Security's strict firewall (encoded slashes, dot segments, semicolons, control characters in a header
     * are refused), its header-name and header-value rules checked without regular expressions ({@link HeaderText}).
     */
    @Bean
    ServerWebExchangeFirewall exchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderText::allowedName);
        firewall.setAllowedHeaderValues(HeaderText::allowedValue);
        return firewall;
    }

    /**
     * A request the firewall refuses gets a 400 problem like any other bad request (Spring Security's default is
     * an empty 400). The detail names no header value: the refused one may be the caller's token.
     */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler(JsonMapper json) {
        ProblemWriter problems = new ProblemWriter(json);
        return (exchange, rejected) -> exchange.getResponse().isCommitted() ? Mono.empty()
                : problems.write(exchange, HttpStatus.BAD_REQUEST, "rejected-request", "Request refused",
                        "The request was refused: its address or one of its headers holds characters or sequences "
                                + "that are not allowed (control characters, encoded slashes or dots, semicolons)");
    }

    /**
     * Browsers may call the API from the configured origins only ({@code academy.security.cors-origins}, none
     * by default: same origin). Tokens travel in the {@code Authorization} header, never in cookies, so
     * credentials are not allowed.
     */
    static CorsConfigurationSource corsSource(java.util.List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (origins == null || origins.isEmpty()) {
            return source;
        }
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(java.util.List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(java.util.List.of("Authorization", "Content-Type", "Accept", "Accept-Language",
                "Idempotency-Key", "If-Match"));
        config.setExposedHeaders(java.util.List.of("Location", "ETag", "Retry-After"));
        config.setAllowCredentials(false);
        config.setMaxAge(java.time.Duration.ofHours(1));
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DevIssuerCondition.class)
    static class DevIssuerConfiguration {

        @Bean
        DevTokenIssuer devTokenIssuer(SecurityProperties properties, Clock clock) {
            return new DevTokenIssuer(properties.devIssuer(), clock);
        }

        @Bean
        ReactiveJwtDecoder devJwtDecoder(DevTokenIssuer issuer) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(issuer.publicKey()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer.issuer())));
            return decoder;
        }
    }
}
