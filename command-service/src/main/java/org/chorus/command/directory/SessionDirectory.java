package org.chorus.command.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.session.SessionStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The sessions facilitators can pick from, kept in step with session events in the command's transaction. */
@Component
public class SessionDirectory {
    private final JdbcTemplate jdbc;

    SessionDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS session_directory (session_id uuid PRIMARY KEY, title text NOT NULL,"
                + " topic text NOT NULL, place text NOT NULL, scheduled_for timestamptz NOT NULL, status text NOT NULL,"
                + " last_sequence bigint NOT NULL)");
    }

    public record SessionEntry(UUID sessionId, String title, String topic, String place, Instant scheduledFor,
                               SessionStatus status, long version) {
    }

    /** Every session, the soonest scheduled first. */
    public List<SessionEntry> all() {
        return jdbc.query("SELECT session_id, title, topic, place, scheduled_for, status, last_sequence"
                + " FROM session_directory ORDER BY scheduled_for, session_id", (rs, n) -> new SessionEntry(
                rs.getObject("session_id", UUID.class), rs.getString("title"), rs.getString("topic"),
                rs.getString("place"), rs.getTimestamp("scheduled_for").toInstant(),
                SessionStatus.valueOf(rs.getString("status")), rs.getLong("last_sequence")));
    }
}
