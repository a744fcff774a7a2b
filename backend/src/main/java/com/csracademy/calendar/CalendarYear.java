package com.csracademy.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * One year of both calendars, as in {@code content/calendar/<year>.yaml}.
 *
 * @param year             the year
 * @param status           {@code OFFICIAL} when taken from the State Council's and the exchanges' notices,
 *                         {@code PROVISIONAL} when derived before they were published
 * @param source           where the dates come from
 * @param holidays         public holidays: days off, and the exchanges are closed
 * @param makeUpWorkdays   weekend days declared working days (调休); never trading days
 * @param exchangeClosures further weekdays on which the exchanges do not trade although the firm works
 * @param tradingSessions  the continuous-trading sessions of a trading day, local time
 */
public record CalendarYear(
        @Min(2000) @Max(2100) int year,
        @NotNull Status status,
        @NotBlank String source,
        @NotNull List<@NotNull @Valid DatedEntry> holidays,
        @NotNull List<@NotNull @Valid DatedEntry> makeUpWorkdays,
        @NotNull List<@NotNull @Valid DatedEntry> exchangeClosures,
        @NotEmpty List<@NotNull @Valid Session> tradingSessions) {

    public CalendarYear {
        holidays = holidays == null ? null : List.copyOf(holidays);
        makeUpWorkdays = makeUpWorkdays == null ? null : List.copyOf(makeUpWorkdays);
        exchangeClosures = exchangeClosures == null ? null : List.copyOf(exchangeClosures);
        tradingSessions = tradingSessions == null ? null : List.copyOf(tradingSessions);
    }

    @AssertTrue(message = "every date must fall in the calendar's year")
    boolean isDatesInYear() {
        return holidays == null || makeUpWorkdays == null || exchangeClosures == null
                || java.util.stream.Stream.of(holidays, makeUpWorkdays, exchangeClosures)
                .flatMap(List::stream)
                .allMatch(e -> e.date() == null || e.date().getYear() == year);
    }

    @AssertTrue(message = "a make-up working day must fall on a Saturday or Sunday and not be a holiday")
    boolean isMakeUpDaysOnWeekends() {
        if (makeUpWorkdays == null || holidays == null) {
            return true;
        }
        return makeUpWorkdays.stream().allMatch(e -> e.date() == null
                || (e.date().getDayOfWeek().getValue() >= 6
                && holidays.stream().noneMatch(h -> e.date().equals(h.date()))));
    }

    @AssertTrue(message = "sessions must be in order and must not overlap")
    boolean isSessionsOrdered() {
        if (tradingSessions == null) {
            return true;
        }
        LocalTime previousEnd = LocalTime.MIN;
        for (Session s : tradingSessions) {
            if (s == null || s.start() == null || s.end() == null) {
                return true;
            }
            if (!s.start().isBefore(s.end()) || s.start().isBefore(previousEnd)) {
                return false;
            }
            previousEnd = s.end();
        }
        return true;
    }

    /** Whether the dates are confirmed by the official notices. */
    public enum Status { OFFICIAL, PROVISIONAL }

    /** A dated calendar entry with its name (元旦, 春节调休…). */
    public record DatedEntry(@NotNull LocalDate date, @NotBlank String name) {
    }

    /** A trading session, half-open: {@code start} inclusive, {@code end} exclusive. */
    public record Session(@NotNull LocalTime start, @NotNull LocalTime end) {
    }
}
