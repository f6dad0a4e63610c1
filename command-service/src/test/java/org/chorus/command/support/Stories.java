package org.chorus.command.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Story submissions for tests, as JSON-ready maps a test can bend out of shape. */
public final class Stories {
    private Stories() {
    }

    /** Submits a story as the dev champion and approves it as the dev moderator, both answered 202; its id. */
    public static String approved(Api api, String title, String narrative) {
        Api.Reply reply = api.post("champion", "/api/v1/stories", Api.json(submission(title, narrative)));
        assertThat(reply.status()).isEqualTo(202);
        String id = reply.json().get("id").asText();
        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/moderation",
                Api.json(Map.of("decision", "APPROVE"))).status()).isEqualTo(202);
        return id;
    }

    public static Map<String, Object> submission(String title, String narrative) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("title", title);
        story.put("narrative", narrative);
        story.put("place", "LEWISHAM");
        story.put("serviceAreas", List.of("MATERNITY"));
        story.put("language", "en");
        story.put("channel", "CHAMPION_INTERVIEW");
        story.put("feeling", "MIXED");
        Map<String, Object> storyteller = new LinkedHashMap<>();
        storyteller.put("name", "Ayesha Storyteller");
        storyteller.put("contact", "ayesha@example.org");
        storyteller.put("ageBand", "25_34");
        storyteller.put("postcodeDistrict", "SE13");
        story.put("storyteller", storyteller);
        story.put("consent", consent(true));
        return story;
    }

    public static Map<String, Object> consent(boolean analysis) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("analysis", analysis);
        consent.put("quote", true);
        consent.put("publish", false);
        consent.put("contact", false);
        consent.put("equalityMonitoring", false);
        consent.put("wordingVersion", "2026-11");
        consent.put("basis", "SELF");
        return consent;
    }
}
