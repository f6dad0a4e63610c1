package org.chorus.command.session.page;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chorus.command.session.ParticipantVault;
import org.chorus.command.web.NotFound;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.command.audit.ContentReadAudit;
import org.chorus.kernel.session.SessionFold;
import org.chorus.kernel.session.SessionSnapshot;
import org.springframework.stereotype.Component;

/**
 * A session's history read straight from the event store, and its state after any event, folded with the kernel's
 * {@link SessionFold} (the aggregate's own fold) and opened with the participants' keys that still exist.
 */
@Component
class SessionReplay {
    private final EventStore eventStore;
    private final ParticipantVault vault;

    private final ContentReadAudit audit;

    SessionReplay(EventStore eventStore, ParticipantVault vault, ContentReadAudit audit) {
        this.eventStore = eventStore;
        this.vault = vault;
        this.audit = audit;
    }

    /** One stored event: its sequence number (the first is 0), when it was stored, and what happened. */
    record Recorded(long sequence, Instant at, SessionEvent event) {
    }

    record History(List<Recorded> events) {
        History {
            events = List.copyOf(events);
        }

        long last() {
            return events.size() - 1L;
        }

        boolean has(long step) {
            return step >= 0 && step <= last();
        }
    }

    History history(UUID sessionId) {
        // from sequence 0: the stored events alone, never the session's snapshot in place of its first events
        List<Recorded> events = eventStore.readEvents(sessionId.toString(), 0).asStream()
                .filter(message -> message.getPayload() instanceof SessionEvent)
                .map(SessionReplay::recorded)
                .toList();
        if (events.isEmpty()) {
            throw new NotFound("no session " + sessionId);
        }
        return new History(events);
    }

    /** The session as it stood after event {@code step}, which must be in the history. */
    SessionView.State stateAfter(History history, long step) {
        if (!history.has(step)) {
            throw new IllegalArgumentException("step " + step + " is outside 0.." + history.last());
        }
        List<SessionEvent> prefix = history.events().subList(0, (int) step + 1).stream()
                .map(Recorded::event).toList();
        SessionSnapshot snapshot = SessionFold.fold(prefix);
        audit.recordBySignedInUser(snapshot.id().value(), "session");
        return SessionView.of(snapshot, vault::open);
    }

    SessionView.State current(UUID sessionId) {
        History history = history(sessionId);
        return stateAfter(history, history.last());
    }

    private static Recorded recorded(DomainEventMessage<?> message) {
        return new Recorded(message.getSequenceNumber(), message.getTimestamp(), (SessionEvent) message.getPayload());
    }
}
