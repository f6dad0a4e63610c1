package org.chorus.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The aggregate heads and republish calls query-service makes (role INTERNAL), and the operator's republish and
 * publishing endpoints (ADMIN), on the shared engines: a republished event is the very record the publisher sent.
 */
@IntegrationTest
class PublishingEndpointsIntegrationTest extends ServiceTest {
    private static final String INTERNAL = "query-service";
    private static final String INTERNAL_PASSWORD = "internal-local";


    @Test
    void theHeadsListEveryAggregateWithItsLastSequenceAPageAtATimeInIdOrder() {
        String story = submit();
        moderate(story);
        submit();
        submit();

        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = internal("GET", "/internal/v1/aggregates?limit=3" + (after == null ? "" : "&after=" + after))
                    .json();
            for (JsonNode head : page.get("aggregates")) {
                ids.add(head.get("id").asText());
                if (head.get("id").asText().equals(story)) {
                    assertThat(head.get("type").asText()).isEqualTo("Story");
                    assertThat(head.get("lastSequence").asLong()).isEqualTo(1);
                }
            }
            assertThat(page.get("aggregates").size()).isLessThanOrEqualTo(3);
            after = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (after != null);

        assertThat(pages).isGreaterThan(1);
        assertThat(ids).contains(story).doesNotHaveDuplicates().isSorted();
        assertThat(ids).hasSize(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry"
                + " WHERE type IS NOT NULL", Integer.class));
    }

    @Test
    void aRepublishedEventIsTheRecordThePublisherSent() {
        String story = submit();
        ConsumerRecord<String, byte[]> published = TopicReader.records(Topics.STORY_EVENTS, List.of(story),
                Duration.ofSeconds(30)).get(0);

        Api.Reply reply = internal("POST", "/internal/v1/aggregates/" + story + "/republish?fromSequence=0");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("aggregateId").asText()).isEqualTo(story);
        assertThat(reply.json().get("republished").asInt()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> both = awaitRecords(story, 2);
        ConsumerRecord<String, byte[]> again = both.get(1);
        assertThat(again.topic()).isEqualTo(published.topic());
        assertThat(again.key()).isEqualTo(published.key());
        assertThat(again.value()).isEqualTo(published.value());
        assertThat(headers(again)).isEqualTo(headers(published));
        assertThat(internal("POST", "/internal/v1/aggregates/" + story + "/republish?fromSequence=1").json()
                .get("republished").asInt()).as("nothing from sequence 1").isZero();
    }

    @Test
    void theOperatorRepublishesAGlobalIndexRangeAndSeesThePublishingLag() throws Exception {
        String story = submit();
        moderate(story);
        long index = jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, story);
        awaitRecords(story, 2);

        Api.Reply reply = api.post("admin", "/actuator/republish",
                Api.json(Map.of("fromGlobalIndex", index, "toGlobalIndex", index)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("republished").asInt()).as("the story from its first event to its end").isEqualTo(2);
        // at least once: each of the story's two events is on the topic again
        List<String> sequences = awaitRecords(story, 4).stream().map(r -> new String(r.headers()
                .lastHeader(EventHeaders.SEQUENCE).value(), StandardCharsets.UTF_8)).toList();
        assertThat(sequences).filteredOn("0"::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sequences).filteredOn("1"::equals).hasSizeGreaterThanOrEqualTo(2);

        JsonNode publishing = api.get("admin", "/actuator/publishing").json();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (publishing.get("lag").asLong() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            publishing = api.get("admin", "/actuator/publishing").json();
        }
        assertThat(publishing.get("eventStoreHead").asLong()).isGreaterThanOrEqualTo(index + 1);
        assertThat(publishing.get("published").asLong()).isEqualTo(publishing.get("eventStoreHead").asLong());
        assertThat(publishing.get("lag").asLong()).isZero();
        assertThat(api.get("admin", "/actuator/prometheus").body()).containsPattern("(?m)^chorus_publisher_lag 0\\.0$");
    }

    @Test
    void onlyTheInternalAccountReadsHeadsAndOnlyAdminsRepublish() {
        assertThat(api.get("admin", "/internal/v1/aggregates").status()).isEqualTo(403);
        assertThat(api.send(null, "GET", "/internal/v1/aggregates", null, null).status()).isEqualTo(401);
        assertThat(api.post("champion", "/actuator/republish", Api.json(Map.of("fromGlobalIndex", 1,
                "toGlobalIndex", 2))).status()).isEqualTo(403);
        assertThat(api.get("champion", "/actuator/publishing").status()).isEqualTo(403);
        assertThat(api.post("admin", "/actuator/republish", "{}").status()).isEqualTo(400);
    }

    private Api.Reply internal(String method, String path) {
        return api.send(INTERNAL, INTERNAL_PASSWORD, method, path, null, null);
    }

    private String submit() {
        Api.Reply reply = api.post("champion", "/api/v1/stories",
                Api.json(Stories.submission("Heads", "Words " + UUID.randomUUID())));
        assertThat(reply.status()).isEqualTo(202);
        return reply.json().get("id").asText();
    }

    private void moderate(String id) {
        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/moderation",
                Api.json(Map.of("decision", "APPROVE", "redactions", List.of()))).status()).isEqualTo(202);
    }

    private static List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, byte[]>> records = List.of();
        while (records.size() < count && System.nanoTime() < deadline) {
            records = TopicReader.everything(Topics.STORY_EVENTS, List.of(key), Duration.ofSeconds(2));
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    private static List<String> headers(ConsumerRecord<String, byte[]> record) {
        List<String> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
