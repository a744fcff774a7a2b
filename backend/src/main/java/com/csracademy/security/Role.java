package com.csracademy.security;

import java.util.Arrays;
import java.util.Optional;

/** The seven roles; a person may hold several. */
public enum Role {
    TRAINEE, MENTOR, BRANCH_MENTOR, QA_SPECIALIST, TRAINING_SPECIALIST, DEPARTMENT_HEAD, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Reads a role name as a token carries it; Keycloak's own roles (offline_access…) are not ours. */
    public static Optional<Role> fromClaim(String value) {
        String name = value.startsWith("ROLE_") ? value.substring(5) : value;
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }
}
