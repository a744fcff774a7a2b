package com.csracademy.people.persistence;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The organisation's small reference documents. */
public final class OrgDocuments {

    private OrgDocuments() {
    }

    @Document("departments")
    public record DepartmentDocument(@Id String id, String name) {
    }

    @Document("branches")
    public record BranchDocument(@Id String id, String name, String address) {
    }

    @Document("cohorts")
    public record CohortDocument(@Id String id, String name, String departmentId, LocalDate startDate) {
    }
}
