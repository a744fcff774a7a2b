package com.csracademy.quiz.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.quiz.ExamDefinition;
import com.csracademy.quiz.domain.AnswerShape.Answer;
import com.csracademy.quiz.domain.Scores;
import com.csracademy.quiz.gift.Choice;
import com.csracademy.quiz.gift.GiftQuestion;
import com.csracademy.quiz.gift.QuestionType;
import com.csracademy.quiz.gift.TextFormat;
import com.csracademy.quiz.persistence.AttemptDocument;
import com.csracademy.quiz.persistence.AttemptDocument.ItemStatus;

/**
 * An attempt as the trainee sees it: questions without answers, weights or feedback while it is open;
 * scores per area, and correctness with feedback when the exam allows it, once it is graded.
 */
record AttemptView(String id, String examId, String title, AttemptDocument.Status status, Instant startedAt,
                   Instant deadline, Instant serverTime, long secondsLeft, List<KnowledgeArea> areas,
                   List<QuestionView> questions, Map<String, Answer> answers, ResultView result) {

    record QuestionView(String questionId, KnowledgeArea area, QuestionType type, TextFormat format, String text,
                        String textAfterBlank, List<String> options, List<MatchItem> matchItems,
                        List<String> matchOptions) {
    }

    record MatchItem(int index, String text) {
    }

    record ResultView(BigDecimal total, Map<KnowledgeArea, BigDecimal> areaScores, int pendingManual,
                      List<ItemView> items) {
    }

    /**
     * @param correctOptions the shown indices of the options with positive weight (choice questions)
     * @param feedback       the question's general feedback: the rule it tests
     */
    record ItemView(String questionId, ItemStatus status, BigDecimal score, List<Integer> correctOptions,
                    String feedback) {
    }

    static AttemptView of(AttemptDocument a, ExamDefinition exam, Map<String, GiftQuestion> questions, Instant now) {
        List<QuestionView> views = a.items().stream().map(item -> question(item, questions.get(item.questionId())))
                .toList();
        Map<String, Answer> answers = new TreeMap<>();
        a.answers().forEach((id, saved) -> answers.put(id, saved.answer()));
        long left = a.open() ? Math.max(0, Duration.between(now, a.deadline()).toSeconds()) : 0;
        ResultView result = null;
        if (a.result() != null) {
            boolean feedback = exam.feedback() == ExamDefinition.FeedbackPolicy.AFTER_SUBMIT;
            List<ItemView> items = a.result().items().stream().map(r -> {
                GiftQuestion q = questions.get(r.questionId());
                AttemptDocument.Item item = a.items().stream().filter(i -> i.questionId().equals(r.questionId()))
                        .findFirst().orElseThrow();
                return new ItemView(r.questionId(), feedback ? r.status() : null,
                        feedback && r.fraction() != null ? r.fraction() : null,
                        feedback ? correctOptions(q, item) : null, feedback ? q.generalFeedback() : null);
            }).toList();
            Map<KnowledgeArea, BigDecimal> areaScores = new TreeMap<>();
            a.result().areaScores().forEach((area, score) -> areaScores.put(area, Scores.display(score)));
            result = new ResultView(Scores.display(a.result().total()), areaScores, a.result().pendingManual(), items);
        }
        return new AttemptView(a.id(), a.examId(), exam.title(), a.status(), a.startedAt(), a.deadline(), now, left,
                a.areas(), views, answers, result);
    }

    private static List<Integer> correctOptions(GiftQuestion q, AttemptDocument.Item item) {
        if (item.choiceOrder() == null) {
            return null;
        }
        List<Choice> choices = q.choices();
        return IntStream.range(0, item.choiceOrder().size())
                .filter(shown -> choices.get(item.choiceOrder().get(shown)).weight().signum() > 0)
                .boxed().toList();
    }

    private static QuestionView question(AttemptDocument.Item item, GiftQuestion q) {
        boolean blank = q.blankIndex() != null;
        String text = blank ? q.textBeforeBlank() : q.text();
        String after = blank ? q.textAfterBlank() : null;
        List<String> options = item.choiceOrder() == null ? null
                : item.choiceOrder().stream().map(i -> q.choices().get(i).text()).toList();
        List<MatchItem> matchItems = q.type() != QuestionType.MATCHING ? null
                : IntStream.range(0, q.matchPairs().size())
                .filter(i -> !q.matchPairs().get(i).question().isEmpty())
                .mapToObj(i -> new MatchItem(i, q.matchPairs().get(i).question())).toList();
        return new QuestionView(item.questionId(), item.area(), q.type(), q.format(), text, after, options,
                matchItems, item.rightOrder());
    }
}
