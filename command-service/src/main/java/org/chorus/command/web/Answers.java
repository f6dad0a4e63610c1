package org.chorus.command.web;

import java.net.URI;
import org.chorus.command.idempotency.Answer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Turns a stored {@link Answer} into the HTTP response, the same the first time and on every retry. */
public final class Answers {
    private Answers() {
    }

    public static ResponseEntity<String> toResponse(Answer answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON);
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        return response.body(answer.body());
    }
}
