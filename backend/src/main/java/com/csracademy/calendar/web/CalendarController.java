package com.csracademy.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.calendar.CalendarYear;
import com.csracademy.calendar.Calendars;
import com.csracademy.calendar.Calendars.StoredCalendar;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.security.Actors;
import com.csracademy.shared.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/calendars")
@Tag(name = "Calendars")
class CalendarController {

    private final Calendars calendars;

    CalendarController(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The loaded years")
    Mono<List<YearSummary>> years() {
        return calendars.years().map(YearSummary::of).collectList();
    }

    @GetMapping("/{year}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One year of both calendars")
    Mono<StoredCalendar> year(@PathVariable @Min(2000) @Max(2100) int year) {
        return calendars.year(year);
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Amend a year (admin); the previous version is kept")
    Mono<StoredCalendar> amend(@PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody Amendment amendment) {
        if (amendment.calendar().year() != year) {
            return Mono.error(new InvalidRequestException("calendar.year",
                    "the body's year " + amendment.calendar().year() + " differs from the path's " + year));
        }
        return Actors.current().flatMap(actor -> calendars.amend(amendment.calendar(), amendment.version(),
                actor.personId(), amendment.reason()));
    }

    @GetMapping("/working-days/add")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The n-th working day after a date")
    Mono<DateAnswer> addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @Min(0) @Max(366) int days) {
        return Mono.fromSupplier(() -> new DateAnswer(calendars.calendar().addWorkingDays(from, days)));
    }

    @GetMapping("/trading-days")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The trading days between two dates, both inclusive")
    Mono<DaysAnswer> tradingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || from.plusYears(2).isBefore(to)) {
            return Mono.error(new InvalidRequestException("to", "must be on or after 'from' and at most two years later"));
        }
        return Mono.fromSupplier(() -> {
            List<LocalDate> days = calendars.calendar().tradingDaysBetween(from, to);
            return new DaysAnswer(days.size(), days);
        });
    }

    @GetMapping("/trading-hours")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Whether an instant is in trading hours (Beijing time), and what kind of day it is")
    Mono<InstantAnswer> tradingHours(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return Mono.fromSupplier(() -> {
            WorkingCalendar calendar = calendars.calendar();
            LocalDate date = at.atZone(WorkingCalendar.ZONE).toLocalDate();
            return new InstantAnswer(at, calendar.isTradingHours(at), calendar.isTradingDay(date),
                    calendar.isWorkingDay(date));
        });
    }

    record Amendment(@NotNull @Valid CalendarYear calendar, @NotNull Long version,
                     @NotBlank @Size(max = 500) String reason) {
    }

    record YearSummary(int year, CalendarYear.Status status, String source, int holidays, int makeUpWorkdays,
                       String amendedBy, Long version) {
        static YearSummary of(StoredCalendar stored) {
            return new YearSummary(stored.year(), stored.calendar().status(), stored.calendar().source(),
                    stored.calendar().holidays().size(), stored.calendar().makeUpWorkdays().size(),
                    stored.amendedBy(), stored.version());
        }
    }

    record DateAnswer(LocalDate date) {
    }

    record DaysAnswer(int count, List<LocalDate> days) {
    }

    record InstantAnswer(Instant at, boolean tradingHours, boolean tradingDay, boolean workingDay) {
    }
}
