package org.chorus.command.keys;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Data keys in PostgreSQL, in their own schema through their own connection pool (not the event store's), each
 * wrapped under a master key whose id is kept on the row. Deleting the row destroys the key; every destruction is
 * first recorded in the {@link ErasureLedger}. On start it re-wraps rows still under a previous master key and
 * replays the ledger, so a key store restored from backup forgets again what was erased.
 */
@Component
class JdbcDataKeys implements DataKeys, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDataKeys.class);
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final MasterKeyRing masterKeys;
    private final ErasureLedger ledger;
    private final String table;

    JdbcDataKeys(KeyStoreProperties properties, ErasureLedger ledger) {
        if (!SCHEMA.matcher(properties.schema()).matches()) {
            throw new IllegalArgumentException("bad key store schema name " + properties.schema());
        }
        this.ledger = ledger;
        this.dataSource = new HikariDataSource();
        dataSource.setPoolName("keystore");
        dataSource.setJdbcUrl(properties.url());
        dataSource.setUsername(properties.username());
        dataSource.setPassword(properties.password());
        dataSource.setMaximumPoolSize(8);
        this.jdbc = new JdbcTemplate(dataSource);
        this.masterKeys = new MasterKeyRing(MasterKey.load(properties.masterKey(), Path.of(properties.masterKeyFile())),
                properties.previousMasterKeysOrNone().stream().map(MasterKey::decode).toList());
        this.table = properties.schema() + ".data_key";
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + properties.schema());
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " (key_id text PRIMARY KEY, owner_id uuid NOT NULL,"
                + " version int NOT NULL, wrapped_key text NOT NULL, released boolean NOT NULL DEFAULT false,"
                + " created_at timestamptz NOT NULL DEFAULT now())");
        jdbc.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS master_key_id text");
        jdbc.execute("CREATE INDEX IF NOT EXISTS data_key_owner ON " + table + " (owner_id)");
        int rewrapped;
        int erased;
        try {
            rewrapped = rewrap();
            erased = reapplyErasures();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        LOG.info("key store ready under master key {}: {} keys re-wrapped, {} erased keys destroyed again",
                masterKeys.currentId(), rewrapped, erased);
    }

    /** The key store's own pool, for its health component. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String create(UUID owner, int version) {
        String keyId = owner + ":v" + version + ":" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO " + table + " (key_id, owner_id, version, wrapped_key, master_key_id)"
                + " VALUES (?, ?, ?, ?, ?)", keyId, owner, version, wrap(keyId, AesGcm.newKey()), masterKeys.currentId());
        return keyId;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return unwrap(keyId, jdbc.query("SELECT wrapped_key, master_key_id FROM " + table + " WHERE key_id = ?",
                JdbcDataKeys::row, keyId));
    }

    @Override
    public Optional<byte[]> findReleased(String keyId) {
        return unwrap(keyId, jdbc.query("SELECT wrapped_key, master_key_id FROM " + table
                + " WHERE key_id = ? AND released", JdbcDataKeys::row, keyId));
    }

    @Override
    public Map<String, byte[]> findReleased(Collection<String> keyIds) {
        Map<String, byte[]> released = new LinkedHashMap<>();
        jdbc.query("SELECT key_id, wrapped_key, master_key_id FROM " + table + " WHERE key_id = ANY (?) AND released",
                rs -> {
                    String keyId = rs.getString("key_id");
                    released.put(keyId, unwrap(keyId, row(rs, 0)));
                }, (Object) keyIds.toArray(String[]::new));
        return released;
    }

    @Override
    public void release(String keyId) {
        jdbc.update("UPDATE " + table + " SET released = true WHERE key_id = ?", keyId);
    }

    @Override
    public void withhold(String keyId) {
        jdbc.update("UPDATE " + table + " SET released = false WHERE key_id = ?", keyId);
    }

    @Override
    public void destroy(String keyId, Erasure reason) {
        ledger.recordKey(keyId, reason);
        jdbc.update("DELETE FROM " + table + " WHERE key_id = ?", keyId);
    }

    @Override
    public void destroyAll(UUID owner, Erasure reason) {
        ledger.recordOwner(owner, reason);
        jdbc.update("DELETE FROM " + table + " WHERE owner_id = ?", owner);
    }

    /** Destroys again every key the ledger says is erased; returns how many had come back. */
    int reapplyErasures() {
        List<UUID> owners = ledger.erasedOwners();
        List<String> keyIds = ledger.erasedKeys();
        int destroyed = jdbc.update("DELETE FROM " + table + " WHERE owner_id = ANY (?)",
                (Object) owners.toArray(UUID[]::new));
        destroyed += jdbc.update("DELETE FROM " + table + " WHERE key_id = ANY (?)",
                (Object) keyIds.toArray(String[]::new));
        if (destroyed > 0) {
            LOG.warn("{} data keys the erasure ledger lists as destroyed were in the key store (restored from"
                    + " backup?); destroyed them again", destroyed);
        }
        return destroyed;
    }

    /**
     * Re-wraps, under the current master key, every data key wrapped under another one (or under no recorded one,
     * from before rotation was possible); returns how many. Fails, naming the master key id, on a key it cannot open.
     */
    int rewrap() {
        List<String> stale = jdbc.queryForList("SELECT key_id FROM " + table
                + " WHERE master_key_id IS DISTINCT FROM ?", String.class, masterKeys.currentId());
        int rewrapped = 0;
        for (String keyId : stale) {
            Optional<byte[]> key = find(keyId);
            if (key.isPresent()) {
                rewrapped += jdbc.update("UPDATE " + table + " SET wrapped_key = ?, master_key_id = ? WHERE key_id = ?",
                        wrap(keyId, key.get()), masterKeys.currentId(), keyId);
            }
        }
        return rewrapped;
    }

    private String wrap(String keyId, byte[] key) {
        return AesGcm.seal(keyId, masterKeys.current(), Base64.getEncoder().encodeToString(key)).ciphertext();
    }

    private Optional<byte[]> unwrap(String keyId, List<Wrapped> rows) {
        return rows.stream().findFirst().map(row -> unwrap(keyId, row));
    }

    private byte[] unwrap(String keyId, Wrapped row) {
        return Base64.getDecoder().decode(
                AesGcm.open(new SealedText(keyId, row.wrappedKey()), masterKeys.byId(row.masterKeyIdOr(masterKeys))));
    }

    private static Wrapped row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Wrapped(rs.getString("wrapped_key"), rs.getString("master_key_id"));
    }

    /** A stored row: a data key wrapped under the master key with {@code masterKeyId} (null: before rotation). */
    private record Wrapped(String wrappedKey, @Nullable String masterKeyId) {
        // rows written before master key ids were recorded were wrapped under the key in use then: the current one
        String masterKeyIdOr(MasterKeyRing ring) {
            return masterKeyId == null ? ring.currentId() : masterKeyId;
        }
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
