package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.csracademy.qa.domain.CalibrationStatistics.Marking;
import com.csracademy.qa.domain.CalibrationStatistics.Report;
import com.csracademy.qa.domain.CalibrationStatistics.Session;
import com.csracademy.qa.domain.CalibrationStatistics.SessionSpread;
import com.csracademy.qa.domain.CalibrationStatistics.SpecialistMonth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationStatisticsTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static Marking marking(String who, String total, String fundamental1, String patience) {
        return new Marking(who, new BigDecimal(total), Map.of("knowledge:fundamental:1", new BigDecimal(fundamental1),
                "service:patience", new BigDecimal(patience)));
    }

    /**
     * Three sessions scored by hand:
     * <pre>
     * s1 (Nov)  qa1 90 / f1 2 / patience 2     mean 90, f1 mean 1, patience mean 1.5
     *           qa2 80 / f1 0 / patience 2     deviations: qa1 0, qa2 −10, qa3 +10
     *           qa3 100 / f1 1 / patience 0.5  variance (0 + 100 + 100) / 3 = 66.6667
     * s2 (Nov)  qa1 70 / f1 1 / patience 2     mean 75, f1 mean 1.5, patience mean 1.5
     *           qa2 80 / f1 2 / patience 1     deviations: qa1 −5, qa2 +5; variance 25
     * s3 (Dec)  qa1 96 / f1 2 / patience 1     mean 98, f1 mean 2, patience mean 1.5
     *           qa3 100 / f1 2 / patience 2    deviations: qa1 −2, qa3 +2; variance 4
     * s4 (Dec)  qa2 alone — no agreement to measure, left out
     * </pre>
     */
    private static Report knownSet() {
        return CalibrationStatistics.of(List.of(
                new Session("s1", NOV, List.of(marking("qa1", "90", "2", "2"), marking("qa2", "80", "0", "2"),
                        marking("qa3", "100", "1", "0.5"))),
                new Session("s2", NOV, List.of(marking("qa1", "70", "1", "2"), marking("qa2", "80", "2", "1"))),
                new Session("s3", DEC, List.of(marking("qa1", "96", "2", "1"), marking("qa3", "100", "2", "2"))),
                new Session("s4", DEC, List.of(marking("qa2", "50", "0", "0")))));
    }

    private static SpecialistMonth of(Report report, String who, YearMonth month) {
        return report.specialists().stream().filter(s -> s.specialistId().equals(who) && s.month().equals(month))
                .findFirst().orElseThrow();
    }

    @Test
    void eachSessionsTotalsHaveTheirMeanAndPopulationVariance() {
        List<SessionSpread> spreads = knownSet().sessions();
        assertThat(spreads).extracting(SessionSpread::sessionId).containsExactly("s1", "s2", "s3");
        assertThat(spreads.get(0).meanTotal()).isEqualByComparingTo("90");
        assertThat(spreads.get(0).totalVariance()).isEqualByComparingTo("66.6667");
        assertThat(spreads.get(1).meanTotal()).isEqualByComparingTo("75");
        assertThat(spreads.get(1).totalVariance()).isEqualByComparingTo("25");
        assertThat(spreads.get(2).meanTotal()).isEqualByComparingTo("98");
        assertThat(spreads.get(2).totalVariance()).isEqualByComparingTo("4");
        assertThat(spreads.get(0).markings()).isEqualTo(3);
    }

    @Test
    void aSpecialistsMonthlyDeviationFromTheSessionMeanPerItemAndInTotal() {
        Report report = knownSet();
        SpecialistMonth qa1Nov = of(report, "qa1", NOV);
        // |0| and |−5| over two sessions; signed (0 − 5) / 2
        assertThat(qa1Nov.sessions()).isEqualTo(2);
        assertThat(qa1Nov.totalMeanAbsoluteDeviation()).isEqualByComparingTo("2.5");
        assertThat(qa1Nov.totalMeanDeviation()).isEqualByComparingTo("-2.5");
        // f1: |2 − 1| = 1 and |1 − 1.5| = 0.5 → 0.75; patience: 0.5 and 0.5 → 0.5
        assertThat(qa1Nov.itemMeanAbsoluteDeviation().get("knowledge:fundamental:1")).isEqualByComparingTo("0.75");
        assertThat(qa1Nov.itemMeanAbsoluteDeviation().get("service:patience")).isEqualByComparingTo("0.5");

        SpecialistMonth qa2Nov = of(report, "qa2", NOV);
        assertThat(qa2Nov.totalMeanAbsoluteDeviation()).isEqualByComparingTo("7.5");
        assertThat(qa2Nov.totalMeanDeviation()).isEqualByComparingTo("-2.5");
        assertThat(qa2Nov.itemMeanAbsoluteDeviation().get("knowledge:fundamental:1")).isEqualByComparingTo("0.75");

        SpecialistMonth qa3Nov = of(report, "qa3", NOV);
        assertThat(qa3Nov.sessions()).isEqualTo(1);
        assertThat(qa3Nov.totalMeanAbsoluteDeviation()).isEqualByComparingTo("10");
        assertThat(qa3Nov.totalMeanDeviation()).isEqualByComparingTo("10");
        assertThat(qa3Nov.itemMeanAbsoluteDeviation().get("knowledge:fundamental:1")).isEqualByComparingTo("0");
        assertThat(qa3Nov.itemMeanAbsoluteDeviation().get("service:patience")).isEqualByComparingTo("1");
    }

    @Test
    void monthsAreKeptApartAndASessionWithOneMarkingIsLeftOut() {
        Report report = knownSet();
        assertThat(report.specialists()).extracting(s -> s.specialistId() + " " + s.month())
                .containsExactly("qa1 2026-11", "qa1 2026-12", "qa2 2026-11", "qa3 2026-11", "qa3 2026-12");
        SpecialistMonth qa1Dec = of(report, "qa1", DEC);
        assertThat(qa1Dec.totalMeanAbsoluteDeviation()).isEqualByComparingTo("2");
        assertThat(qa1Dec.totalMeanDeviation()).isEqualByComparingTo("-2");
        assertThat(qa1Dec.itemMeanAbsoluteDeviation().get("service:patience")).isEqualByComparingTo("0.5");
        assertThat(of(report, "qa3", DEC).totalMeanDeviation()).isEqualByComparingTo("2");
    }

    @Test
    void specialistsWhoAgreeHaveNoVariance() {
        Report report = CalibrationStatistics.of(List.of(new Session("same", NOV,
                List.of(marking("qa1", "88", "1", "2"), marking("qa2", "88", "1", "2")))));
        assertThat(report.sessions().get(0).totalVariance()).isEqualByComparingTo("0");
        assertThat(report.specialists()).allSatisfy(s -> {
            assertThat(s.totalMeanAbsoluteDeviation()).isEqualByComparingTo("0");
            assertThat(s.itemMeanAbsoluteDeviation().values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
        });
    }
}
