package org.chorus.command.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code safeguarding_alert} table: one row per escalated story, open until a safeguarding lead acknowledges it. */
@Component
class SafeguardingAlerts {
    private final JdbcTemplate jdbc;

    SafeguardingAlerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS safeguarding_alert (story_id uuid PRIMARY KEY, reference text NOT NULL,"
                + " place text NOT NULL, escalated_at timestamptz NOT NULL, link text NOT NULL,"
                + " acknowledged_by text, acknowledged_at timestamptz)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS safeguarding_alert_open ON safeguarding_alert (escalated_at)"
                + " WHERE acknowledged_at IS NULL");
    }

    /** Records the alert; false if this story's alert was already recorded (a redelivered event). */
    boolean recordOnce(SafeguardingAlert alert) {
        return jdbc.update("INSERT INTO safeguarding_alert (story_id, reference, place, escalated_at, link)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (story_id) DO NOTHING", alert.storyId(), alert.reference(),
                alert.place(), Timestamp.from(alert.escalatedAt()), alert.link()) == 1;
    }

    /** Alerts nobody has acknowledged yet, oldest first. */
    List<SafeguardingAlert> open() {
        return jdbc.query("SELECT story_id, reference, place, escalated_at, link FROM safeguarding_alert"
                + " WHERE acknowledged_at IS NULL ORDER BY escalated_at, story_id", SafeguardingAlerts::alert);
    }

    /** Marks the alert acknowledged by {@code lead}; false if there is no open alert for that story. */
    boolean acknowledge(UUID storyId, String lead) {
        return jdbc.update("UPDATE safeguarding_alert SET acknowledged_by = ?, acknowledged_at = now()"
                + " WHERE story_id = ? AND acknowledged_at IS NULL", lead, storyId) == 1;
    }

    private static SafeguardingAlert alert(ResultSet row, int n) throws SQLException {
        return new SafeguardingAlert(row.getObject("story_id", UUID.class), row.getString("reference"),
                row.getString("place"), row.getTimestamp("escalated_at").toInstant(), row.getString("link"));
    }
}
