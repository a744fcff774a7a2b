package com.csracademy.shared;

import org.springframework.http.HttpStatus;

/** The caller's role allows the action, but not on this target (not their mentee, not their branch…). */
public class ForbiddenException extends AcademyException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "out-of-scope", "Outside your scope", detail);
    }
}
