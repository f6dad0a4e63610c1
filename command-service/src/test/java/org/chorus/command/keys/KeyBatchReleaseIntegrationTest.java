package org.chorus.command.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * query-service asks for the keys of a whole batch of events at once: each released key comes back as the single-key
 * endpoint gives it, every other id asked for (never released, destroyed by a withdrawal, unknown) is listed as not
 * released, and only the query-service principal may ask.
 */
@IntegrationTest
class KeyBatchReleaseIntegrationTest extends ServiceTest {
    private static final String BATCH = "/internal/v1/keys/batch";


    @Test
    void releasedKeysComeBackAndEveryOtherIdIsListedAsNotReleased() {
        String first = Stories.approved(api, "First", "The clinic was closed " + UUID.randomUUID());
        String second = Stories.approved(api, "Second", "The ward was calm " + UUID.randomUUID());
        StoryApprovedEvent firstApproved = approvedEvent(first);
        StoryApprovedEvent secondApproved = approvedEvent(second);
        String original = originalKeyOf(first);
        String unknown = UUID.randomUUID() + ":v1:00000000";

        JsonNode answer = batch(firstApproved.publishedContent().keyId(), original,
                secondApproved.publishedContent().keyId(), unknown);

        Map<String, byte[]> released = keys(answer);
        assertThat(released).containsOnlyKeys(firstApproved.publishedContent().keyId(),
                secondApproved.publishedContent().keyId());
        assertThat(AesGcm.open(firstApproved.publishedContent(), released.get(firstApproved.publishedContent().keyId())))
                .contains("The clinic was closed");
        assertThat(AesGcm.open(secondApproved.publishedContent(),
                released.get(secondApproved.publishedContent().keyId()))).contains("The ward was calm");
        assertThat(notReleased(answer)).as("the original is never released").containsExactly(original, unknown);
    }

    @Test
    void aWithdrawnStorysKeyIsNotReleasedInABatchEither() {
        String kept = Stories.approved(api, "Kept", "Still here");
        String withdrawn = Stories.approved(api, "Withdrawn", "Changed my mind");
        String keptKey = approvedEvent(kept).publishedContent().keyId();
        String withdrawnKey = approvedEvent(withdrawn).publishedContent().keyId();
        assertThat(keys(batch(keptKey, withdrawnKey))).containsOnlyKeys(keptKey, withdrawnKey);

        assertThat(api.post("champion", "/api/v1/stories/" + withdrawn + "/withdrawal", "{}").status()).isEqualTo(202);

        JsonNode answer = batch(keptKey, withdrawnKey);
        assertThat(keys(answer)).containsOnlyKeys(keptKey);
        assertThat(notReleased(answer)).containsExactly(withdrawnKey);
    }

    @Test
    void onlyTheQueryServicePrincipalMayAskAndABatchHasALimit() {
        String key = approvedEvent(Stories.approved(api, "Mine", "words")).publishedContent().keyId();
        String body = Api.json(Map.of("keyIds", List.of(key)));

        assertThat(api.send("analyst", "POST", BATCH, body, null).status()).isEqualTo(403);
        assertThat(api.send("query-service", "wrong-password", "POST", BATCH, body, null).status()).isEqualTo(401);
        List<String> tooMany = new ArrayList<>(IntStream.rangeClosed(0, KeyReleaseController.BATCH_LIMIT)
                .mapToObj(i -> UUID.randomUUID() + ":v1:" + i).toList());
        Api.Reply refused = api.send("query-service", "internal-local", "POST", BATCH,
                Api.json(Map.of("keyIds", tooMany)), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("keyIds");
        assertThat(api.send("query-service", "internal-local", "POST", BATCH, "{}", null).status()).isEqualTo(400);
    }

    private JsonNode batch(String... keyIds) {
        Api.Reply reply = api.send("query-service", "internal-local", "POST", BATCH,
                Api.json(Map.of("keyIds", List.of(keyIds))), null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, byte[]> keys(JsonNode answer) {
        Map<String, byte[]> keys = new HashMap<>();
        answer.get("keys").forEach(key -> keys.put(key.get("keyId").asText(),
                Base64.getDecoder().decode(key.get("key").asText())));
        return keys;
    }

    private static List<String> notReleased(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("notReleased").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private String originalKeyOf(String story) {
        return jdbc.queryForObject("SELECT key_id FROM keystore.data_key WHERE owner_id = ?::uuid AND version = 0",
                String.class, story);
    }

    private StoryApprovedEvent approvedEvent(String id) {
        String json = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%StoryApprovedEvent'", String.class, id);
        return KernelJson.mapper().readValue(json, StoryApprovedEvent.class);
    }
}
