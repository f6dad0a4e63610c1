package org.chorus.command.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.chorus.command.support.TestEngines;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Rotating the key-store master key on real PostgreSQL, as docs/operations.md describes: start with the new key as
 * {@code master-key} and the old one in {@code previous-master-keys}; the start re-wraps every data key; then the old
 * key can be dropped from configuration.
 */
class MasterKeyRotationTest {
    private final String a = newMasterKey();
    private final String b = newMasterKey();
    private final List<JdbcDataKeys> started = new ArrayList<>();
    private String schema;
    private JdbcTemplate jdbc;
    private ErasureLedger ledger;

    @BeforeEach
    void schema() {
        schema = "rotation_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestEngines.jdbcUrl(), "postgres", "postgres"));
        ledger = new ErasureLedger(jdbc);
    }

    @AfterEach
    void stop() {
        started.forEach(JdbcDataKeys::destroy);
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void contentSealedUnderTheOldMasterKeyStillOpensAfterRotationAndAfterTheOldKeyIsRemoved() {
        JdbcDataKeys underA = start(a);
        UUID story = UUID.randomUUID();
        String keyId = underA.create(story, 0);
        SealedText sealed = AesGcm.seal(keyId, underA.find(keyId).orElseThrow(), "words sealed under master A");
        assertThat(masterKeyIdOf(keyId)).isEqualTo(idOf(a));

        JdbcDataKeys rotated = start(b, a);

        assertThat(masterKeyIdOf(keyId)).as("re-wrapped on start").isEqualTo(idOf(b));
        assertThat(AesGcm.open(sealed, rotated.find(keyId).orElseThrow())).isEqualTo("words sealed under master A");

        JdbcDataKeys withoutA = start(b);

        assertThat(AesGcm.open(sealed, withoutA.find(keyId).orElseThrow())).isEqualTo("words sealed under master A");
        String later = withoutA.create(story, 1);
        assertThat(masterKeyIdOf(later)).isEqualTo(idOf(b));
        assertThat(withoutA.rewrap()).as("nothing left under an old key").isZero();
    }

    @Test
    void startingWithOnlyANewMasterKeyFailsNamingTheMissingOne() {
        start(a).create(UUID.randomUUID(), 0);

        assertThatThrownBy(() -> start(b))
                .isInstanceOf(MasterKeyRing.UnknownMasterKey.class)
                .hasMessageContaining(idOf(a))
                .hasMessageContaining("chorus.keystore.previous-master-keys");
    }

    @Test
    void aRowWrappedUnderAnUnknownMasterKeyFailsClearlyWhenRead() {
        JdbcDataKeys store = start(a);
        String keyId = store.create(UUID.randomUUID(), 0);
        jdbc.update("UPDATE " + schema + ".data_key SET master_key_id = 'feedfacefeedface' WHERE key_id = ?", keyId);

        assertThatThrownBy(() -> store.find(keyId))
                .isInstanceOf(MasterKeyRing.UnknownMasterKey.class)
                .hasMessageContaining("feedfacefeedface");
    }

    @Test
    void rowsFromBeforeMasterKeyIdsWereRecordedAreTakenAsWrappedUnderTheCurrentKeyAndGetTheirId() {
        JdbcDataKeys store = start(a);
        String keyId = store.create(UUID.randomUUID(), 0);
        byte[] key = store.find(keyId).orElseThrow();
        jdbc.update("UPDATE " + schema + ".data_key SET master_key_id = NULL WHERE key_id = ?", keyId);

        JdbcDataKeys restarted = start(a);

        assertThat(masterKeyIdOf(keyId)).isEqualTo(idOf(a));
        assertThat(restarted.find(keyId)).contains(key);
    }

    private JdbcDataKeys start(String master, String... previous) {
        JdbcDataKeys keys = new JdbcDataKeys(new KeyStoreProperties(TestEngines.jdbcUrl(), "postgres", "postgres",
                schema, master, TestEngines.dataDir().resolve("unused-master.key").toString(), List.of(previous)),
                ledger);
        started.add(keys);
        return keys;
    }

    private String masterKeyIdOf(String keyId) {
        return jdbc.queryForObject("SELECT master_key_id FROM " + schema + ".data_key WHERE key_id = ?", String.class,
                keyId);
    }

    private static String idOf(String base64) {
        return MasterKeyRing.idOf(Base64.getDecoder().decode(base64));
    }

    private static String newMasterKey() {
        return Base64.getEncoder().encodeToString(AesGcm.newKey());
    }
}
