package com.csracademy.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.content.ContentVersions;
import com.csracademy.monitoring.persistence.ConductCatalogueDocument;
import com.csracademy.monitoring.persistence.ConductCatalogueDocument.Origin;
import com.csracademy.security.Actor;
import com.csracademy.shared.AcademyException.FieldError;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The conduct catalogue's versions. {@code content/conduct.yaml} is read and checked when the application starts
 * (a bad file stops the start, naming the file and the field) and stored as a new version when its content changed
 * — unless an administrator or the department head replaced the catalogue since: a replacement is never
 * overwritten by the file. A replacement is checked the same way; a bad one is refused with field errors and the
 * current version stays.
 */
@Service
public class ConductCatalogues implements StartupTask {

    static final String FILE = "conduct.yaml";
    private static final String CONTENT_KEY = "conduct";
    private static final Logger log = LoggerFactory.getLogger(ConductCatalogues.class);

    private final ContentFiles files;
    private final ContentVersions versions;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final ContentFile shipped;
    private final ConductCatalogue shippedCatalogue;

    ConductCatalogues(ContentFiles files, ContentVersions versions, ReactiveMongoTemplate mongo, Clock clock) {
        this.files = files;
        this.versions = versions;
        this.mongo = mongo;
        this.clock = clock;
        List<ContentFile> found = files.list(FILE);
        if (found.isEmpty()) {
            throw new ContentException("No conduct catalogue found: content/" + FILE);
        }
        this.shipped = found.get(0);
        this.shippedCatalogue = bindChecked(shipped);
    }

    @Override
    public String name() {
        return "conduct-catalogue";
    }

    @Override
    public Mono<Void> run() {
        String hash = ContentFiles.hash(List.of(shipped));
        return versions.loadIfChanged(CONTENT_KEY, hash, latest().map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(latest -> {
                    if (latest.isPresent() && latest.get().origin() == Origin.REPLACED) {
                        log.warn("The conduct catalogue was replaced by {}; the changed content/{} is not applied",
                                latest.get().replacedBy(), FILE);
                        return Mono.empty();
                    }
                    int next = latest.map(l -> l.version() + 1).orElse(1);
                    return mongo.insert(new ConductCatalogueDocument(next, shippedCatalogue, Origin.CONTENT, hash,
                            null, null, clock.instant())).then();
                })).then();
    }

    /** The current version; 404 before the first import. */
    public Mono<ConductCatalogueDocument> current() {
        return latest().switchIfEmpty(Mono.error(() -> new NotFoundException("Conduct catalogue", "current")));
    }

    /** Every version, newest first. */
    public Flux<ConductCatalogueDocument> history() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), ConductCatalogueDocument.class);
    }

    /**
     * Replaces the catalogue with a YAML file in the shape of {@code content/conduct.yaml}, as version
     * {@code baseVersion + 1}: 422 with field errors for a bad file, 409 when {@code baseVersion} is not current.
     */
    public Mono<ConductCatalogueDocument> replace(Actor by, int baseVersion, String yaml, String reason) {
        return Mono.fromCallable(() -> parse(yaml))
                .flatMap(catalogue -> current().flatMap(current -> current.version() != baseVersion
                        ? Mono.error(stale(current.version(), baseVersion))
                        : mongo.insert(new ConductCatalogueDocument(baseVersion + 1, catalogue, Origin.REPLACED, null,
                        by.personId(), reason, clock.instant()))))
                .onErrorMap(DuplicateKeyException.class, e -> stale(baseVersion + 1, baseVersion));
    }

    private static ConflictException stale(int current, int base) {
        return new ConflictException("stale-version", "Changed by someone else", "The conduct catalogue is at"
                + " version " + current + ", not " + base + "; reload it and apply your change again");
    }

    private Mono<ConductCatalogueDocument> latest() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                ConductCatalogueDocument.class);
    }

    private ConductCatalogue parse(String yaml) {
        try {
            return bindChecked(new ContentFile(FILE, yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (ContentException e) {
            throw new InvalidRequestException("The conduct catalogue is not valid", fieldErrors(e.getMessage()));
        }
    }

    /** ContentFiles names each problem as {@code file: field: message}, one a line. */
    private static List<FieldError> fieldErrors(String message) {
        List<FieldError> errors = new ArrayList<>();
        String prefix = FILE + ": ";
        for (String line : message.split("\n")) {
            String rest = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
            int colon = rest.indexOf(": ");
            boolean named = colon > 0 && !rest.substring(0, colon).contains(" ");
            errors.add(named ? new FieldError(rest.substring(0, colon), rest.substring(colon + 2))
                    : new FieldError("file", rest));
        }
        return errors;
    }

    private ConductCatalogue bindChecked(ContentFile file) {
        ConductCatalogue catalogue = files.bind(file, ConductCatalogue.class);
        List<FieldError> inconsistent = catalogue.inconsistencies();
        if (!inconsistent.isEmpty()) {
            throw new ContentException(inconsistent.stream().map(e -> file.path() + ": " + e.field() + ": " + e.message())
                    .collect(Collectors.joining("\n")));
        }
        return catalogue;
    }
}
