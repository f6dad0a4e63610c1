package org.chorus.command.audit;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records every time a member of staff reads personal data decrypted: who, when, whose (a story, or a session whose
 * participants' names and words were shown) and why.
 */
@Component
public class ContentReadAudit {
    private final JdbcTemplate jdbc;

    ContentReadAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS content_read_audit (id bigserial PRIMARY KEY,"
                + " read_at timestamptz NOT NULL DEFAULT now(), reader text NOT NULL, subject_id uuid NOT NULL,"
                + " purpose text NOT NULL)");
    }

    public void record(String reader, UUID subject, String purpose) {
        jdbc.update("INSERT INTO content_read_audit (reader, subject_id, purpose) VALUES (?, ?, ?)", reader, subject,
                purpose);
    }

    /** Records a read by whoever is signed in on this request. */
    public void recordBySignedInUser(UUID subject, String purpose) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        record(signedIn == null ? "unknown" : signedIn.getName(), subject, purpose);
    }
}
