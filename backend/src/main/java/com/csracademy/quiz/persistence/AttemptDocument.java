package com.csracademy.quiz.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.quiz.ExamDefinition.Purpose;
import com.csracademy.quiz.domain.AnswerShape.Answer;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An attempt: the questions drawn (with the order their options were shown in), the answers saved so far,
 * the deadline the server enforces, and, once finalized, the result.
 */
@Document("attempts")
public record AttemptDocument(@Id String id, String examId, String traineeId, Purpose purpose,
                              List<KnowledgeArea> areas, int sitting, List<Item> items,
                              Map<String, SavedAnswer> answers, Instant startedAt, Instant deadline, Status status,
                              Instant finalizedAt, Finalizer finalizedBy, Result result, @Version Long version) {

    /** The attempt's life: open, then graded, or waiting for an essay to be graded by hand first. */
    public enum Status { IN_PROGRESS, PENDING_MANUAL, GRADED }

    /** What closed the attempt. */
    public enum Finalizer { TRAINEE, DEADLINE }

    /**
     * @param choiceOrder the bank's option index shown at each position (null: not a choice question)
     * @param rightOrder  the right-hand texts of a matching question, in the order shown
     */
    public record Item(String questionId, KnowledgeArea area, List<Integer> choiceOrder, List<String> rightOrder) {
    }

    public record SavedAnswer(Answer answer, Instant savedAt) {
    }

    /** The graded attempt: per area, total, and per question. */
    public record Result(Map<KnowledgeArea, BigDecimal> areaScores, BigDecimal total, List<ItemResult> items,
                         int pendingManual) {
    }

    /**
     * @param fraction null while waiting for manual grading
     */
    public record ItemResult(String questionId, KnowledgeArea area, BigDecimal fraction, ItemStatus status,
                             String gradedBy, String comment) {
    }

    public enum ItemStatus { CORRECT, PARTIAL, INCORRECT, UNANSWERED, PENDING_MANUAL }

    public boolean open() {
        return status == Status.IN_PROGRESS;
    }

    /**
     * This attempt as the update that finalizes it leaves it: closed, with its result, one version on (a stored
     * attempt without a version gets 1 from the update's {@code $inc}, and so here).
     */
    public AttemptDocument finalized(Status closedAs, Result graded, Instant at, Finalizer by) {
        return new AttemptDocument(id, examId, traineeId, purpose, areas, sitting, items, answers, startedAt, deadline,
                closedAs, at, by, graded, (version == null ? 0 : version) + 1);
    }
}
