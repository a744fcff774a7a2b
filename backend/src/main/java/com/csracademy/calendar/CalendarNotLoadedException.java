package com.csracademy.calendar;

import com.csracademy.shared.AcademyException;
import org.springframework.http.HttpStatus;

/** A date falls in a year for which no calendar is loaded; an administrator must add it. */
public class CalendarNotLoadedException extends AcademyException {

    public CalendarNotLoadedException(int year) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "calendar-not-loaded", "Calendar not loaded",
                "No working/trading calendar is loaded for " + year + "; an administrator must add it");
    }
}
