package org.chorus.kernel.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI document and JSON Schemas subscribers code against say what the kernel records and headers are: a
 * changed record without a new schema revision, or a schema edited away from the record, fails here.
 */
class InsightStreamContractTest {
    private static final Path DOCS = Path.of("..", "docs", "asyncapi");
    private static final List<String> WORDS = List.of("title", "description", "$id", "$schema");

    @Test
    void theChannelIsTheCuratedTopicWithTheHeadersSubscribersRead() throws IOException {
        JsonNode asyncApi = asyncApi();

        assertThat(asyncApi.get("asyncapi").asString()).startsWith("3.");
        assertThat(asyncApi.at("/channels/insightStories/address").asString()).isEqualTo(InsightStream.TOPIC);
        JsonNode headers = asyncApi.at("/components/schemas/Headers");
        assertThat(headers.get("required").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
                InsightStream.MESSAGE_TYPE, InsightStream.REVISION, InsightStream.STORY_VERSION);
        assertThat(headers.at("/properties/" + InsightStream.MESSAGE_TYPE + "/enum").valueStream()
                .map(JsonNode::asString)).containsExactlyInAnyOrder(InsightStream.SHARED, InsightStream.REMOVED);
    }

    @Test
    void eachMessageNamesTheSchemaOfItsTypeAndCurrentRevision() throws IOException {
        JsonNode messages = asyncApi().at("/components/messages");

        assertThat(messages.at("/SharedStory/payload/schema/$ref").asString())
                .isEqualTo("./" + schemaFile(InsightStream.SHARED, InsightStream.SHARED_REVISION));
        assertThat(messages.at("/SharedStoryRemoved/payload/schema/$ref").asString())
                .isEqualTo("./" + schemaFile(InsightStream.REMOVED, InsightStream.REMOVED_REVISION));
        assertThat(InsightStream.SHARED_REVISION).isEqualTo(SharedStory.class.getAnnotation(Revision.class).value());
        assertThat(schema(InsightStream.REMOVED, InsightStream.REMOVED_REVISION).get("type").asString())
                .isEqualTo("null");
    }

    @Test
    void theSharedStorySchemaSaysWhatTheRecordIs() throws IOException {
        JsonNode published = withoutWords(schema(InsightStream.SHARED, InsightStream.SHARED_REVISION));

        assertThat(published).isEqualTo(RecordSchema.of(SharedStory.class));
    }

    @Test
    void aSharedStoryAsSentMatchesItsSchema() throws IOException {
        JsonNode schema = schema(InsightStream.SHARED, InsightStream.SHARED_REVISION);
        SharedStory story = new SharedStory(StoryId.random(), 4, new PlaceCode("LEWISHAM"),
                List.of(new ServiceAreaCode("MATERNITY")), List.of(new ThemeCode("ACCESS")), Feeling.MIXED, "pl",
                Instant.parse("2026-11-02T10:15:30Z"), Instant.parse("2026-11-03T09:00:00Z"), null, true, false,
                new SealedText("published-1", "AAAA"), List.of(new SharedStory.Response("Lewisham ICB",
                        "We changed the rota", Instant.parse("2026-11-20T12:00:00Z"), UUID.randomUUID(), null)));

        JsonNode sent = KernelJson.mapper().readTree(KernelJson.mapper().writeValueAsString(story));

        assertThat(SchemaCheck.problems(sent, schema)).isEmpty();
        assertThat(KernelJson.mapper().treeToValue(sent, SharedStory.class)).isEqualTo(story);
    }

    @Test
    void theCheckFindsWhatASubscriberWouldTripOver() throws IOException {
        JsonNode schema = schema(InsightStream.SHARED, InsightStream.SHARED_REVISION);
        ObjectNode wrong = (ObjectNode) KernelJson.mapper().readTree("{\"storyId\":\"not-a-uuid\",\"version\":\"4\","
                + "\"feeling\":\"ANGRY\",\"name\":\"Ada\"}");

        assertThat(SchemaCheck.problems(wrong, schema)).contains("$.storyId: \"not-a-uuid\" is not a uuid",
                "$.version: string where the schema says [integer]", "$.name: not in the schema", "$.place: missing")
                .anyMatch(problem -> problem.startsWith("$.feeling: \"ANGRY\" is not one of"));
    }

    private static String schemaFile(String type, String revision) {
        return "schemas/" + type + "-" + revision + ".schema.json";
    }

    private static JsonNode schema(String type, String revision) throws IOException {
        return KernelJson.mapper().readTree(DOCS.resolve(schemaFile(type, revision)).toFile());
    }

    private static JsonNode asyncApi() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCS.resolve("insight-stories.yaml"))) {
            Map<String, Object> document = new Yaml().load(reader);
            return KernelJson.mapper().valueToTree(document);
        }
    }

    private static JsonNode withoutWords(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            WORDS.forEach(object::remove);
        }
        node.forEach(InsightStreamContractTest::strip);
    }
}
