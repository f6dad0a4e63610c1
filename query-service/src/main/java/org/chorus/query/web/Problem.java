package org.chorus.query.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** An RFC 9457 problem detail as every error of this service is answered, with the offending fields named. */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {
    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    public static Problem of(HttpStatus status, String detail) {
        return of(status, detail, List.of());
    }

    public static Problem of(HttpStatus status, String detail, List<FieldProblem> errors) {
        String slug = status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return new Problem("urn:chorus:problem:" + slug, status.getReasonPhrase(), status.value(), detail,
                List.copyOf(errors));
    }

    /** One field in error, named by its request parameter or dotted path. */
    public record FieldProblem(String field, String message) {
    }
}
