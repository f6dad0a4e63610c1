package org.chorus.command.storyteller;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.StoryStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stories as their storytellers may see them, by reference, kept in PostgreSQL by
 * {@link StorytellerLedgerProjection} in the command's own transaction: a consent change shows at the next
 * lookup. Holds no personal data: the receipt code only as its hash, consent flags, and organisations'
 * responses (which are written to be read by the public). A withdrawn story keeps no hash and no responses.
 */
@Component
class StorytellerLedger {
    private final JdbcTemplate jdbc;

    StorytellerLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS storyteller_ledger (story_id uuid PRIMARY KEY,"
                + " reference text NOT NULL UNIQUE, receipt_hash text, status text NOT NULL, consent text NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS storyteller_response (response_id uuid PRIMARY KEY,"
                + " story_id uuid NOT NULL, organisation text NOT NULL, body text NOT NULL, at timestamptz NOT NULL)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS storyteller_response_story ON storyteller_response (story_id, at)");
    }

    /** The story with this reference, unless it was withdrawn. */
    Optional<LedgerEntry> byReference(String reference) {
        return jdbc.query("SELECT story_id, reference, receipt_hash, status, consent FROM storyteller_ledger"
                + " WHERE reference = ? AND status <> 'WITHDRAWN' AND receipt_hash IS NOT NULL",
                StorytellerLedger::entry, reference).stream().findFirst();
    }

    Optional<LedgerEntry> byStory(UUID storyId) {
        return jdbc.query("SELECT story_id, reference, receipt_hash, status, consent FROM storyteller_ledger"
                + " WHERE story_id = ? AND status <> 'WITHDRAWN' AND receipt_hash IS NOT NULL",
                StorytellerLedger::entry, storyId).stream().findFirst();
    }

    /** The responses to a story, oldest first. */
    List<MyStory.Response> responses(UUID storyId) {
        return jdbc.query("SELECT organisation, body, at FROM storyteller_response WHERE story_id = ?"
                + " ORDER BY at, response_id", (rs, n) -> new MyStory.Response(rs.getString("organisation"),
                rs.getString("body"), rs.getTimestamp("at").toInstant()), storyId);
    }

    void add(UUID storyId, String reference, String receiptHash, Consent consent) {
        jdbc.update("INSERT INTO storyteller_ledger (story_id, reference, receipt_hash, status, consent)"
                + " VALUES (?,?,?,?,?) ON CONFLICT (story_id) DO NOTHING", storyId, reference, receiptHash,
                StoryStatus.PENDING_MODERATION.name(), KernelJson.mapper().writeValueAsString(consent));
    }

    void status(UUID storyId, StoryStatus status) {
        jdbc.update("UPDATE storyteller_ledger SET status = ? WHERE story_id = ?", status.name(), storyId);
    }

    void consent(UUID storyId, Consent consent) {
        jdbc.update("UPDATE storyteller_ledger SET consent = ? WHERE story_id = ?",
                KernelJson.mapper().writeValueAsString(consent), storyId);
    }

    void respond(UUID storyId, UUID responseId, String organisation, String body, Instant at) {
        jdbc.update("INSERT INTO storyteller_response (response_id, story_id, organisation, body, at)"
                + " VALUES (?,?,?,?,?) ON CONFLICT (response_id) DO NOTHING", responseId, storyId, organisation, body,
                java.sql.Timestamp.from(at));
    }

    /** Forgets the receipt hash and the responses: nothing is left to look up. */
    void withdraw(UUID storyId) {
        jdbc.update("UPDATE storyteller_ledger SET status = 'WITHDRAWN', receipt_hash = NULL WHERE story_id = ?",
                storyId);
        jdbc.update("DELETE FROM storyteller_response WHERE story_id = ?", storyId);
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getObject("story_id", UUID.class), rs.getString("reference"),
                rs.getString("receipt_hash"), StoryStatus.valueOf(rs.getString("status")),
                KernelJson.mapper().readValue(rs.getString("consent"), Consent.class));
    }
}
