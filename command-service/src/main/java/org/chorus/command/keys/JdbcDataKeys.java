package org.chorus.command.keys;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Data keys in PostgreSQL, in their own schema through their own connection pool (not the event store's), each
 * wrapped under the master key. Deleting the row destroys the key.
 */
@Component
class JdbcDataKeys implements DataKeys, DisposableBean {
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final byte[] masterKey;
    private final String table;

    JdbcDataKeys(KeyStoreProperties properties) {
        if (!SCHEMA.matcher(properties.schema()).matches()) {
            throw new IllegalArgumentException("bad key store schema name " + properties.schema());
        }
        this.dataSource = new HikariDataSource();
        dataSource.setPoolName("keystore");
        dataSource.setJdbcUrl(properties.url());
        dataSource.setUsername(properties.username());
        dataSource.setPassword(properties.password());
        dataSource.setMaximumPoolSize(8);
        this.jdbc = new JdbcTemplate(dataSource);
        this.masterKey = MasterKey.load(properties.masterKey(), Path.of(properties.masterKeyFile()));
        this.table = properties.schema() + ".data_key";
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + properties.schema());
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " (key_id text PRIMARY KEY, owner_id uuid NOT NULL,"
                + " version int NOT NULL, wrapped_key text NOT NULL, released boolean NOT NULL DEFAULT false,"
                + " created_at timestamptz NOT NULL DEFAULT now())");
        jdbc.execute("CREATE INDEX IF NOT EXISTS data_key_owner ON " + table + " (owner_id)");
    }

    @Override
    public String create(UUID owner, int version) {
        String keyId = owner + ":v" + version + ":" + UUID.randomUUID().toString().substring(0, 8);
        byte[] key = AesGcm.newKey();
        String wrapped = AesGcm.seal(keyId, masterKey, Base64.getEncoder().encodeToString(key)).ciphertext();
        jdbc.update("INSERT INTO " + table + " (key_id, owner_id, version, wrapped_key) VALUES (?, ?, ?, ?)",
                keyId, owner, version, wrapped);
        return keyId;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return unwrap(keyId, jdbc.queryForList("SELECT wrapped_key FROM " + table + " WHERE key_id = ?",
                String.class, keyId));
    }

    @Override
    public Optional<byte[]> findReleased(String keyId) {
        return unwrap(keyId, jdbc.queryForList("SELECT wrapped_key FROM " + table + " WHERE key_id = ? AND released",
                String.class, keyId));
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
    public void destroy(String keyId) {
        jdbc.update("DELETE FROM " + table + " WHERE key_id = ?", keyId);
    }

    @Override
    public void destroyAll(UUID owner) {
        jdbc.update("DELETE FROM " + table + " WHERE owner_id = ?", owner);
    }

    private Optional<byte[]> unwrap(String keyId, List<String> rows) {
        return rows.stream().findFirst()
                .map(wrapped -> Base64.getDecoder().decode(AesGcm.open(new SealedText(keyId, wrapped), masterKey)));
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
