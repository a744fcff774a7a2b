package com.csracademy.forms;

/** What a form field holds, and so how a submitted value is checked. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several paragraphs of text. */
    LONGTEXT,
    /** Any number. */
    NUMBER,
    /** A number between the field's min and max (inclusive). */
    SCORE,
    /** One of the field's options. */
    CHOICE,
    /** Several of the field's options, each at most once. */
    MULTICHOICE,
    /** An ISO-8601 date-time with offset ({@code 2026-03-02T09:41:00+08:00}). */
    DATETIME,
    /** true or false. */
    BOOLEAN,
    /** The identifier of a call recording in the telephony system. */
    RECORDING_REF
}
