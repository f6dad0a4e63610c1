package org.chorus.query.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of a request into a problem detail. */
@RestControllerAdvice
class ProblemAdvice {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler
    ResponseEntity<Problem> invalid(InvalidRequestException e) {
        return answer(Problem.of(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", e.errors()));
    }

    @ExceptionHandler
    ResponseEntity<Problem> notFound(NotFoundException e) {
        return answer(Problem.of(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Problem> noResource(NoResourceFoundException e) {
        return answer(Problem.of(HttpStatus.NOT_FOUND, "No such resource."));
    }

    @ExceptionHandler
    ResponseEntity<Problem> notReady(NotReadyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Problem> method(HttpRequestMethodNotSupportedException e) {
        return answer(Problem.of(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(Problem.of(HttpStatus.NOT_ACCEPTABLE, "Only JSON is offered."));
    }

    /** Spring's own request errors (an unsupported media type, a missing parameter) keep the status they carry. */
    @ExceptionHandler
    ResponseEntity<Problem> framework(ErrorResponseException e) {
        return answer(Problem.of(HttpStatus.valueOf(e.getStatusCode().value()), e.getBody().getDetail()));
    }

    @ExceptionHandler
    ResponseEntity<Problem> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON (Content-Type: application/json)."));
    }

    @ExceptionHandler
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        return answer(Problem.of(HttpStatus.BAD_REQUEST, "The request body is not readable JSON."));
    }

    /** A stream's client went away: nothing to answer and nobody to answer it to. */
    @ExceptionHandler
    void disconnected(AsyncRequestNotUsableException e) {
        log.debug("client disconnected: {}", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Problem> unexpected(Exception e) {
        log.error("request failed", e);
        return answer(Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong.", List.of()));
    }

    private static ResponseEntity<Problem> answer(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
