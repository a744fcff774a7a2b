package com.csracademy.security;

import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** Turns a validated JWT into an {@link ActorAuthentication}, looking the subject up in the directory. */
final class ActorAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final SubjectResolver resolver;

    ActorAuthenticationConverter(SubjectResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Set<Role> roles = RoleClaims.of(jwt);
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        String subject = jwt.getSubject();
        return resolver.bySubject(subject)
                .map(p -> new Actor(subject, p.personId(), p.name(), roles, p.departmentId(), p.branchId()))
                .defaultIfEmpty(new Actor(subject, null, null, roles, null, null))
                .map(actor -> new ActorAuthentication(jwt, actor, authorities));
    }
}
