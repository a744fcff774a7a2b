package com.csracademy.monitoring.persistence;

import java.time.Instant;

import com.csracademy.monitoring.ConductCatalogue;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of the conduct catalogue. Versions are only inserted (the id is the version number, so two
 * concurrent replacements cannot both become version n); the highest is current.
 *
 * @param origin      {@code CONTENT} (from {@code content/conduct.yaml}) or {@code REPLACED} (through the API)
 * @param contentHash the content file's hash, for a version from the file
 */
@Document("conduct_catalogues")
public record ConductCatalogueDocument(@Id int version, ConductCatalogue catalogue, Origin origin, String contentHash,
                                       String replacedBy, String reason, Instant at) {

    /** Where a version came from. */
    public enum Origin { CONTENT, REPLACED }
}
