package com.csracademy.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.csracademy.calendar.Calendars;
import com.csracademy.monitoring.Drills.TraineeDrill;
import com.csracademy.monitoring.domain.DailyAssessmentPolicy;
import com.csracademy.monitoring.domain.DailyAssessmentPolicy.DayScore;
import com.csracademy.monitoring.persistence.ConductRecordDocument;
import com.csracademy.monitoring.persistence.DrillSessionDocument.Score;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.security.Actor;
import com.csracademy.shared.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The daily assessment score (日常考评) per trainee per day, from the day's drill scores and conduct records by
 * {@link DailyAssessmentPolicy}: every working day of the period, and any other day with a drill or a record.
 */
@Service
public class DailyAssessments {

    /** The longest period asked at once. */
    static final int MAX_DAYS = 366;

    private final AssessmentAccess access;
    private final Drills drills;
    private final ConductRecords conduct;
    private final Calendars calendars;

    DailyAssessments(AssessmentAccess access, Drills drills, ConductRecords conduct, Calendars calendars) {
        this.access = access;
        this.drills = drills;
        this.conduct = conduct;
        this.calendars = calendars;
    }

    /** The scores over a period, and their mean (exact; both shown to one decimal). */
    @Schema(name = "DailyAssessment")
    public record Report(String traineeId, Category category, LocalDate from, LocalDate to, List<Day> days,
                         BigDecimal average) {
    }

    /**
     * One day: what went in and the score.
     *
     * @param drillScores   the day's current drill scores
     * @param unscoredDrills drills of the day not scored yet (they do not count until scored)
     * @param conduct        the day's conduct records that count
     */
    public record Day(LocalDate day, List<Integer> drillScores, int unscoredDrills, BigDecimal drillAverage,
                      BigDecimal base, int awards, int deductions, BigDecimal score, List<ConductLine> conduct) {
    }

    /** A conduct record as it counts on a day. */
    public record ConductLine(String recordId, String itemCode, String itemName, String variant, int points, String note) {
    }

    public Mono<Report> report(Actor actor, String traineeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            return Mono.error(new InvalidRequestException("to", "must be on or after 'from' and at most " + MAX_DAYS
                    + " days later"));
        }
        return access.requireReader(actor, traineeId).flatMap(trainee -> Mono.zip(
                        drills.drillsOf(traineeId, from, to).collectList(),
                        conduct.recordsOf(traineeId, from, to).filter(ConductRecordDocument::counts).collectList())
                .map(t -> report(traineeId, trainee.category(), from, to, t.getT1(), t.getT2())));
    }

    private Report report(String traineeId, Category category, LocalDate from, LocalDate to, List<TraineeDrill> drillList,
                          List<ConductRecordDocument> records) {
        Map<LocalDate, List<TraineeDrill>> drillsByDay = drillList.stream()
                .collect(Collectors.groupingBy(TraineeDrill::day, TreeMap::new, Collectors.toList()));
        Map<LocalDate, List<ConductRecordDocument>> recordsByDay = records.stream()
                .collect(Collectors.groupingBy(ConductRecordDocument::day, TreeMap::new, Collectors.toList()));
        TreeSet<LocalDate> days = new TreeSet<>(calendars.calendar().workingDaysBetween(from, to));
        days.addAll(drillsByDay.keySet());
        days.addAll(recordsByDay.keySet());

        List<Day> out = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        for (LocalDate day : days) {
            List<TraineeDrill> dayDrills = drillsByDay.getOrDefault(day, List.of());
            List<Integer> drillScores = dayDrills.stream().map(d -> d.participant().currentScore())
                    .filter(Objects::nonNull).map(Score::score).toList();
            List<ConductRecordDocument> dayRecords = recordsByDay.getOrDefault(day, List.of());
            DayScore score = DailyAssessmentPolicy.score(drillScores,
                    dayRecords.stream().map(ConductRecordDocument::points).toList());
            scores.add(score.score());
            out.add(new Day(day, drillScores, dayDrills.size() - drillScores.size(),
                    DailyAssessmentPolicy.shown(score.drillAverage()), DailyAssessmentPolicy.shown(score.base()),
                    score.awards(), score.deductions(), DailyAssessmentPolicy.shown(score.score()),
                    dayRecords.stream().map(r -> new ConductLine(r.id(), r.itemCode(), r.itemName(), r.variant(),
                            r.points(), r.note())).toList()));
        }
        return new Report(traineeId, category, from, to, out,
                DailyAssessmentPolicy.shown(DailyAssessmentPolicy.average(scores)));
    }
}
