package com.csracademy.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.csracademy.quiz.domain.stats.AttemptResult;
import com.csracademy.quiz.domain.stats.ExamStatistics;
import com.csracademy.quiz.domain.stats.ItemAnalysis;
import com.csracademy.quiz.domain.stats.ItemResponse;
import com.csracademy.quiz.persistence.AttemptDocument;
import com.csracademy.quiz.persistence.AttemptDocument.Item;
import com.csracademy.quiz.persistence.AttemptDocument.ItemResult;
import com.csracademy.quiz.persistence.AttemptDocument.SavedAnswer;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Item analysis of an exam over its graded attempts: facility, discrimination (top vs bottom 27%),
 * distractor counts, mean/SD and KR-20. Each question is worth one point; options are counted in the
 * bank's order, whatever order each trainee saw them in.
 */
@Service
public class ItemStatistics {

    private final ReactiveMongoTemplate mongo;
    private final QuestionBank bank;
    private final Exams exams;

    ItemStatistics(ReactiveMongoTemplate mongo, QuestionBank bank, Exams exams) {
        this.mongo = mongo;
        this.bank = bank;
        this.exams = exams;
    }

    public Mono<ExamStatistics> analyse(String examId) {
        exams.exam(examId);
        return mongo.find(query(where("examId").is(examId).and("status").is(AttemptDocument.Status.GRADED)),
                        AttemptDocument.class)
                .concatMap(this::toResult)
                .collectList()
                .map(ItemAnalysis::analyse);
    }

    private Mono<AttemptResult> toResult(AttemptDocument attempt) {
        return Flux.fromIterable(attempt.result().items())
                .concatMap(result -> {
                    Item item = attempt.items().stream().filter(i -> i.questionId().equals(result.questionId()))
                            .findFirst().orElseThrow();
                    return bank.question(result.questionId()).map(q -> response(result, item,
                            attempt.answers().get(result.questionId()), q.choices().size()));
                })
                .collectList()
                .map(items -> new AttemptResult(attempt.id(), items.stream().map(ItemResponse::score)
                        .reduce(BigDecimal.ZERO, BigDecimal::add), items));
    }

    private static ItemResponse response(ItemResult result, Item item, SavedAnswer saved, int optionCount) {
        List<Integer> chosen = new ArrayList<>();
        if (item.choiceOrder() != null && saved != null && saved.answer().choices() != null) {
            saved.answer().choices().forEach(shown -> chosen.add(item.choiceOrder().get(shown)));
        }
        BigDecimal score = result.fraction() == null ? BigDecimal.ZERO : result.fraction();
        return new ItemResponse(result.questionId(), score, BigDecimal.ONE, chosen.stream().distinct().toList(),
                item.choiceOrder() == null ? 0 : optionCount);
    }
}
