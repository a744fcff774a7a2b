package com.csracademy.shared.web;

import java.util.List;

import com.csracademy.shared.AcademyException;
import com.csracademy.shared.AcademyException.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error into an RFC 9457 problem with a stable {@code type}; never a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(AcademyException.class)
    ResponseEntity<ProblemDetail> academy(AcademyException e) {
        ProblemDetail problem = Problems.of(e.status(), e.problemType(), e.title(), e.getMessage());
        e.problemProperties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(Problems.withFieldErrors(problem, e.fieldErrors()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "concurrent-modification",
                "Changed by someone else",
                "The record was changed by another request since you read it; reload it and try again"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "duplicate",
                "Already exists", "A record with the same identity already exists"));
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(jakarta.validation.ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Invalid parameters");
        return ResponseEntity.badRequest().body(Problems.withFieldErrors(problem, errors));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @ExceptionHandler(org.springframework.core.io.buffer.DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> tooLarge(org.springframework.core.io.buffer.DataBufferLimitException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large", "Too large", "The request body is larger than this endpoint accepts"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "Your role does not allow this action"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; nothing you saved before this request was lost"));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldError> errors = ex.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        return Mono.just(ResponseEntity.badRequest().body(Problems.withFieldErrors(problem, errors)));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status,
            ServerWebExchange exchange) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                        : r.getResolvableErrors().stream().map(err -> new FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        return Mono.just(ResponseEntity.badRequest().body(Problems.withFieldErrors(problem, errors)));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        JacksonException json = jsonCause(ex);
        if (json != null) {
            return Mono.just(ResponseEntity.badRequest().body(unreadableJson(json)));
        }
        String detail = ex.getReason() == null ? "The request could not be read" : ex.getReason();
        Throwable cause = ex.getMostSpecificCause();
        if (cause != ex && cause.getMessage() != null) {
            detail = detail + ": " + firstLine(cause.getMessage());
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Malformed request", detail);
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    /**
     * A body that is not JSON, or not of the expected shape: the detail names the position (line and column,
     * also as properties) and, where Jackson knows it, the field; an unknown field is named as such.
     */
    private static ProblemDetail unreadableJson(JacksonException e) {
        String field = fieldPath(e);
        String message = e.getOriginalMessage() == null ? "unreadable JSON" : firstLine(e.getOriginalMessage());
        ProblemDetail problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = Problems.of(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field",
                    "Unknown field '" + unknown.getPropertyName() + "': this request does not accept it");
            Problems.withFieldErrors(problem, List.of(new FieldError(field.isEmpty() ? unknown.getPropertyName()
                    : field, "unknown field")));
        } else {
            problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Malformed request",
                    "The request body is not valid JSON of the expected shape: " + message);
            if (!field.isEmpty()) {
                Problems.withFieldErrors(problem, List.of(new FieldError(field, message)));
            }
        }
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem.setDetail(problem.getDetail() + " (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ")");
            problem.setProperty("line", location.getLineNr());
            problem.setProperty("column", location.getColumnNr());
        }
        return problem;
    }

    private static JacksonException jsonCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** 405, 406, 413, 415 and the other framework errors: a problem with a stable type instead of about:blank. */
    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create(Problems.BASE + frameworkType(status.value())));
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }

    private static String frameworkType(int status) {
        switch (status) {
            case 405:
                return "method-not-allowed";
            case 406:
                return "not-acceptable";
            case 413:
                return "payload-too-large";
            case 415:
                return "unsupported-media-type";
            default:
                return status >= 500 ? "internal-error" : "bad-request";
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
