package com.csracademy.progression.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.program.ProgramDefinition;
import com.csracademy.progression.domain.Decision.EscalationChoice;

import static com.csracademy.progression.domain.KnowledgePolicy.show;

/**
 * Stage 4's gate (seed 000 §五(二)3): a go-live week QA score at or above the pass mark (85) certifies the
 * trainee; below it, monitoring is extended by the program's extension (one week of working days) and a new
 * go-live week follows; below it again after the allowed extensions goes to the department head.
 */
public final class GoLivePolicy {

    private GoLivePolicy() {
    }

    /**
     * @param extensionsTaken extensions already granted before this week
     * @param resultDate      the day the week's score was published
     */
    public static Decision decide(ProgramDefinition program, BigDecimal weekScore, int extensionsTaken,
                                  LocalDate resultDate, WorkingCalendar calendar) {
        BigDecimal pass = program.thresholds().goLivePass();
        String rule = "go-live-qa ≥ " + pass.stripTrailingZeros().toPlainString();
        if (weekScore.compareTo(pass) >= 0) {
            return new Decision.Certified(rule, "上线考评质检成绩 " + show(weekScore) + " ≥ " + show(pass)
                    + "，通过监听及上线培训阶段，可独立上线");
        }
        if (extensionsTaken >= program.extension().maxExtensions()) {
            return new Decision.Escalated(rule, "延长监听后上线考评质检成绩 " + show(weekScore) + " < " + show(pass)
                    + "，已达延长次数上限 " + program.extension().maxExtensions() + "，提交部门负责人决定",
                    List.of(EscalationChoice.ANOTHER_EXTENSION, EscalationChoice.END_TRAINEESHIP));
        }
        LocalDate until = calendar.addWorkingDays(resultDate, program.extension().workingDays());
        return new Decision.Extended(rule, "上线考评质检成绩 " + show(weekScore) + " < " + show(pass)
                + "，监听培训期延长 " + program.extension().workingDays() + " 个工作日至 " + until
                + "，之后重新进行一周独立上线考评", until);
    }
}
