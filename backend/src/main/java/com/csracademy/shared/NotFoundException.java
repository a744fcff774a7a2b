package com.csracademy.shared;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends AcademyException {

    public NotFoundException(String what, String id) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " '" + id + "' does not exist");
    }
}
