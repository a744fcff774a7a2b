package com.csracademy.progression.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.program.ProgramDefinition;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.domain.Decision.EscalationChoice;

/**
 * Stage 1's gate (seed 000 §五(二)1): the knowledge average at or above the pass mark (90) continues to
 * shadowing; below it, the trainee is retrained on the weak areas — every area below the pass mark, or the
 * lowest if none is — and sits a make-up within the remedial window (3 working days of the result); a
 * make-up below the pass mark again goes to the department head. Averages are compared unrounded.
 */
public final class KnowledgePolicy {

    private KnowledgePolicy() {
    }

    /**
     * @param makeUpsTaken make-ups already sat before this result (0 for the first sitting)
     * @param resultDate   the working day the result was published (Beijing date)
     */
    public static Decision decide(ProgramDefinition program, Map<KnowledgeArea, BigDecimal> areaScores,
                                  BigDecimal average, int makeUpsTaken, LocalDate resultDate,
                                  WorkingCalendar calendar) {
        BigDecimal pass = program.thresholds().knowledgePass();
        String rule = "knowledge-average ≥ " + pass.stripTrailingZeros().toPlainString();
        if (average.compareTo(pass) >= 0) {
            return new Decision.Passed(rule, "业务知识考评平均分 " + show(average) + " ≥ " + show(pass)
                    + "，进入网点见习");
        }
        Map<KnowledgeArea, BigDecimal> weak = weakAreas(areaScores, pass);
        String weakText = weak.entrySet().stream().map(e -> areaName(e.getKey()) + " " + show(e.getValue()))
                .collect(Collectors.joining("、"));
        if (makeUpsTaken >= program.remedial().maxMakeUps()) {
            return new Decision.Escalated(rule, "补考后业务知识考评平均分 " + show(average) + " < " + show(pass)
                    + "（薄弱：" + weakText + "），已达补考次数上限 " + program.remedial().maxMakeUps()
                    + "，提交部门负责人决定",
                    List.of(EscalationChoice.ANOTHER_MAKE_UP, EscalationChoice.END_TRAINEESHIP));
        }
        int window = program.remedial().windowWorkingDays();
        LocalDate due = calendar.addWorkingDays(resultDate, window);
        boolean skipped = calendar.workingDaysBetween(resultDate.plusDays(1), due).size()
                < java.time.temporal.ChronoUnit.DAYS.between(resultDate, due);
        return new Decision.Remedial(rule, "业务知识考评平均分 " + show(average) + " < " + show(pass)
                + "；薄弱课程：" + weakText + "；须于结果发布后第 " + window + " 个工作日（" + due + "）前完成再培训及补考"
                + (skipped ? "，期间的周末、节假日不计" : ""), weak, due);
    }

    /** Every area below the pass mark; if none is (the average is low all the same), the lowest. */
    public static Map<KnowledgeArea, BigDecimal> weakAreas(Map<KnowledgeArea, BigDecimal> scores, BigDecimal pass) {
        Map<KnowledgeArea, BigDecimal> weak = new EnumMap<>(KnowledgeArea.class);
        scores.forEach((area, score) -> {
            if (score.compareTo(pass) < 0) {
                weak.put(area, score);
            }
        });
        if (weak.isEmpty() && !scores.isEmpty()) {
            Map.Entry<KnowledgeArea, BigDecimal> lowest = scores.entrySet().stream()
                    .min(Map.Entry.comparingByValue()).orElseThrow();
            weak.put(lowest.getKey(), lowest.getValue());
        }
        return weak;
    }

    /** Up to two decimals, truncated, so a score just below a threshold never reads as the threshold. */
    public static String show(BigDecimal value) {
        BigDecimal shown = value.setScale(2, RoundingMode.DOWN).stripTrailingZeros();
        return (shown.scale() < 1 ? shown.setScale(1) : shown).toPlainString();
    }

    static String areaName(KnowledgeArea area) {
        return switch (area) {
            case SECURITIES_BASICS -> "证券基础知识";
            case SYSTEMS -> "系统软件";
            case SERVICE_NORMS -> "服务礼仪及规范";
            case SERVICE_SKILLS -> "服务技巧";
        };
    }
}
