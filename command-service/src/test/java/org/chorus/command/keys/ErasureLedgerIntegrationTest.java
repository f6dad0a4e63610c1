package org.chorus.command.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A key store restored from a backup taken before an erasure gets the erased keys back; the erasure ledger, kept with
 * the events, destroys them again when command-service starts.
 */
@IntegrationTest
class ErasureLedgerIntegrationTest extends ServiceTest {
    private static final String BACKUP = "keystore.data_key_backup";

    @Autowired
    KeyStoreProperties properties;
    @Autowired
    ErasureLedger ledger;

    @BeforeEach
    void noBackup() {
        jdbc.execute("DROP TABLE IF EXISTS " + BACKUP);
    }

    @AfterEach
    void dropBackup() {
        jdbc.execute("DROP TABLE IF EXISTS " + BACKUP);
    }

    @Test
    void aWithdrawnStoryStaysUnreadableAfterTheKeyStoreIsRestoredFromAnOlderBackup() {
        String narrative = "My words " + UUID.randomUUID();
        String id = Stories.approved(api, "Restore me", narrative);
        backUpTheKeyStore();

        assertThat(api.post("champion", "/api/v1/stories/" + id + "/withdrawal", "{}").status()).isEqualTo(202);
        assertThat(keysOf(id)).isZero();
        assertThat(ledgerReasons(id)).containsExactly("WITHDRAWAL");

        restoreTheBackup();
        assertThat(keysOf(id)).as("the restore brought the keys back").isPositive();
        assertThat(api.get("moderator", "/api/v1/moderation/stories/" + id).json().get("narrative").asText())
                .as("while the keys are back the words can be opened").isEqualTo(narrative);

        restartTheKeyStore();

        assertThat(keysOf(id)).isZero();
        assertThat(api.get("moderator", "/api/v1/moderation/stories/" + id).json().get("narrative").isNull()).isTrue();
    }

    @Test
    void aRedactedVersionsKeyIsDestroyedAgainOnDemandAfterARestore() {
        String id = Stories.approved(api, "Redact me", "Dr Alan Smith was kind");
        String firstKey = approvedEvent(id).publishedContent().keyId();
        backUpTheKeyStore();

        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/redactions", Api.json(Map.of("redactions",
                List.of(Map.of("field", "narrative", "start", 0, "end", "Dr Alan Smith".length()))))).status())
                .isEqualTo(202);
        assertThat(ledgerKeyReasons(firstKey)).containsExactly("REDACTION");

        restoreTheBackup();
        assertThat(keyExists(firstKey)).isTrue();
        assertThat(api.post("moderator", "/actuator/erasures", "{}").status()).as("ADMIN only").isEqualTo(403);
        Api.Reply reapplied = api.post("admin", "/actuator/erasures", "{}");

        assertThat(reapplied.status()).isEqualTo(200);
        assertThat(reapplied.json().get("keysDestroyedAgain").asInt()).isPositive();
        assertThat(keyExists(firstKey)).isFalse();
        assertThat(keysOf(id)).as("the story's other keys are untouched").isPositive();
        assertThat(api.get("moderator", "/api/v1/moderation/stories/" + id).json().get("narrative").asText())
                .isEqualTo("Dr Alan Smith was kind");
    }

    @Test
    void theLedgerLivesInTheEventStoresDatabaseNotTheKeyStoresSchema() {
        assertThat(jdbc.queryForObject("SELECT table_schema FROM information_schema.tables"
                + " WHERE table_name = 'erasure_ledger'", String.class)).isEqualTo("public");
        assertThat(jdbc.queryForObject("SELECT table_schema FROM information_schema.tables"
                + " WHERE table_name = 'domain_event_entry'", String.class)).isEqualTo("public");
    }

    private void backUpTheKeyStore() {
        jdbc.execute("CREATE TABLE " + BACKUP + " AS SELECT * FROM keystore.data_key");
    }

    // an older backup brings back what was deleted since; keys created since by other tests are left as they are
    private void restoreTheBackup() {
        jdbc.update("INSERT INTO keystore.data_key SELECT * FROM " + BACKUP + " ON CONFLICT (key_id) DO NOTHING");
    }

    // a second key store on the same tables runs the start-up path of a restarted command-service
    private void restartTheKeyStore() {
        JdbcDataKeys restarted = new JdbcDataKeys(properties, ledger);
        restarted.destroy();
    }

    private int keysOf(String owner) {
        return jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE owner_id = ?::uuid", Integer.class,
                owner);
    }

    private boolean keyExists(String keyId) {
        return jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE key_id = ?", Integer.class, keyId) == 1;
    }

    private List<String> ledgerReasons(String owner) {
        return jdbc.queryForList("SELECT reason FROM erasure_ledger WHERE owner_id = ?::uuid", String.class, owner);
    }

    private List<String> ledgerKeyReasons(String keyId) {
        return jdbc.queryForList("SELECT reason FROM erasure_ledger WHERE key_id = ?", String.class, keyId);
    }

    private StoryApprovedEvent approvedEvent(String id) {
        String json = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%StoryApprovedEvent'", String.class, id);
        return KernelJson.mapper().readValue(json, StoryApprovedEvent.class);
    }
}
