package com.csracademy.progression.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.csracademy.program.ProgramDefinition;
import com.csracademy.progression.domain.Decision.EscalationChoice;

import static com.csracademy.progression.domain.KnowledgePolicy.show;

/**
 * Stage 2 (seed 000 §五(二)2): the stage score is the average of the department head's interview score
 * and the branch mentor's evaluation (附5). The seed sets no pass mark, so by default the score is recorded
 * and the trainee moves on; a program may set one, below which the department head decides.
 */
public final class ShadowingPolicy {

    private ShadowingPolicy() {
    }

    /** The stage score: the exact mean of the two scores. */
    public static BigDecimal stageScore(BigDecimal departmentHead, BigDecimal branchMentor) {
        return departmentHead.add(branchMentor).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
    }

    public static Decision decide(ProgramDefinition program, BigDecimal departmentHead, BigDecimal branchMentor) {
        BigDecimal score = stageScore(departmentHead, branchMentor);
        BigDecimal pass = program.thresholds().shadowingPass();
        String inputs = "部门负责人面谈 " + show(departmentHead) + "、网点指导人评价 " + show(branchMentor)
                + "，网点见习成绩 " + show(score);
        if (pass == null) {
            return new Decision.Passed("shadowing-score recorded", inputs + "（本方案未设合格线），进入监听及上线培训");
        }
        String rule = "shadowing-score ≥ " + pass.stripTrailingZeros().toPlainString();
        return score.compareTo(pass) >= 0
                ? new Decision.Passed(rule, inputs + " ≥ " + show(pass) + "，进入监听及上线培训")
                : new Decision.Escalated(rule, inputs + " < " + show(pass) + "，提交部门负责人决定",
                        List.of(EscalationChoice.ANOTHER_EXTENSION, EscalationChoice.END_TRAINEESHIP));
    }
}
