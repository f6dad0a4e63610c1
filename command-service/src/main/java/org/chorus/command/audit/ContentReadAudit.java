package org.chorus.command.audit;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records every time a member of staff reads a story's decrypted content: who, when, which story, why. */
@Component
public class ContentReadAudit {
    private final JdbcTemplate jdbc;

    ContentReadAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS content_read_audit (id bigserial PRIMARY KEY,"
                + " read_at timestamptz NOT NULL DEFAULT now(), reader text NOT NULL, story_id uuid NOT NULL,"
                + " purpose text NOT NULL)");
    }

    public void record(String reader, UUID storyId, String purpose) {
        jdbc.update("INSERT INTO content_read_audit (reader, story_id, purpose) VALUES (?, ?, ?)", reader, storyId,
                purpose);
    }

    public int readsOf(UUID storyId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM content_read_audit WHERE story_id = ?",
                Integer.class, storyId);
        return count == null ? 0 : count;
    }
}
