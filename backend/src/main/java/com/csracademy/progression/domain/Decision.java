package com.csracademy.progression.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * What a policy decided, with what it needs to explain itself: the rule, the threshold, the inputs.
 */
public sealed interface Decision {

    /** The rule applied, e.g. {@code knowledge-average ≥ 90}. */
    String rule();

    /** A one-line explanation in the users' language (zh-CN). */
    String explanation();

    /** The trainee continues to the next stage. */
    record Passed(String rule, String explanation) implements Decision {
    }

    /**
     * Below the knowledge threshold: retrain the weak areas and sit a make-up by {@code dueBy}.
     *
     * @param weakAreas the areas to retrain, with their scores
     */
    record Remedial(String rule, String explanation, Map<KnowledgeArea, BigDecimal> weakAreas, LocalDate dueBy)
            implements Decision {
    }

    /** Below the go-live threshold: monitoring is extended until {@code until}, then a new go-live week. */
    record Extended(String rule, String explanation, LocalDate until) implements Decision {
    }

    /** The department head must decide; {@code options} are what they may choose. */
    record Escalated(String rule, String explanation, List<EscalationChoice> options) implements Decision {
    }

    /** The journey is complete: the trainee may take calls independently. */
    record Certified(String rule, String explanation) implements Decision {
    }

    /** The department head's choices on an escalation. */
    enum EscalationChoice { ANOTHER_MAKE_UP, ANOTHER_EXTENSION, END_TRAINEESHIP }
}
