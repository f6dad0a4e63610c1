package org.chorus.command.storyteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * With contact consent, a response to a story reaches its storyteller through the Notify client, at the Notify
 * stand-in of the local profile: once, by email or text message as the contact reads, and never without consent.
 */
@IntegrationTest
class ResponseNotificationIntegrationTest extends ServiceTest {
    @Autowired
    ResponseNotifier notifier;
    @Autowired
    EventStore events;
    @Value("${chorus.notify.templates.response-email}")
    String emailTemplate;
    @Value("${chorus.notify.templates.response-sms}")
    String smsTemplate;


    private static Map<String, Object> consent(boolean contact) {
        Map<String, Object> consent = new LinkedHashMap<>(Stories.consent(true));
        consent.put("contact", contact);
        return consent;
    }

    /** What the stand-in received for this story, as the test can see it over HTTP. */
    private List<JsonNode> sentFor(SubmittedStory story) {
        Api.Reply received = api.get(null, "/notify-stub/v2/notifications");
        assertThat(received.status()).isEqualTo(200);
        return StreamSupport.stream(received.json().spliterator(), false)
                .filter(n -> story.reference().equals(n.get("personalisation").path("reference").asText()))
                .toList();
    }

    private List<JsonNode> awaitSentFor(SubmittedStory story) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<JsonNode> sent = sentFor(story);
        while (sent.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            sent = sentFor(story);
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private DomainEventMessage<StoryResponseRecordedEvent> responseEvent(SubmittedStory story) {
        return (DomainEventMessage<StoryResponseRecordedEvent>) events.readEvents(story.id()).asStream()
                .filter(e -> e.getPayload() instanceof StoryResponseRecordedEvent).findFirst().orElseThrow();
    }

    @Test
    void aResponseIsEmailedOnceEvenWhenTheHandlerRunsAgain() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api, "ayesha@example.org", consent(true));
        story.approveAndRespond(api, "We opened a Saturday clinic.");

        List<JsonNode> sent = awaitSentFor(story);
        DomainEventMessage<StoryResponseRecordedEvent> event = responseEvent(story);
        notifier.on(event.getPayload(), event.getIdentifier());

        assertThat(sent).hasSize(1);
        JsonNode email = sent.get(0);
        assertThat(email.get("kind").asText()).isEqualTo("email");
        assertThat(email.get("templateId").asText()).isEqualTo(emailTemplate);
        assertThat(email.get("to").asText()).isEqualTo("ayesha@example.org");
        assertThat(email.get("personalisation").get("organisation").asText()).isEqualTo("South East London ICB");
        assertThat(email.get("personalisation").get("response").asText()).isEqualTo("We opened a Saturday clinic.");
        assertThat(email.get("reference").asText()).isEqualTo(event.getIdentifier());
        assertThat(sentFor(story)).as("the second run finds the event already sent").hasSize(1);
    }

    @Test
    void aPhoneNumberGetsATextMessage() throws Exception {
        SubmittedStory story = SubmittedStory.submit(api, "+44 7700 900123", consent(true));
        story.approveAndRespond(api, "Thank you, we are looking into it.");

        List<JsonNode> sent = awaitSentFor(story);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("kind").asText()).isEqualTo("sms");
        assertThat(sent.get(0).get("templateId").asText()).isEqualTo(smsTemplate);
        assertThat(sent.get(0).get("to").asText()).isEqualTo("+44 7700 900123");
    }

    @Test
    void withoutContactConsentNothingIsSent() throws Exception {
        SubmittedStory silent = SubmittedStory.submit(api, "quiet@example.org", consent(false));
        silent.approveAndRespond(api, "A response nobody is told about.");
        SubmittedStory later = SubmittedStory.submit(api, "later@example.org", consent(true));
        later.approveAndRespond(api, "A later response.");

        assertThat(awaitSentFor(later)).as("events are handled in order: the earlier one was handled").hasSize(1);
        assertThat(sentFor(silent)).isEmpty();
    }
}
