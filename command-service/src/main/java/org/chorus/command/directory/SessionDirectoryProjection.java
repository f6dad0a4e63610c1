package org.chorus.command.directory;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.chorus.kernel.session.SessionClosedEvent;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@link SessionDirectory} in step with session events, inside the command's own transaction. */
@Component
@ProcessingGroup("directory")
class SessionDirectoryProjection {
    private final JdbcTemplate jdbc;

    SessionDirectoryProjection(JdbcTemplate jdbc, SessionDirectory directoryCreatesTheTable) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SessionScheduledEvent event, @SequenceNumber long sequence) {
        jdbc.update("INSERT INTO session_directory (session_id, title, topic, place, scheduled_for, status,"
                + " last_sequence) VALUES (?,?,?,?,?,'SCHEDULED',?) ON CONFLICT (session_id) DO NOTHING",
                event.sessionId().value(), event.title(), event.topic().value(), event.place().value(),
                Timestamp.from(event.scheduledFor()), sequence);
    }

    @EventHandler
    void on(SessionEvent event, @SequenceNumber long sequence) {
        String status = event instanceof SessionOpenedEvent ? "OPEN" : event instanceof SessionClosedEvent ? "CLOSED" : null;
        if (status != null) {
            jdbc.update("UPDATE session_directory SET status = ?, last_sequence = ? WHERE session_id = ?", status,
                    sequence, event.sessionId().value());
        } else {
            jdbc.update("UPDATE session_directory SET last_sequence = ? WHERE session_id = ?", sequence,
                    event.sessionId().value());
        }
    }
}
