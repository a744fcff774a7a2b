package com.csracademy.shared;

import org.springframework.http.HttpStatus;

/** The request body is larger than the endpoint accepts; answered 413. */
public class PayloadTooLargeException extends AcademyException {

    public PayloadTooLargeException(String detail) {
        super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Too large", detail);
    }
}
