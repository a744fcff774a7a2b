package com.csracademy.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Base of every module's own exceptions. The web layer turns it into an RFC 9457 problem with a
 * stable {@code type}: {@code https://csr-academy.example/problems/<problemType>}.
 */
public abstract class AcademyException extends RuntimeException {

    private final HttpStatus status;
    private final String problemType;
    private final String title;
    private final List<FieldError> fieldErrors;

    protected AcademyException(HttpStatus status, String problemType, String title, String detail) {
        this(status, problemType, title, detail, List.of());
    }

    protected AcademyException(HttpStatus status, String problemType, String title, String detail,
                               List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.problemType = problemType;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public HttpStatus status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Extra members of the problem body (e.g. the saved state of a closed attempt). */
    public java.util.Map<String, Object> problemProperties() {
        return java.util.Map.of();
    }

    /** One invalid field: its path in the request ({@code answers[2].value}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
