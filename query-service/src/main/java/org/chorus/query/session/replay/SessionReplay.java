package org.chorus.query.session.replay;

import java.util.List;
import org.chorus.kernel.session.PowerSharing;
import org.chorus.kernel.session.SessionFold;
import org.chorus.kernel.session.SessionSnapshot;
import org.chorus.query.session.ParticipantKeys;
import org.chorus.query.session.StoredSessionEvent;

/**
 * One session's events, read for one request. Whoever was erased by the last event is shown as a withdrawn
 * participant at every point in the past too, whether or not their key still answers.
 */
public final class SessionReplay {
    private final List<StoredSessionEvent> events;
    private final SessionSnapshot latest;
    private final SessionTexts texts;

    SessionReplay(List<StoredSessionEvent> events, ParticipantKeys keys) {
        this.events = List.copyOf(events);
        this.latest = SessionFold.fold(events.stream().map(StoredSessionEvent::event).toList());
        this.texts = new SessionTexts(keys, latest.participants().stream()
                .filter(SessionSnapshot.Participant::erased).map(SessionSnapshot.Participant::participantId).toList());
    }

    public long lastSequence() {
        return latest.lastSequence();
    }

    /** @throws KeysUnavailableException when command-service cannot say whether a key exists */
    public List<TimelineEntry> timeline() {
        return events.stream().map(e -> new TimelineEntry(e.sequence(), e.type(), e.at(), TimelineData.of(e, texts)))
                .toList();
    }

    /**
     * The state as it stood after event {@code sequence}, 0 to {@link #lastSequence()}.
     *
     * @throws KeysUnavailableException when command-service cannot say whether a key exists
     */
    public SessionState stateAfter(long sequence) {
        if (sequence < 0 || sequence > lastSequence()) {
            throw new IllegalArgumentException("no event " + sequence + " in session " + latest.id());
        }
        SessionSnapshot then = SessionFold.fold(events.subList(0, (int) sequence + 1).stream()
                .map(StoredSessionEvent::event).toList());
        return SessionStates.of(then, texts);
    }

    public PowerSharing powerSharing() {
        return PowerSharing.of(latest);
    }
}
