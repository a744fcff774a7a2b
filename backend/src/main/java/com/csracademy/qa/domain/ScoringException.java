package com.csracademy.qa.domain;

/** Marks that do not fit the scorecard; names the offending field. */
public class ScoringException extends RuntimeException {

    private final String field;

    public ScoringException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
