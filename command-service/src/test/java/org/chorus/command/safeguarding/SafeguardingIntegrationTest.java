package org.chorus.command.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A moderator escalates a story: the safeguarding lead is alerted once, without a word of the story, and the alert
 * waits on the safeguarding queue until a lead acknowledges it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SafeguardingIntegrationTest extends ServiceTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void anEscalationAlertsTheLeadOnceWithNoContentEvenWhenTheEventIsHandledAgain() throws Exception {
        String canary = "canary-" + UUID.randomUUID();
        String id = escalate("Title " + canary, "Narrative " + canary, "Reason " + canary);
        String reference = jdbc.queryForObject("SELECT reference FROM story_directory WHERE story_id = ?::uuid",
                String.class, id);

        awaitNotifications(id, 1);
        Map<String, Object> notification = jdbc.queryForMap("SELECT email, message FROM safeguarding_notification"
                + " WHERE story_id = ?::uuid", id);
        assertThat(notification.get("email")).isEqualTo("safeguarding-lead@example.org");
        assertThat((String) notification.get("message")).contains(reference).contains("LEWISHAM")
                .contains("/moderation/stories/" + id).doesNotContain(canary).doesNotContain("Ayesha");
        Api.Reply notify = api.get(null, "/notify-stub/v2/notifications");
        assertThat(notify.status()).isEqualTo(200);
        List<JsonNode> toLead = StreamSupport.stream(notify.json().spliterator(), false)
                .filter(sent -> ("safeguarding-" + id).equals(sent.path("reference").asText())).toList();
        assertThat(toLead).as("one email to the lead through Notify").hasSize(1);
        assertThat(toLead.get(0).get("to").asText()).isEqualTo("safeguarding-lead@example.org");
        assertThat(toLead.get(0).get("personalisation").get("reference").asText()).isEqualTo(reference);
        assertThat(toLead.get(0).toString()).doesNotContain(canary).doesNotContain("Ayesha");

        replaySafeguardingEvents();
        String later = escalate("Later " + canary, "n", "r");
        awaitNotifications(later, 1);

        assertThat(count("safeguarding_alert", id)).isEqualTo(1);
        assertThat(count("safeguarding_notification", id)).as("a redelivered escalation sends nothing again")
                .isEqualTo(1);
    }

    @Test
    void theSafeguardingQueueListsOpenAlertsOldestFirstUntilAcknowledged() throws Exception {
        String first = escalate("First " + UUID.randomUUID(), "n", "r");
        String second = escalate("Second " + UUID.randomUUID(), "n", "r");
        awaitNotifications(second, 1);
        awaitNotifications(first, 1);

        String page = page("safeguarding");
        assertThat(page).contains("/moderation/stories/" + first).contains("/moderation/stories/" + second);
        assertThat(page.indexOf(first)).isLessThan(page.indexOf(second));

        mvc.perform(post("/moderation/safeguarding/" + first + "/acknowledgement")
                .with(user("safeguarding").roles("MODERATOR")).with(csrf()));

        assertThat(page("safeguarding")).doesNotContain(first).contains(second);
        assertThat(jdbc.queryForObject("SELECT acknowledged_by FROM safeguarding_alert WHERE story_id = ?::uuid",
                String.class, first)).isEqualTo("safeguarding");
    }

    @Test
    void aModeratorWhoIsNotASafeguardingLeadFindsNoQueue() throws Exception {
        int status = mvc.perform(get("/moderation/safeguarding").with(user("moderator").roles("MODERATOR")))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(404);
    }

    private String escalate(String title, String narrative, String reason) {
        String id = api.post("champion", "/api/v1/stories", Api.json(Stories.submission(title, narrative)))
                .json().get("id").asText();
        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/moderation",
                Api.json(Map.of("decision", "ESCALATE", "reason", reason))).status()).isEqualTo(202);
        return id;
    }

    private String page(String login) throws Exception {
        return mvc.perform(get("/moderation/safeguarding").with(user(login).roles("MODERATOR")))
                .andReturn().getResponse().getContentAsString();
    }

    private void replaySafeguardingEvents() {
        StreamingEventProcessor processor = processing
                .eventProcessor(EscalationAlerter.GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private int count(String table, String id) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE story_id = ?::uuid", Integer.class, id);
    }

    private void awaitNotifications(String id, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (count("safeguarding_notification", id) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(count("safeguarding_notification", id)).isEqualTo(expected);
    }
}
