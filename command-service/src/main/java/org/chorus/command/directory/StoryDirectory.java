package org.chorus.command.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.story.StoryStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Command-side directory of stories, kept in PostgreSQL by {@link StoryDirectoryProjection} in the same
 * transaction as the events, so a champion sees their story the moment it is accepted. Holds ciphertext only.
 */
@Component
public class StoryDirectory {
    private static final String COLUMNS = "story_id, reference, champion, place, status, submitted_at, last_sequence,"
            + " content_key_id, content_sealed, storyteller_sealed";

    private final JdbcTemplate jdbc;

    StoryDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS story_directory (story_id uuid PRIMARY KEY,"
                + " reference text NOT NULL UNIQUE, champion text NOT NULL, place text NOT NULL, status text NOT NULL,"
                + " submitted_at timestamptz NOT NULL, last_sequence bigint NOT NULL, content_key_id text,"
                + " content_sealed text, storyteller_sealed text)");
        jdbc.execute("ALTER TABLE story_directory ADD COLUMN IF NOT EXISTS rejected_at timestamptz");
        jdbc.execute("CREATE INDEX IF NOT EXISTS story_directory_champion ON story_directory (champion, submitted_at)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS story_directory_queue ON story_directory (status, submitted_at)");
    }

    public Optional<StoryEntry> find(UUID storyId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM story_directory WHERE story_id = ?", StoryDirectory::entry,
                storyId).stream().findFirst();
    }

    /** A story that sessions may cite as evidence: one Chorus holds, neither withdrawn nor escalated. */
    public boolean citable(UUID storyId) {
        return find(storyId).filter(s -> s.status() != StoryStatus.WITHDRAWN && s.status() != StoryStatus.ESCALATED)
                .isPresent();
    }

    /** The champion's own stories, newest first. Escalated stories are hidden from everyone but safeguarding. */
    public List<StoryEntry> ownedBy(String champion) {
        return jdbc.query("SELECT " + COLUMNS + " FROM story_directory WHERE champion = ? AND status <> 'ESCALATED'"
                + " ORDER BY submitted_at DESC, story_id", StoryDirectory::entry, champion);
    }

    /** Stories waiting for moderation in the given places, oldest first. */
    public List<StoryEntry> pendingIn(Collection<String> places) {
        if (places.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM story_directory WHERE status = 'PENDING_MODERATION'"
                + " AND place = ANY (?) ORDER BY submitted_at, story_id", StoryDirectory::entry,
                (Object) places.toArray(String[]::new));
    }

    /** Stories rejected before {@code cutoff} and still rejected (not yet shredded), oldest first. */
    public List<UUID> rejectedBefore(Instant cutoff) {
        return jdbc.queryForList("SELECT story_id FROM story_directory WHERE status = 'REJECTED' AND rejected_at < ?"
                + " ORDER BY rejected_at, story_id", UUID.class, java.sql.Timestamp.from(cutoff));
    }

    private static StoryEntry entry(ResultSet rs, int row) throws SQLException {
        String keyId = rs.getString("content_key_id");
        return new StoryEntry(rs.getObject("story_id", UUID.class), rs.getString("reference"),
                rs.getString("champion"), rs.getString("place"), StoryStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("submitted_at").toInstant(), rs.getLong("last_sequence"),
                sealed(keyId, rs.getString("content_sealed")), sealed(keyId, rs.getString("storyteller_sealed")));
    }

    private static SealedText sealed(String keyId, String ciphertext) {
        return keyId == null || ciphertext == null ? null : new SealedText(keyId, ciphertext);
    }
}
