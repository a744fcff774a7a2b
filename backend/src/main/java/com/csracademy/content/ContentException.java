package com.csracademy.content;

/** A content file is missing, unreadable or invalid; the message names the file and the field. */
public class ContentException extends RuntimeException {

    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
