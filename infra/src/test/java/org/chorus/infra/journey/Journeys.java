package org.chorus.infra.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.infra.e2e.EnginesTestBase;
import org.chorus.infra.e2e.ServiceProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * A champion's story from the web form to the ICB insight feed and out again, through both services as separate
 * processes on real engines: ciphertext in PostgreSQL and on Kafka, plaintext only in the approved read model, and
 * after withdrawal nothing left anywhere the test can read. Subclasses choose where the engines come from.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
abstract class StoryJourney extends EnginesTestBase {
  private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(CH-[0-9A-Z-]+)<");

  @Test
  void aStoryTravelsFromTheFormToTheInsightFeedAndWithdrawalErasesItEverywhere() throws Exception {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "");
    try (ServiceProcesses services = startServices()) {
      JsonApi command = new JsonApi(services.commandUrl());
      JsonApi query = new JsonApi(services.queryUrl());
      PlaintextSearch search = new PlaintextSearch(engines());

      Browser champion = new Browser(services.commandUrl());
      champion.signIn("champion");
      HttpResponse<String> confirmation = champion.submit("/stories/new", "/stories/new", Map.ofEntries(
          Map.entry("title", "Title " + canary), Map.entry("narrative", "Narrative " + canary + " about the clinic."),
          Map.entry("place", "LEWISHAM"), Map.entry("serviceAreas", "MATERNITY"), Map.entry("language", "en"),
          Map.entry("channel", "CHAMPION_INTERVIEW"), Map.entry("feeling", "MIXED"),
          Map.entry("storytellerName", "Name " + canary), Map.entry("storytellerContact", canary + "@example.org"),
          Map.entry("consentAnalysis", "true"), Map.entry("consentQuote", "true"), Map.entry("consentBasis", "SELF")));
      assertThat(confirmation.statusCode()).isEqualTo(200);
      Matcher reference = REFERENCE.matcher(confirmation.body());
      assertThat(reference.find()).as("the confirmation shows a reference").isTrue();
      JsonNode mine = command.get("champion", "/api/v1/my/stories").json();
      String id = find(mine, reference.group(1)).get("id").asText();

      assertThat(search.inPostgres("Narrative " + canary)).as("event store and key store hold ciphertext only").isEmpty();
      assertThat(search.inPostgres(canary)).isEmpty();
      assertThat(search.inPostgres(reference.group(1))).as("the search finds what is stored in clear").isNotEmpty();
      long[] read = {0};
      assertThat(search.inKafka(canary, read)).isEmpty();

      assertThat(command.post("moderator", "/api/v1/stories/" + id + "/moderation",
          Map.of("decision", "APPROVE")).status()).isEqualTo(202);
      JsonApi.Reply visible = query.get("analyst", "/api/v1/insights/stories/" + id + "?minVersion=1");
      assertThat(visible.status()).isEqualTo(200);
      assertThat(visible.json().get("title").asText()).isEqualTo("Title " + canary);
      assertThat(visible.json().get("quotable").asBoolean()).isTrue();
      assertThat(visible.body()).doesNotContain("Name " + canary).doesNotContain("@example.org");
      assertThat(query.get("analyst", "/api/v1/insights/feed?place=LEWISHAM&q=" + canary).body()).contains(id);
      assertThat(search.inMongo(canary)).as("the approved, redacted version is readable in the read model").isNotEmpty();

      assertThat(command.post("analyst", "/api/v1/stories/" + id + "/codes", Map.of("add", List.of("ACCESS")))
          .status()).isEqualTo(202);
      assertThat(command.post("analyst", "/api/v1/stories/" + id + "/responses",
          Map.of("body", "Interpreters are now booked with every appointment.")).status()).isEqualTo(202);
      JsonNode coded = query.get("analyst", "/api/v1/insights/stories/" + id + "?minVersion=3").json();
      assertThat(coded.get("themes").toString()).contains("ACCESS");
      assertThat(coded.get("responses").get(0).get("organisation").asText()).isEqualTo("South East London ICB");
      assertThat(query.get("analyst", "/api/v1/insights/themes?theme=ACCESS").body()).contains("ACCESS");

      JsonApi.Reply withdrawn = command.post("champion", "/api/v1/stories/" + id + "/withdrawal", Map.of());
      assertThat(withdrawn.status()).isEqualTo(202);
      long version = withdrawn.json().get("version").asLong();
      assertThat(query.get("analyst", "/api/v1/insights/stories/" + id + "?minVersion=" + version).status())
          .isEqualTo(404);
      assertThat(query.get("analyst", "/api/v1/insights/feed?q=" + canary).json().get("items")).isEmpty();

      assertThat(search.inPostgres(canary)).as("PostgreSQL after withdrawal").isEmpty();
      read[0] = 0;
      assertThat(search.inKafka(canary, read)).as("Kafka after withdrawal").isEmpty();
      assertThat(read[0]).as("records read from Kafka").isGreaterThanOrEqualTo(5);
      assertThat(search.inMongo(canary)).as("MongoDB after withdrawal").isEmpty();
      assertThat(services.commandLog().contains(canary)).as("command-service log").isFalse();
      assertThat(services.queryLog().contains(canary)).as("query-service log").isFalse();
    }
  }

  private static JsonNode find(JsonNode stories, String reference) {
    for (JsonNode story : stories) {
      if (reference.equals(story.get("reference").asText())) {
        return story;
      }
    }
    throw new AssertionError("story " + reference + " not in my stories: " + stories);
  }
}
