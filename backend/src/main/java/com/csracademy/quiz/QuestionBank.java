package com.csracademy.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.content.ContentVersions;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.quiz.gift.GiftError;
import com.csracademy.quiz.gift.GiftParseResult;
import com.csracademy.quiz.gift.GiftParser;
import com.csracademy.quiz.gift.GiftQuestion;
import com.csracademy.quiz.gift.GiftWriter;
import com.csracademy.quiz.persistence.QuestionDocument;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.StartupTask;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The question banks: imported from GIFT (the shipped banks in {@code content/quizbanks/} at start, or an
 * upload), exported back to GIFT. A question's category decides its area:
 * {@code $course$/securities-basics/...} belongs to {@link KnowledgeArea#SECURITIES_BASICS}.
 */
@Service
public class QuestionBank implements StartupTask {

    private static final String PREFIX = "$course$/";
    static final Duration AREA_IDS_FRESH_FOR = Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final ContentFiles files;
    private final ContentVersions versions;
    private final Clock clock;
    private final Map<String, GiftQuestion> parsed = new ConcurrentHashMap<>();
    private final Map<KnowledgeArea, AreaIds> areaIds = new ConcurrentHashMap<>();

    QuestionBank(ReactiveMongoTemplate mongo, ContentFiles files, ContentVersions versions, Clock clock) {
        this.mongo = mongo;
        this.files = files;
        this.versions = versions;
        this.clock = clock;
    }

    /** What an import did: how many questions are new, how many were already there, and what was wrong. */
    public record ImportReport(int imported, int unchanged, List<GiftError> errors, List<GiftError> warnings) {
    }

    /**
     * Imports GIFT text. Questions without a {@code $CATEGORY} go into {@code defaultCategory}; bad
     * questions are reported with their line and reason, the others are imported.
     */
    public Mono<ImportReport> importGift(String gift, String defaultCategory, String source, String personId) {
        GiftParseResult result = GiftParser.parse(gift);
        List<GiftError> errors = new ArrayList<>(result.errors());
        List<QuestionDocument> documents = new ArrayList<>();
        for (GiftQuestion q : result.questions()) {
            String category = q.category() == null ? normalise(defaultCategory) : q.category();
            Optional<KnowledgeArea> area = areaOf(category);
            if (area.isEmpty()) {
                errors.add(new GiftError(q.line(), q.title(), "category '" + category
                        + "' is not under an assessed area ($course$/securities-basics|systems|service-norms|service-skills/…)"));
                continue;
            }
            GiftQuestion placed = new GiftQuestion(q.title(), category, q.format(), q.type(), q.text(), q.blankIndex(),
                    q.generalFeedback(), q.choices(), q.numericAnswers(), q.matchPairs(), q.trueFalseAnswer(),
                    q.trueFalseWrongFeedback(), q.trueFalseRightFeedback(), q.line());
            String text = GiftWriter.write(List.of(placed));
            documents.add(new QuestionDocument(idOf(category, q.title(), text), area.get(), category, q.title(),
                    q.type(), text, source, personId, clock.instant()));
        }
        errors.sort(java.util.Comparator.comparingInt(GiftError::line));
        return insertMissing(documents)
                .map(inserted -> new ImportReport(inserted, documents.size() - inserted, errors, result.warnings()));
    }

    /**
     * Inserts the documents whose id is not stored yet, in one query and one batch insert (a question's id
     * is derived from its text, so a stored id is the same question); returns how many were inserted.
     */
    private Mono<Integer> insertMissing(List<QuestionDocument> documents) {
        if (documents.isEmpty()) {
            return Mono.just(0);
        }
        Map<String, QuestionDocument> byId = new java.util.LinkedHashMap<>();
        documents.forEach(doc -> byId.putIfAbsent(doc.id(), doc));
        Query stored = Query.query(Criteria.where("_id").in(byId.keySet()));
        stored.fields().include("_id");
        return mongo.find(stored, QuestionDocument.class)
                .doOnNext(doc -> byId.remove(doc.id()))
                .then(Mono.defer(() -> byId.isEmpty() ? Mono.just(0)
                        : mongo.insertAll(List.copyOf(byId.values())).count().map(Long::intValue)
                        .doOnNext(inserted -> areaIds.clear())));
    }

    /** The questions of the categories starting with {@code categoryPrefix}, as GIFT. */
    public Mono<String> export(String categoryPrefix) {
        Query query = categoryPrefix == null ? new Query()
                : Query.query(Criteria.where("category").regex("^" + java.util.regex.Pattern.quote(normalise(categoryPrefix))));
        return mongo.find(query.with(Sort.by("category", "title")), QuestionDocument.class)
                .map(this::parsed)
                .collectList()
                .map(GiftWriter::write);
    }

    /** Question counts per category. */
    public Flux<CategoryCount> categories() {
        return mongo.findAll(QuestionDocument.class)
                .groupBy(QuestionDocument::category)
                .flatMap(group -> group.count().map(n -> new CategoryCount(group.key(), areaOf(group.key()).orElse(null), n)))
                .sort(java.util.Comparator.comparing(CategoryCount::category));
    }

    public record CategoryCount(String category, KnowledgeArea area, long questions) {
    }

    /**
     * The ids of an area's questions. Every exam start asks for them, so they are kept for
     * {@link #AREA_IDS_FRESH_FOR}: an import on this instance makes them read again at once, an import on
     * another instance reaches this one's draws within that time. (Questions are never removed: a changed text
     * is a new id.)
     */
    public Mono<List<String>> idsOf(KnowledgeArea area) {
        Instant now = clock.instant();
        AreaIds known = areaIds.get(area);
        if (known != null && now.isBefore(known.readAt().plus(AREA_IDS_FRESH_FOR))) {
            return Mono.just(known.ids());
        }
        Query query = Query.query(Criteria.where("area").is(area).and("type").ne("DESCRIPTION"));
        query.fields().include("_id");
        return mongo.find(query, QuestionDocument.class).map(QuestionDocument::id).collectList()
                .map(List::copyOf)
                .doOnNext(ids -> areaIds.put(area, new AreaIds(ids, now)));
    }

    private record AreaIds(List<String> ids, Instant readAt) {
    }

    public Mono<QuestionDocument> document(String id) {
        return mongo.findById(id, QuestionDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Question", id)));
    }

    /** The parsed question if this instance has parsed it already (no store read). */
    public Optional<GiftQuestion> cached(String id) {
        return Optional.ofNullable(parsed.get(id));
    }

    /** The parsed question (cached; a question's id changes whenever its text does). */
    public Mono<GiftQuestion> question(String id) {
        GiftQuestion cached = parsed.get(id);
        return cached != null ? Mono.just(cached) : document(id).map(this::parsed);
    }

    private GiftQuestion parsed(QuestionDocument doc) {
        return parsed.computeIfAbsent(doc.id(), id -> {
            GiftParseResult result = GiftParser.parse(doc.gift());
            if (result.questions().size() != 1) {
                throw new IllegalStateException("Stored question " + id + " does not parse: " + result.errors());
            }
            return result.questions().get(0);
        });
    }

    static Optional<KnowledgeArea> areaOf(String category) {
        if (category == null || !category.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String first = category.substring(PREFIX.length()).split("/", 2)[0];
        String name = first.toUpperCase(Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(KnowledgeArea.values()).filter(a -> a.name().equals(name)).findFirst();
    }

    private static String normalise(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        String trimmed = category.trim();
        return trimmed.startsWith(PREFIX) ? trimmed : PREFIX + trimmed;
    }

    private static String idOf(String category, String title, String gift) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((category + "\u0000" + title + "\u0000" + gift).getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
            String readable = title == null ? "q" : title.replaceAll("[^A-Za-z0-9-]", "");
            return (readable.isEmpty() ? "q" : readable) + "-" + hash;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String name() {
        return "question banks";
    }

    @Override
    public int order() {
        return -5;
    }

    @Override
    public Mono<Void> run() {
        List<ContentFile> banks = files.list("quizbanks/*.gift");
        Mono<Void> indexes = Mono.when(
                mongo.indexOps(QuestionDocument.class).createIndex(new Index("area", Sort.Direction.ASC)),
                mongo.indexOps(QuestionDocument.class).createIndex(new Index("category", Sort.Direction.ASC)));
        return indexes.then(versions.loadIfChanged("quizbanks", ContentFiles.hash(banks), Flux.fromIterable(banks)
                .concatMap(file -> importGift(file.text(), null, "content/" + file.path(), "system")
                        .flatMap(report -> report.errors().isEmpty() ? Mono.empty()
                                : Mono.error(new com.csracademy.content.ContentException(file.path() + ": "
                                        + report.errors().get(0)))))
                .then())).then();
    }
}
