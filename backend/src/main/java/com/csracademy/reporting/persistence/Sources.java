package com.csracademy.reporting.persistence;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.program.ProgramDefinition.StageId;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Read-only access to the other modules' collections, by name and field, for what their events do not carry
 * (names, counts) and for rebuilding the model. Only the fields read here are relied on; each read is by
 * an indexed key (trainee id or {@code _id}).
 */
@Component
public class Sources {

    /** A trainee's enrolment as the people module stores it. */
    public record Enrolment(String traineeId, String cohortId) {
    }

    /** The scores the journey's decisions were taken on, the latest of each. */
    public record JourneyScores(int transitions, BigDecimal shadowingScore, BigDecimal goLiveScore) {
    }

    /** The latest graded knowledge sitting. */
    public record Knowledge(Map<KnowledgeArea, BigDecimal> areaScores, BigDecimal average, int sitting) {
    }

    /**
     * What a rebuild needs per trainee from the collections read by {@code traineeId}, read in one pass each:
     * the latest knowledge sitting, the forms awaiting review, [calls, monitored calls] and the current mentor.
     * On the embedded store (no secondary indexes) a query by {@code traineeId} scans the whole collection, so
     * per-trainee queries made a rebuild grow with trainees × history.
     */
    public record Snapshot(Map<String, Knowledge> knowledge, Map<String, Long> awaiting, Map<String, long[]> calls,
                           Map<String, String> mentors, Map<String, String> mentorNames) {

        public Mono<Knowledge> latestKnowledge(String traineeId) {
            return Mono.justOrEmpty(knowledge.get(traineeId));
        }

        public long awaitingReview(String traineeId) {
            return awaiting.getOrDefault(traineeId, 0L);
        }

        public long[] calls(String traineeId) {
            return calls.getOrDefault(traineeId, new long[2]);
        }
    }

    private final ReactiveMongoTemplate mongo;

