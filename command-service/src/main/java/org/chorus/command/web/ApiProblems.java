package org.chorus.command.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.chorus.command.idempotency.IdempotencyKeyReused;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.rules.UnknownReference;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every refusal of the JSON API (and anything that fails before a handler is chosen, such as 415) as RFC 9457
 * problem details, with {@code errors} naming each field. Messages are
 * our own: a rejected value is never echoed (it may be personal data).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", e.problems());
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<Object> conflict(StateConflict e) {
        ResponseEntity<Object> answer = problem(HttpStatus.CONFLICT, e.getMessage(), List.of());
        ((ProblemDetail) answer.getBody()).setProperty("code", e.code());
        return answer;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> reused(IdempotencyKeyReused e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(org.springframework.dao.DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "This conflicts with something recorded at the same time; try again.",
                List.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Someone else changed this at the same time; try again.", List.of());
    }

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class, MethodArgumentTypeMismatchException.class,
            UnknownReference.class})
    ResponseEntity<Object> notFound(Exception e) {
        return problem(HttpStatus.NOT_FOUND, "No such object.", List.of());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<Object> tooLarge(PayloadTooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof PayloadTooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.", List.of());
        }
        JacksonException json = jacksonCause(e);
        if (json != null && !json.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.",
                    List.of(new FieldProblem(path(json.getPath()), "has a value that is not allowed here")));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.",
                List.of(new FieldProblem("body", "must be a JSON object")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", e.getBindingResult()
                .getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    /**
     * The outermost Jackson error under the failure: it knows the field, whereas the most specific cause may be a
     * {@code DateTimeParseException} that does not.
     */
    private static @Nullable JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static ResponseEntity<Object> problem(HttpStatus status, @Nullable String detail, List<FieldProblem> problems) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (!problems.isEmpty()) {
            body.setProperty("errors", problems.stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message()))
                    .collect(Collectors.toList()));
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
