package com.csracademy.people.persistence;

import java.time.Instant;
import java.util.Set;

import com.csracademy.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who may sign in; {@code subject} is their identity provider's subject (unique). */
@Document("persons")
public record PersonDocument(@Id String id, String subject, String username, String name, Set<Role> roles,
                             String departmentId, String branchId, boolean active, Instant createdAt,
                             @Version Long version) {
}
