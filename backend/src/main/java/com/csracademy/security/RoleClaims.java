package com.csracademy.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads roles from both shapes a token may carry them in: Keycloak's {@code realm_access.roles} and a
 * plain {@code roles} claim. Unknown role names are ignored.
 */
final class RoleClaims {

    private RoleClaims() {
    }

    static Set<Role> of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addAll(roles, jwt.getClaim("roles"));
        Object realmAccess = jwt.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> map) {
            addAll(roles, map.get("roles"));
        }
        return roles;
    }

    private static void addAll(Set<Role> roles, Object claim) {
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> Role.fromClaim(String.valueOf(v)).ifPresent(roles::add));
        } else if (claim instanceof String value) {
            for (String part : value.split("[,\\s]+")) {
                Role.fromClaim(part).ifPresent(roles::add);
            }
        }
    }
}
