package org.chorus.command.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rejected stories are shredded once they have been rejected longer than {@code chorus.retention.rejected-after}
 * (30 days by default), with the retention job's clock moved forward; approved stories never are.
 */
@IntegrationTest
class RetentionIntegrationTest extends ServiceTest {
    @Autowired
    StoryDirectory directory;
    @Autowired
    CommandGateway commands;
    @Autowired
    RetentionProperties properties;

    @Test
    void theRetentionPeriodForRejectedStoriesIsThirtyDaysByDefault() {
        assertThat(properties.rejectedAfter()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aStoryRejected31DaysAgoIsShreddedOneRejected29DaysAgoIsNotAndAnApprovedOneNever() {
        Instant now = Instant.now();
        String old = submit("Rejected long ago");
        String recent = submit("Rejected lately");
        String approved = submit("Approved long ago");
        moderate(old, "REJECT");
        moderate(approved, "APPROVE");
        eventsAt(now.plus(Duration.ofDays(2)), () -> moderate(recent, "REJECT"));

        int shredded = job(now.plus(Duration.ofDays(31))).shredDue();

        assertThat(shredded).isPositive();
        assertThat(keysOf(old)).isZero();
        assertThat(jdbc.queryForList("SELECT reason FROM erasure_ledger WHERE owner_id = ?::uuid", String.class, old))
                .containsExactly("RETENTION");
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%StoryShreddedEvent'", String.class, old))
                .contains("RETENTION");
        Api.Reply dossier = api.get("moderator", "/api/v1/moderation/stories/" + old);
        assertThat(dossier.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(dossier.json().get("narrative").isNull()).isTrue();
        assertThat(api.post("champion", "/api/v1/stories/" + old + "/withdrawal", "{}").status()).isEqualTo(409);
        assertThat(api.put("champion", "/api/v1/stories/" + old + "/consent", Api.json(Stories.consent(true)))
                .status()).isEqualTo(409);
        assertThat(api.get("champion", "/api/v1/my/stories").body()).doesNotContain("Rejected long ago");

        assertThat(keysOf(recent)).isPositive();
        assertThat(status(recent)).isEqualTo("REJECTED");
        assertThat(keysOf(approved)).isPositive();
        assertThat(status(approved)).isEqualTo("APPROVED");

        job(now.plus(Duration.ofDays(3650))).shredDue();
        assertThat(keysOf(recent)).as("its own 30 days have run out too").isZero();
        assertThat(keysOf(approved)).as("an approved story is never shredded by retention").isPositive();
    }

    @Test
    void aShreddedStoryIsNotShreddedTwice() {
        String story = submit("Shred once");
        moderate(story, "REJECT");
        RetentionJob later = job(Instant.now().plus(Duration.ofDays(31)));
        later.shredDue();
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, story);

        later.shredDue();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, story)).isEqualTo(events);
    }

    private RetentionJob job(Instant at) {
        return new RetentionJob(directory, commands, properties, Clock.fixed(at, ZoneOffset.UTC));
    }

    // the moderation event is stamped as if it happened at {@code at}
    private static void eventsAt(Instant at, Runnable action) {
        Clock real = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(at, ZoneOffset.UTC);
        try {
            action.run();
        } finally {
            GenericEventMessage.clock = real;
        }
    }

    private String submit(String title) {
        Api.Reply reply = api.post("champion", "/api/v1/stories",
                Api.json(Stories.submission(title, "Words " + UUID.randomUUID())));
        assertThat(reply.status()).isEqualTo(202);
        return reply.json().get("id").asText();
    }

    private void moderate(String id, String decision) {
        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/moderation",
                Api.json(Map.of("decision", decision, "redactions", List.of()))).status()).isEqualTo(202);
    }

    private int keysOf(String owner) {
        return jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE owner_id = ?::uuid", Integer.class,
                owner);
    }

    private String status(String id) {
        return jdbc.queryForObject("SELECT status FROM story_directory WHERE story_id = ?::uuid", String.class, id);
    }
}
