package org.chorus.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.chorus.command.support.TestEngines;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The story calls of the JSON API, end to end through command-service on real PostgreSQL and Kafka. */
@IntegrationTest
class StoryApiIntegrationTest extends ServiceTest {

    private String canary() {
        return "canary-" + UUID.randomUUID();
    }

    @Test
    void submittedStoryIsAcceptedAsCiphertextInTheEventStoreAndOnKafka() throws Exception {
        String canary = canary();
        Api.Reply reply = api.post("champion", "/api/v1/stories",
                Api.json(Stories.submission("Title " + canary, "Narrative " + canary)));

        assertThat(reply.status()).isEqualTo(202);
        JsonNode body = reply.json();
        String id = body.get("id").asText();
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("reference").asText()).matches("CH-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(body.get("receiptCode").asText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(reply.header("Location")).endsWith("/api/v1/stories/" + id);

        String payloadType = jdbc.queryForObject("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'domain_event_entry' AND column_name = 'payload'", String.class);
        assertThat(payloadType).isEqualTo("bytea");
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, id);
        assertThat(payload).contains(id).doesNotContain(canary)
                .doesNotContain("Ayesha").doesNotContain("ayesha@example.org");

        ConsumerRecord<String, byte[]> record = recordsFor(id).get(0);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(canary).doesNotContain("Ayesha");
        assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("StorySubmittedEvent");
        assertThat(header(record, EventHeaders.SEQUENCE)).isEqualTo("0");
        assertThat(header(record, EventHeaders.AGGREGATE_TYPE)).isEqualTo("Story");
        assertThat(header(record, EventHeaders.REVISION)).isEqualTo("1");
        assertThat(header(record, EventHeaders.EVENT_ID)).isNotBlank();
        assertThat(header(record, EventHeaders.TIMESTAMP)).endsWith("Z");
    }

    @Test
    void everyEventSaysWhoCausedItInItsStoredMetadataAndOnKafka() throws Exception {
        String id = api.post("champion", "/api/v1/stories", Api.json(Stories.submission("Who " + canary(), "n")))
                .json().get("id").asText();

        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, id);
        assertThat(metadata).contains(EventHeaders.CAUSED_BY).contains("\"champion\"").contains("CHAMPION")
                .contains("Lewisham Community Champions");

        ConsumerRecord<String, byte[]> record = recordsFor(id).get(0);
        assertThat(header(record, EventHeaders.CAUSED_BY)).isEqualTo("champion");
        assertThat(header(record, EventHeaders.CAUSED_BY_ROLE)).isEqualTo("CHAMPION");
        assertThat(header(record, EventHeaders.CAUSED_BY_ORGANISATION)).isEqualTo("Lewisham Community Champions");
    }

    @Test
    void aConsentChangeIsRecordedWithWhoChangedItTheirRoleAndTheWordingShown() {
        String id = api.post("champion", "/api/v1/stories", Api.json(Stories.submission("Consent " + canary(), "n")))
                .json().get("id").asText();
        Map<String, Object> consent = Stories.consent(true);
        consent.put("wordingVersion", "2027-01");

        assertThat(api.put("moderator", "/api/v1/stories/" + id + "/consent", Api.json(consent)).status())
                .isEqualTo(202);

        Map<String, Object> stored = jdbc.queryForMap("SELECT convert_from(payload, 'UTF8') AS payload,"
                + " convert_from(meta_data, 'UTF8') AS metadata, time_stamp FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%StoryConsentChangedEvent'", id);
        assertThat((String) stored.get("payload")).contains("\"changedBy\":\"moderator\"").contains("2027-01");
        assertThat((String) stored.get("metadata")).contains("MODERATOR").contains("South East London VCSE Alliance");
        assertThat(stored.get("time_stamp")).isNotNull();
    }

    @Test
    void myStoriesListsOnlyTheCallersOwnStoriesWithTheirTitles() {
        String mine = "Mine " + canary();
        String theirs = "Theirs " + canary();
        api.post("champion", "/api/v1/stories", Api.json(Stories.submission(mine, "n")));
        api.post("champion2", "/api/v1/stories", Api.json(Stories.submission(theirs, "n")));

        Api.Reply reply = api.get("champion", "/api/v1/my/stories");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains(mine).doesNotContain(theirs).contains("PENDING_MODERATION");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        String body = Api.json(Stories.submission("Retry " + canary(), "n"));

        Api.Reply first = api.post("champion", "/api/v1/stories", body, key);
        Api.Reply again = api.post("champion", "/api/v1/stories", body, key);
        Api.Reply otherBody = api.post("champion", "/api/v1/stories",
                Api.json(Stories.submission("Different " + canary(), "n")), key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(otherBody.status()).isEqualTo(409);
        String id = first.json().get("id").asText();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM story_directory WHERE story_id = ?::uuid",
                Integer.class, id)).isEqualTo(1);
        assertThat(api.post("champion2", "/api/v1/stories", body, key).json().get("id").asText())
                .as("keys are scoped per user").isNotEqualTo(id);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        Map<String, Object> story = Stories.submission("", "x".repeat(20_001));
        story.put("place", "ATLANTIS");
        story.put("consent", Stories.consent(false));
        Integer before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);

        Api.Reply reply = api.post("champion", "/api/v1/stories", Api.json(story));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("title", "narrative", "place", "consent.analysis");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class)).isEqualTo(before);
    }

    @Test
    void equalityAnswersOutsideTheOnsCategoriesAreRefusedFieldByField() {
        Map<String, Object> story = Stories.submission("t", "n");
        Map<String, Object> consent = Stories.consent(true);
        consent.put("equalityMonitoring", true);
        story.put("consent", consent);
        story.put("storyteller", Map.of("equality", Map.of("ethnicity", "MARTIAN", "gender", "g".repeat(101))));
        Integer before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);

        Api.Reply reply = api.post("champion", "/api/v1/stories", Api.json(story));

        assertThat(messages(reply))
                .containsEntry("storyteller.equality.ethnicity",
                        "Choose an ethnic group from the list, or prefer not to say")
                .containsEntry("storyteller.equality.gender", "Use 100 characters or fewer for the gender");
        assertThat(reply.body()).doesNotContain("MARTIAN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class)).isEqualTo(before);
    }

    @Test
    void fieldMessagesAreInTheLanguageTheClientAsksForAndEnglishOtherwise() {
        Map<String, Object> story = Stories.submission("", "n");
        story.put("place", null);

        Api.Reply portuguese = api.speaking("pt-PT,pt;q=0.9,en;q=0.5").post("champion", "/api/v1/stories", Api.json(story));
        Api.Reply english = api.post("champion", "/api/v1/stories", Api.json(story));
        Api.Reply unspoken = api.speaking("de").post("champion", "/api/v1/stories", Api.json(story));

        assertThat(messages(portuguese)).containsEntry("title", "Escreva um título")
                .containsEntry("place", "Escolha a zona a que a história diz respeito");
        assertThat(messages(english)).containsEntry("title", "Enter a title")
                .containsEntry("place", "Choose the place the story is about");
        assertThat(messages(unspoken)).isEqualTo(messages(english));
    }

    private static Map<String, String> messages(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        Map<String, String> messages = new java.util.TreeMap<>();
        reply.json().get("errors").forEach(e -> messages.put(e.get("field").asText(), e.get("message").asText()));
        return messages;
    }

    @Test
    void unknownEnumValuesAndMalformedJsonAre400sNamingTheField() {
        Map<String, Object> story = Stories.submission("t", "n");
        story.put("feeling", "ECSTATIC");

        Api.Reply badEnum = api.post("champion", "/api/v1/stories", Api.json(story));
        Api.Reply badJson = api.post("champion", "/api/v1/stories", "{\"title\": ");

        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asText()).isEqualTo("feeling");
        assertThat(badEnum.body()).doesNotContain("ECSTATIC");
        assertThat(badJson.status()).isEqualTo(400);
    }

    @Test
    void aBengaliNarrativeOf20000CodePointsIsAcceptedAndBodiesOver256KiBAreNot() {
        String bengali = "আ".repeat(20_000);
        Api.Reply accepted = api.post("champion", "/api/v1/stories", Api.json(Stories.submission("গল্প", bengali)));
        Api.Reply tooLarge = api.post("champion", "/api/v1/stories",
                Api.json(Stories.submission("t", "x".repeat(300 * 1024))));

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(tooLarge.status()).isEqualTo(413);
    }

    @Test
    void rolesAndCredentialsAreChecked() {
        String body = Api.json(Stories.submission("t", "n"));

        assertThat(api.post(null, "/api/v1/stories", body).status()).isEqualTo(401);
        assertThat(api.send("champion", "POST", "/api/v1/stories", body, null).status()).isEqualTo(202);
        Api.Reply wrongRole = api.post("analyst", "/api/v1/stories", body);
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("admin", "/api/v1/moderation/queue").status()).isEqualTo(403);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Api.Reply reply = api.raw("champion", "POST", "/api/v1/stories", "text/plain", "a story");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    private List<ConsumerRecord<String, byte[]>> recordsFor(String storyId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.STORY_EVENTS));
            long deadline = System.currentTimeMillis() + 30_000;
            while (found.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (storyId.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        assertThat(found).as("events of story " + storyId + " on Kafka").isNotEmpty();
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