    Sources(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Flux<Enrolment> enrolments() {
        Query q = new Query().with(Sort.by("_id"));
        q.fields().include("cohortId");
        return mongo.find(q, Document.class, "trainees")
                .map(d -> new Enrolment(d.getString("_id"), d.getString("cohortId")));
    }

    public Mono<Long> enrolmentCount() {
        return mongo.count(new Query(), "trainees");
    }

    public Mono<String> cohortDepartment(String cohortId) {
        return field("cohorts", cohortId, "departmentId");
    }

    public Mono<Boolean> departmentExists(String departmentId) {
        return mongo.exists(new Query(where("_id").is(departmentId)), "departments");
    }

    public Mono<String> personName(String personId) {
        return field("persons", personId, "name");
    }

    public Flux<Document> personNames(List<String> ids) {
        Query q = new Query(where("_id").in(ids));
        q.fields().include("name");
        return mongo.find(q, Document.class, "persons");
    }

    /** The journey's transitions folded for the scores reports show; empty when the journey is not stored yet. */
    public Mono<JourneyScores> journeyScores(String traineeId) {
        Query q = new Query(where("_id").is(traineeId));
        q.fields().include("history.fromStage").include("history.inputs");
        return mongo.findOne(q, Document.class, "journeys").map(d -> {
            List<Document> history = d.getList("history", Document.class, List.of());
            BigDecimal shadowing = null;
            BigDecimal goLive = null;
            for (Document t : history) {
                Document inputs = t.get("inputs", Document.class);
                BigDecimal s = stageScore(t.getString("fromStage"), inputs == null ? Map.of() : inputs);
                BigDecimal g = weekScore(t.getString("fromStage"), inputs == null ? Map.of() : inputs);
                shadowing = s != null ? s : shadowing;
                goLive = g != null ? g : goLive;
            }
            return new JourneyScores(history.size(), shadowing, goLive);
        });
    }

    public Mono<Knowledge> latestKnowledge(String traineeId) {
        Query q = new Query(where("traineeId").is(traineeId)).with(Sort.by(Sort.Direction.DESC, "sitting")).limit(1);
        return mongo.findOne(q, Document.class, "knowledge_assessments").map(Sources::knowledge);
    }

    /** The same answers as the per-trainee reads, for every trainee at once: one read of each collection. */
    public Mono<Snapshot> snapshot() {
        Query assessments = new Query();
        assessments.fields().include("traineeId").include("areaScores").include("average").include("sitting");
        Mono<Map<String, Knowledge>> knowledge = mongo.find(assessments, Document.class, "knowledge_assessments")
                .collect(HashMap::new, (m, d) -> m.merge(d.getString("traineeId"), knowledge(d),
                        (a, b) -> b.sitting() > a.sitting() ? b : a));
        Query submitted = new Query(where("status").is("SUBMITTED"));
        submitted.fields().include("traineeId");
        Mono<Map<String, Long>> awaiting = mongo.find(submitted, Document.class, "filed_forms")
                .collect(HashMap::new, (m, d) -> m.merge(d.getString("traineeId"), 1L, Long::sum));
        Query logged = new Query();
        logged.fields().include("traineeId").include("monitoredBy");
        Mono<Map<String, long[]>> calls = mongo.find(logged, Document.class, "supervised_calls")
                .collect(HashMap::new, (m, d) -> {
                    long[] c = m.computeIfAbsent(d.getString("traineeId"), k -> new long[2]);
                    c[0]++;
                    c[1] += d.get("monitoredBy") != null ? 1 : 0;
                });
        Query current = new Query(where("endedAt").isNull());
        current.fields().include("traineeId").include("mentorId");
        Mono<Map<String, String>> mentors = mongo.find(current, Document.class, "mentorships")
                .collect(HashMap::new, (m, d) -> m.putIfAbsent(d.getString("traineeId"), d.getString("mentorId")));
        return Mono.zip(knowledge, awaiting, calls, mentors)
                .flatMap(t -> personNames(new ArrayList<>(new HashSet<>(t.getT4().values())))
                        .collect(HashMap<String, String>::new, (m, d) -> m.put(d.getString("_id"),
                                String.valueOf(d.getString("name"))))
                        .map(names -> new Snapshot(t.getT1(), t.getT2(), t.getT3(), t.getT4(), names)));
    }

    private static Knowledge knowledge(Document d) {
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        Document areas = d.get("areaScores", Document.class);
        if (areas != null) {
            areas.forEach((k, v) -> scores.put(KnowledgeArea.valueOf(k), decimal(v)));
        }
        return new Knowledge(scores, decimal(d.get("average")), d.getInteger("sitting", 1));
    }

    /** The trainee's forms submitted and not yet reviewed. */
    public Mono<Long> awaitingReview(String traineeId) {
        // found and counted here rather than counted by the store: a count is an aggregation, which the embedded
        // store answers by reading the whole collection; a find reads the trainee's forms through the index
        Query submitted = new Query(where("traineeId").is(traineeId).and("status").is("SUBMITTED"));
        submitted.fields().include("_id");
        return mongo.find(submitted, Document.class, "filed_forms").count();
    }

    /** [calls logged, calls monitored] of the trainee's supervised go-live. */
    public Mono<long[]> calls(String traineeId) {
        // one find through the index, counted here (see awaitingReview)
        Query logged = new Query(where("traineeId").is(traineeId));
        logged.fields().include("monitoredBy");
        return mongo.find(logged, Document.class, "supervised_calls").reduceWith(() -> new long[2], (counts, call) -> {
            counts[0]++;
            counts[1] += call.get("monitoredBy") != null ? 1 : 0;
            return counts;
        });
    }

    /** The stage-2 score a journey transition out of shadowing was decided on. */
    public static BigDecimal stageScore(String fromStage, Map<String, Object> inputs) {
        return StageId.SHADOWING.name().equals(fromStage) ? decimal(inputs.get("stageScore")) : null;
    }

    /** The go-live week score a journey transition out of the go-live assessment was decided on. */
    public static BigDecimal weekScore(String fromStage, Map<String, Object> inputs) {
        return StageId.GO_LIVE_ASSESSMENT.name().equals(fromStage) ? decimal(inputs.get("weekScore")) : null;
    }

    /** A stored number, whichever way the store kept it (Decimal128, string or plain number). */
    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Decimal128 d) {
            return d.bigDecimalValue();
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return new BigDecimal(value.toString());
    }

    private Mono<String> field(String collection, String id, String field) {
        Query q = new Query(where("_id").is(id));
        q.fields().include(field);
        return mongo.findOne(q, Document.class, collection).mapNotNull(d -> d.getString(field));
    }
}
