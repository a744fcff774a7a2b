package com.csracademy.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The request breaks a domain invariant that Bean Validation at the edge cannot see; answered 422. */
public class InvalidRequestException extends AcademyException {

    public InvalidRequestException(String detail, List<FieldError> fieldErrors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request", detail, fieldErrors);
    }

    public InvalidRequestException(String field, String message) {
        this(message, List.of(new FieldError(field, message)));
    }
}
