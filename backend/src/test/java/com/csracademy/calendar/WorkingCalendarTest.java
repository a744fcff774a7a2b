package com.csracademy.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped 2026 calendar, read from content/, with the arithmetic on it. */
class WorkingCalendarTest {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of(load(2026), load(2027)));

    private static CalendarYear load(int year) {
        return YAMLMapper.builder().findAndAddModules().build()
                .readValue(Path.of("../content/calendar/" + year + ".yaml").toFile(), CalendarYear.class);
    }

    private static boolean tradingAt(String localDateTime) {
        return CALENDAR.isTradingHours(LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant());
    }

    @Test
    void threeWorkingDaysAfterTheEveOfNationalDayEndOnTheMakeUpSaturday() {
        // 1–7 Oct are the holiday; Thu 8, Fri 9 and the make-up Saturday 10 Oct are working days
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void workingDaysSkipTheSpringFestivalAndCountTheMakeUpSaturdayBeforeIt() {
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void zeroWorkingDaysAfterIsTheSameDay() {
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 11, 23), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayButNotATradingDay() {
        LocalDate makeUpSaturday = LocalDate.of(2026, 10, 10);
        assertThat(CALENDAR.isWorkingDay(makeUpSaturday)).isTrue();
        assertThat(CALENDAR.isTradingDay(makeUpSaturday)).isFalse();
        assertThat(tradingAt("2026-10-10T10:00")).isFalse();
    }

    @Test
    void aPublicHolidayOnAWeekdayIsNeitherWorkingNorTrading() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(CALENDAR.isTradingDay(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(tradingAt("2026-10-02T10:00")).isFalse();
    }

    @Test
    void tradingHoursBoundariesOnAnOrdinaryTradingDay() {
        assertThat(tradingAt("2026-11-23T09:29")).isFalse();
        assertThat(tradingAt("2026-11-23T09:30")).isTrue();
        assertThat(tradingAt("2026-11-23T11:29:59")).isTrue();
        assertThat(tradingAt("2026-11-23T11:30")).isFalse();
        assertThat(tradingAt("2026-11-23T12:59")).isFalse();
        assertThat(tradingAt("2026-11-23T13:00")).isTrue();
        assertThat(tradingAt("2026-11-23T14:59:59")).isTrue();
        assertThat(tradingAt("2026-11-23T15:00")).isFalse();
    }

    @Test
    void tradingHoursAreJudgedInBeijingTime() {
        // 01:30 UTC is 09:30 in Beijing
        assertThat(CALENDAR.isTradingHours(java.time.Instant.parse("2026-11-23T01:30:00Z"))).isTrue();
        assertThat(CALENDAR.isTradingHours(java.time.Instant.parse("2026-11-23T09:30:00Z"))).isFalse();
    }

    @Test
    void tradingDaysAroundNationalDayExcludeTheMakeUpSaturday() {
        assertThat(CALENDAR.tradingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 11)))
                .containsExactly(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 11)))
                .containsExactly(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10));
    }

    @Test
    void tradingDayArithmeticSkipsTheMakeUpSaturday() {
        assertThat(CALENDAR.addTradingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aYearWithoutACalendarIsAClearError() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2030, 1, 2)))
                .isInstanceOf(CalendarNotLoadedException.class)
                .hasMessageContaining("2030");
    }

    @Test
    void theShipped2026CalendarHasTheOfficialHolidaysAndSixMakeUpDays() {
        CalendarYear year = load(2026);
        assertThat(year.status()).isEqualTo(CalendarYear.Status.OFFICIAL);
        assertThat(year.holidays()).hasSize(33);
        assertThat(year.makeUpWorkdays()).hasSize(6);
    }
}
