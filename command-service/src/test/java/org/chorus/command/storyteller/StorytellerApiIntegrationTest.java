package org.chorus.command.storyteller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A storyteller with only their reference and receipt code, and no account, calls the self-service API. Each test
 * calls from client addresses of its own, so the wrong pairs of one never throttle another.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StorytellerApiIntegrationTest extends ServiceTest {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerBackfill backfill;

    String address;

    @BeforeEach
    void setUp() {
        address = freshAddress();
    }

    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    record Reply(int status, String body, String retryAfter) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Reply call(MockHttpServletRequestBuilder request, String json, String from) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json)
                .with(r -> {
                    r.setRemoteAddr(from);
                    return r;
                })).andReturn().getResponse();
        return new Reply(response.getStatus(), response.getContentAsString(), response.getHeader("Retry-After"));
    }

    private Reply lookup(String json, String from) throws Exception {
        return call(post("/api/v1/storyteller/lookup"), json, from);
    }

    private static String pair(String reference, String receiptCode) {
        return Api.json(Map.of("reference", reference, "receiptCode", receiptCode));
    }

    private int eventsOf(String storyId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, storyId);
    }

    @Test
    void theRightPairShowsStatusConsentAndResponsesAndNothingElse() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api);
        story.approveAndRespond(api, "We opened a Saturday clinic in Lewisham.");
        String typedCasually = story.receiptCode().toLowerCase().replace("-", " ");

        Reply found = lookup(pair(" " + story.reference().toLowerCase(), typedCasually), address);

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode body = found.json();
        assertThat(body.get("reference").asText()).isEqualTo(story.reference());
        assertThat(body.get("status").asText()).isEqualTo("APPROVED");
        assertThat(body.get("consent").get("analysis").asBoolean()).isTrue();
        assertThat(body.get("consent").get("quote").asBoolean()).isTrue();
        assertThat(body.get("consent").get("contact").asBoolean()).isFalse();
        assertThat(body.get("responses")).hasSize(1);
        assertThat(body.get("responses").get(0).get("organisation").asText()).isEqualTo("South East London ICB");
        assertThat(body.get("responses").get(0).get("body").asText()).isEqualTo("We opened a Saturday clinic in Lewisham.");
        assertThat(body.get("responses").get(0).get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.+Z");
        assertThat(found.body()).doesNotContain("Self-service").doesNotContain("Words only I may read")
                .doesNotContain("Ayesha").doesNotContain("ayesha@example.org").doesNotContain(story.id());
    }

    @Test
    void everyWrongPairIsTheSame404() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api);
        SubmittedStory other = SubmittedStory.submit(api);

        Reply unknown = lookup(pair("CH-0000-0000", story.receiptCode()), address);
        Reply wrongCode = lookup(pair(story.reference(), other.receiptCode()), address);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(wrongCode.body()).isEqualTo(unknown.body()).doesNotContain(story.reference());
        assertThat(unknown.json().get("detail").asText()).isEqualTo("No such object.");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndStoresNothing() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api);
        int events = eventsOf(story.id());

        Reply empty = lookup("{}", address);
        Reply malformed = lookup(pair("XY-12", "1234"), address);
        Map<String, Object> halfConsent = new LinkedHashMap<>(Stories.consent(true));
        halfConsent.remove("quote");
        Reply badConsent = call(put("/api/v1/storyteller/consent"), Api.json(Map.of("reference", story.reference(),
                "receiptCode", story.receiptCode(), "consent", halfConsent)), address);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"reference\"").contains("\"field\":\"receiptCode\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"reference\"").contains("\"field\":\"receiptCode\"")
                .doesNotContain("XY-12");
        assertThat(badConsent.status()).isEqualTo(400);
        assertThat(badConsent.body()).contains("\"field\":\"consent.quote\"");
        assertThat(eventsOf(story.id())).isEqualTo(events);
    }

    @Test
    void aConsentChangeReachesTheStoryAndShowsAtTheNextLookup() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api);
        Map<String, Object> consent = new LinkedHashMap<>(Stories.consent(true));
        consent.put("quote", false);
        consent.put("contact", true);
        String change = Api.json(Map.of("reference", story.reference(), "receiptCode", story.receiptCode(),
                "consent", consent));

        Reply changed = call(put("/api/v1/storyteller/consent").header("Idempotency-Key", "consent-1"), change, address);
        Reply retried = call(put("/api/v1/storyteller/consent").header("Idempotency-Key", "consent-1"), change, address);

        assertThat(changed.status()).as(changed.body()).isEqualTo(202);
        assertThat(changed.json().get("id").asText()).isEqualTo(story.id());
        assertThat(changed.json().get("version").asLong()).isPositive();
        assertThat(retried.body()).isEqualTo(changed.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%StoryConsentChangedEvent'", Integer.class, story.id())).isEqualTo(1);
        JsonNode after = lookup(story.pair(), address).json().get("consent");
        assertThat(after.get("quote").asBoolean()).isFalse();
        assertThat(after.get("contact").asBoolean()).isTrue();
        assertThat(after.get("analysis").asBoolean()).isTrue();
    }

    @Test
    void withdrawalErasesTheStoryAndThePairStopsWorking() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api);
        story.approveAndRespond(api, "Thank you, we are looking into it.");

        Reply withdrawn = call(post("/api/v1/storyteller/withdrawal"), story.pair(), address);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(202);
        assertThat(withdrawn.json().get("id").asText()).isEqualTo(story.id());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE owner_id = ?::uuid",
                Integer.class, story.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number DESC LIMIT 1", String.class, story.id())).endsWith("StoryWithdrawnEvent");
        assertThat(lookup(story.pair(), address).status()).isEqualTo(404);
        assertThat(call(post("/api/v1/storyteller/withdrawal"), story.pair(), address).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM storyteller_response WHERE story_id = ?::uuid",
                Integer.class, story.id())).isZero();
    }

    @Test
    void repeatedWrongPairsAreThrottledByAddressAndByReference() throws Exception {
        SubmittedStory target = SubmittedStory.submit(api);
        SubmittedStory elsewhere = SubmittedStory.submit(api);
        String guesser = address;
        String bystander = freshAddress();

        for (int guess = 0; guess < 5; guess++) {
            assertThat(lookup(pair(target.reference(), "0000-0000-000" + guess), guesser).status()).isEqualTo(404);
        }
        Reply throttled = lookup(pair(target.reference(), "0000-0000-0009"), guesser);
        Reply rightPairWhileThrottled = lookup(target.pair(), guesser);
        Reply otherStoryFromGuesser = lookup(elsewhere.pair(), guesser);
        Reply bystanderOwnStory = lookup(elsewhere.pair(), bystander);
        Reply bystanderGuessedReference = lookup(target.pair(), bystander);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.retryAfter())).isBetween(1L, 15 * 60L);
        assertThat(throttled.body()).contains("Too many");
        assertThat(rightPairWhileThrottled.status()).as("the right pair is refused too while throttled").isEqualTo(429);
        assertThat(otherStoryFromGuesser.status()).as("the address is throttled").isEqualTo(429);
        assertThat(bystanderOwnStory.status()).as("another address is unaffected").isEqualTo(200);
        assertThat(bystanderGuessedReference.status()).as("the guessed reference is throttled").isEqualTo(429);
        assertThat(bystanderGuessedReference.retryAfter()).isNotNull();
    }

    @Test
    void successesDoNotCountTowardsTheThrottle() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api);

        for (int look = 0; look < 8; look++) {
            assertThat(lookup(story.pair(), address).status()).isEqualTo(200);
        }
        for (int guess = 0; guess < 4; guess++) {
            lookup(pair(story.reference(), "0000-0000-000" + guess), address);
        }

        assertThat(lookup(story.pair(), address).status()).isEqualTo(200);
    }

    @Test
    void storiesToldBeforeTheLedgerAreFilledInAtStartUp() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api);
        story.approveAndRespond(api, "Told before self-service existed.");
        jdbc.update("DELETE FROM storyteller_response WHERE story_id = ?::uuid", story.id());
        jdbc.update("DELETE FROM storyteller_ledger WHERE story_id = ?::uuid", story.id());
        assertThat(backfill.missing()).contains(UUID.fromString(story.id()));

        backfill.run(null);

        Reply found = lookup(story.pair(), address);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(found.json().get("responses").get(0).get("body").asText()).isEqualTo("Told before self-service existed.");
        assertThat(backfill.missing()).doesNotContain(UUID.fromString(story.id()));
    }
}
