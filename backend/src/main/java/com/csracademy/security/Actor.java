package com.csracademy.security;

import java.util.Set;

/**
 * The caller of a request: the token's subject and roles, and the person it maps to.
 *
 * @param subject      the token's {@code sub}
 * @param personId     the person in the people module, or {@code null} when the subject is unknown
 * @param name         the person's display name
 * @param roles        the roles the token grants
 * @param departmentId the person's department, if any
 * @param branchId     the person's branch (branch mentors), if any
 */
public record Actor(String subject, String personId, String name, Set<Role> roles, String departmentId,
                    String branchId) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean registered() {
        return personId != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
