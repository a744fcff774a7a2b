package com.csracademy.monitoring.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.csracademy.monitoring.FormStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A form a trainee filed: the definition version it was filled with, the working copy, and every submitted
 * version with the reviews of each. Nothing submitted is overwritten; a revision appends a version.
 *
 * @param working     the values being edited (a draft, or the revision of a returned form)
 * @param versions    the submitted versions, oldest first
 * @param reviewerIds everyone who has reviewed a version (a former mentor keeps reading these forms)
 */
@Document("filed_forms")
public record FiledFormDocument(@Id String id, String traineeId, String definitionId, int definitionVersion,
                                LocalDate day, FormStatus status, Map<String, Object> working,
                                List<SubmittedVersion> versions, List<Review> reviews, Set<String> reviewerIds,
                                Instant createdAt, Instant updatedAt, @Version Long version) {

    public FiledFormDocument {
        versions = versions == null ? List.of() : List.copyOf(versions);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        reviewerIds = reviewerIds == null ? Set.of() : Set.copyOf(reviewerIds);
    }

    /** The values of the latest submitted version, or the working copy when nothing was submitted yet. */
    public Map<String, Object> latestValues() {
        return versions.isEmpty() ? working : versions.get(versions.size() - 1).values();
    }

    /** A submitted version. */
    public record SubmittedVersion(int number, Map<String, Object> values, Instant submittedAt) {
    }

    /** The mentor's decision on one version. */
    public record Review(int versionNumber, String decision, String comments, String reviewerId, Instant at) {
    }
}
