package org.chorus.query.session.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.chorus.kernel.session.PowerSharing;
import org.chorus.query.session.replay.KeysUnavailableException;
import org.chorus.query.session.replay.SessionReader;
import org.chorus.query.session.replay.SessionReplay;
import org.chorus.query.session.replay.SessionState;
import org.chorus.query.session.replay.TimelineEntry;
import org.chorus.query.web.InvalidRequestException;
import org.chorus.query.web.NotFoundException;
import org.chorus.query.web.NotReadyException;
import org.chorus.query.web.PathIds;
import org.chorus.query.web.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Replays co-design sessions from their events: what happened, how things stood at any point, who held power. */
@RestController
@RequestMapping(path = "/api/v1/sessions/{id}", produces = "application/json")
class SessionController {

    private final SessionReader reader;

    SessionController(SessionReader reader) {
        this.reader = reader;
    }

    @GetMapping("/timeline")
    List<TimelineEntry> timeline(@PathVariable("id") String id) {
        return read(id, SessionReplay::timeline);
    }

    /** Without {@code at}, the latest state. */
    @GetMapping("/state")
    SessionState state(@PathVariable("id") String id, @RequestParam(name = "at", required = false) @Nullable String at) {
        Long wanted = at == null ? null : sequence(at);
        return read(id, replay -> {
            if (wanted != null && wanted > replay.lastSequence()) {
                throw invalidAt(replay.lastSequence());
            }
            return replay.stateAfter(wanted == null ? replay.lastSequence() : wanted);
        });
    }

    @GetMapping("/power-sharing")
    PowerSharing powerSharing(@PathVariable("id") String id) {
        return read(id, SessionReplay::powerSharing);
    }

    private <T> T read(String id, Function<SessionReplay, T> answer) {
        String sessionId = PathIds.uuid(id);
        SessionReplay replay = reader.replay(sessionId)
                .orElseThrow(() -> new NotFoundException("No session " + sessionId + "."));
        try {
            return answer.apply(replay);
        } catch (KeysUnavailableException e) {
            throw new NotReadyException("Participants' keys cannot be checked right now.", Duration.ofSeconds(5));
        }
    }

    private static long sequence(String at) {
        try {
            long sequence = Long.parseLong(at);
            if (sequence >= 0) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalidAt(null);
    }

    private static InvalidRequestException invalidAt(@Nullable Long last) {
        return new InvalidRequestException(List.of(new FieldProblem("at", last == null
                ? "must be a whole number >= 0" : "must be an event of the session, 0 to " + last)));
    }
}
