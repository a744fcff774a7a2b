package com.csracademy.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Both calendars over the loaded years, as plain values: working days (weekdays that are not public
 * holidays, plus make-up working days) and trading days (weekdays that are neither public holidays nor
 * exchange closures; a make-up Saturday is a working day but never a trading day).
 */
public final class WorkingCalendar {

    /** The exchanges' and the firm's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, CalendarYear> years = new HashMap<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpWorkdays = new HashSet<>();
    private final Set<LocalDate> exchangeClosures = new HashSet<>();

    public WorkingCalendar(Collection<CalendarYear> loaded) {
        for (CalendarYear year : loaded) {
            years.put(year.year(), year);
            year.holidays().forEach(e -> holidays.add(e.date()));
            year.makeUpWorkdays().forEach(e -> makeUpWorkdays.add(e.date()));
            year.exchangeClosures().forEach(e -> exchangeClosures.add(e.date()));
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        requireYear(date);
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !holidays.contains(date);
    }

    public boolean isTradingDay(LocalDate date) {
        requireYear(date);
        return !isWeekend(date) && !holidays.contains(date) && !exchangeClosures.contains(date);
    }

    /** The {@code n}-th working day after {@code from} ({@code from} itself not counted); {@code n ≥ 0}. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return add(from, n, true);
    }

    /** The {@code n}-th trading day after {@code from} ({@code from} itself not counted); {@code n ≥ 0}. */
    public LocalDate addTradingDays(LocalDate from, int n) {
        return add(from, n, false);
    }

    /** The working days from {@code from} to {@code to}, both inclusive. */
    public List<LocalDate> workingDaysBetween(LocalDate from, LocalDate to) {
        return between(from, to, true);
    }

    /** The trading days from {@code from} to {@code to}, both inclusive. */
    public List<LocalDate> tradingDaysBetween(LocalDate from, LocalDate to) {
        return between(from, to, false);
    }

    /**
     * Whether the instant falls in a continuous-trading session of a trading day, in Beijing time. Sessions
     * are half-open: 09:30 is in, 11:30 is out.
     */
    public boolean isTradingHours(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZONE);
        LocalDate date = local.toLocalDate();
        if (!isTradingDay(date)) {
            return false;
        }
        return years.get(date.getYear()).tradingSessions().stream()
                .anyMatch(s -> !local.toLocalTime().isBefore(s.start()) && local.toLocalTime().isBefore(s.end()));
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    private LocalDate add(LocalDate from, int n, boolean working) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (working ? isWorkingDay(day) : isTradingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private List<LocalDate> between(LocalDate from, LocalDate to, boolean working) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (working ? isWorkingDay(day) : isTradingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private void requireYear(LocalDate date) {
        if (!years.containsKey(date.getYear())) {
            throw new CalendarNotLoadedException(date.getYear());
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
