package com.csracademy.shared;

import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the current state (a second active mentor, a stale version…). */
public class ConflictException extends AcademyException {

    public ConflictException(String problemType, String title, String detail) {
        super(HttpStatus.CONFLICT, problemType, title, detail);
    }
}
