package org.chorus.command.storyteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.Stories;
import tools.jackson.databind.JsonNode;

/** A story a champion submitted through the API, with the reference and receipt code the storyteller was given. */
public record SubmittedStory(String id, String reference, String receiptCode) {

    /** Submits a story whose storyteller can be reached at {@code contact}, with the given consent. */
    public static SubmittedStory submit(Api api, String contact, Map<String, Object> consent) {
        Map<String, Object> story = Stories.submission("Self-service " + UUID.randomUUID(), "Words only I may read");
        @SuppressWarnings("unchecked")
        Map<String, Object> storyteller = (Map<String, Object>) story.get("storyteller");
        storyteller.put("contact", contact);
        story.put("consent", consent);
        Api.Reply submitted = api.post("champion", "/api/v1/stories", Api.json(story));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode body = submitted.json();
        return new SubmittedStory(body.get("id").asText(), body.get("reference").asText(),
                body.get("receiptCode").asText());
    }

    public static SubmittedStory submit(Api api) {
        return submit(api, "ayesha@example.org", Stories.consent(true));
    }

    /** The moderator approves it and an analyst records a response; answers the response body. */
    public String approveAndRespond(Api api, String response) {
        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/moderation",
                Api.json(Map.of("decision", "APPROVE"))).status()).isEqualTo(202);
        respond(api, response);
        return response;
    }

    public void respond(Api api, String response) {
        Api.Reply responded = api.post("analyst", "/api/v1/stories/" + id + "/responses",
                Api.json(Map.of("body", response)));
        assertThat(responded.status()).as(responded.body()).isEqualTo(202);
    }

    public String pair() {
        return Api.json(Map.of("reference", reference, "receiptCode", receiptCode));
    }
}
