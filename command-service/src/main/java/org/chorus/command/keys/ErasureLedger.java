package org.chorus.command.keys;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every erasure ever made, kept in the event store's database (not the key store's), written through the main
 * datasource so it commits or rolls back with the command's events. A key store restored from an older backup gets
 * back keys that were destroyed since; replaying this ledger destroys them again. Holds ids and reasons only.
 */
@Component
class ErasureLedger {
    private final JdbcTemplate jdbc;

    ErasureLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS erasure_ledger (entry_id bigserial PRIMARY KEY, owner_id uuid,"
                + " key_id text, reason text NOT NULL, erased_at timestamptz NOT NULL DEFAULT now(),"
                + " CHECK ((owner_id IS NULL) <> (key_id IS NULL)))");
    }

    /** Records that every key of {@code owner} is destroyed, now and for good. */
    void recordOwner(UUID owner, Erasure reason) {
        jdbc.update("INSERT INTO erasure_ledger (owner_id, reason) VALUES (?, ?)", owner, reason.name());
    }

    /** Records that one key is destroyed for good. */
    void recordKey(String keyId, Erasure reason) {
        jdbc.update("INSERT INTO erasure_ledger (key_id, reason) VALUES (?, ?)", keyId, reason.name());
    }

    List<UUID> erasedOwners() {
        return jdbc.queryForList("SELECT DISTINCT owner_id FROM erasure_ledger WHERE owner_id IS NOT NULL", UUID.class);
    }

    List<String> erasedKeys() {
        return jdbc.queryForList("SELECT DISTINCT key_id FROM erasure_ledger WHERE key_id IS NOT NULL", String.class);
    }
}
