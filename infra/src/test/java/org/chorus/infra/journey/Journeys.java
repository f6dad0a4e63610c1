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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * What users do, end to end, through both services as separate processes on real engines. A champion's story goes
 * from the web form to the ICB insight feed and out again: ciphertext in PostgreSQL and on Kafka, plaintext only in
 * the approved read model, and after withdrawal nothing left anywhere the test can read. A facilitator runs a
 * co-design session and replays it from query-service. Subclasses choose where the engines come from.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
abstract class Journeys extends EnginesTestBase {
  private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(CH-[0-9A-Z-]+)<");
  private @Nullable ServiceProcesses running;

  @BeforeAll
  void startBothServices() throws Exception {
    running = startServices();
  }

  @AfterAll
  void stopBothServices() throws Exception {
    if (running != null) {
      running.close();
    }
  }

  private ServiceProcesses services() {
    if (running == null) {
      throw new IllegalStateException("services are not running");
    }
    return running;
  }

  @Test
  void aStoryTravelsFromTheFormToTheInsightFeedAndWithdrawalErasesItEverywhere() throws Exception {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "");
    ServiceProcesses services = services();
    JsonApi command = new JsonApi(services.commandUrl());
    JsonApi query = new JsonApi(services.queryUrl());
    PlaintextSearch search = new PlaintextSearch(engines());

    Browser champion = new Browser(services.commandUrl());
    champion.signIn("champion");
    HttpResponse<String> confirmation = champion.submit("/stories/new", "/stories/new", Map.ofEntries(
        Map.entry("title", "Title " + canary), Map.entry("narrative", longNarrative(canary)),
        Map.entry("place", "LEWISHAM"), Map.entry("serviceAreas", "MATERNITY"), Map.entry("language", "en"),
        Map.entry("channel", "CHAMPION_INTERVIEW"), Map.entry("feeling", "MIXED"),
        Map.entry("storytellerName", "Name " + canary), Map.entry("storytellerContact", canary + "@example.org"),
        Map.entry("ageBand", "35_44"), Map.entry("postcodeDistrict", "SE13"),
        Map.entry("consentAnalysis", "true"), Map.entry("consentQuote", "true"), Map.entry("consentBasis", "SELF")));
    assertThat(confirmation.statusCode()).isEqualTo(200);
    Matcher reference = REFERENCE.matcher(confirmation.body());
    assertThat(reference.find()).as("the confirmation shows a reference").isTrue();
    JsonNode mine = command.get("champion", "/api/v1/my/stories").json();
    String id = find(mine, reference.group(1)).get("id").asText();

    assertThat(search.inPostgres("Narrative " + canary)).as("event store and key store hold ciphertext only").isEmpty();
    assertThat(search.inPostgres(canary)).isEmpty();
    assertThat(search.inPostgres(reference.group(1))).as("the search finds what is stored in clear").isNotEmpty();
    assertThat(search.toastedTables()).as("the long narrative's ciphertext is stored out of line").isNotEmpty();
    assertThat(search.inPostgres(id)).as("the search reads TOASTed values: the story id in the submission event")
        .contains("public.domain_event_entry.payload");
    assertThat(command.postRaw("champion", "/api/v1/stories", "{\"title\": \"Title " + canary + "\", \"narrative\": ")
        .status()).as("malformed JSON carrying the canary").isEqualTo(400);
    assertThat(command.post("champion", "/api/v1/stories", Map.of("title", "Title " + canary, "narrative", "Words",
        "place", "LEWISHAM", "serviceAreas", List.of("MATERNITY"), "language", "en", "channel", "CHANNEL_" + canary,
        "feeling", "FEELING_" + canary, "consent", Map.of("analysis", true, "basis", "SELF"))).status())
        .as("an unknown enum value carrying the canary").isEqualTo(400);
    query.get("analyst", "/api/v1/insights/feed?place=" + canary + "&feeling=" + canary);
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

  // about 15,000 characters with the canary all through it: the sealed event payload is TOASTed
  private static String longNarrative(String canary) {
    StringBuilder narrative = new StringBuilder("Narrative " + canary + " about the clinic.");
    while (narrative.length() < 15_000) {
      narrative.append(" We waited for hours and nobody explained why ").append(canary).append('.');
    }
    return narrative.toString();
  }

  @Test
  void equalityAnswersAreCountedOnlyAsSuppressedAggregatesAndWithdrawalErasesThem() throws Exception {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "");
    ServiceProcesses services = services();
    JsonApi command = new JsonApi(services.commandUrl());
    JsonApi query = new JsonApi(services.queryUrl());
    PlaintextSearch search = new PlaintextSearch(engines());

    JsonApi.Reply submitted = command.post("champion", "/api/v1/stories", Map.of(
        "title", "Waiting room", "narrative", "Nobody explained the wait.", "place", "LEWISHAM",
        "serviceAreas", List.of("MATERNITY"), "language", "en", "channel", "CHAMPION_INTERVIEW", "feeling", "MIXED",
        "storyteller", Map.of("name", "Name " + canary, "contact", canary + "@example.org", "ageBand", "25_34",
            "equality",
            Map.of("ethnicity", "WHITE_BRITISH", "gender", "Gender " + canary, "disability", true)),
        "consent", Map.of("analysis", true, "quote", false, "publish", false, "contact", false,
            "equalityMonitoring", true, "wordingVersion", "2026-11", "basis", "SELF")));
    assertThat(submitted.status()).isEqualTo(202);
    String id = submitted.json().get("id").asText();
    JsonApi.Reply approved = command.post("moderator", "/api/v1/stories/" + id + "/moderation",
        Map.of("decision", "APPROVE"));
    assertThat(approved.status()).isEqualTo(202);
    assertThat(approved.json().get("version").asLong()).as("approved, then the profile shared").isEqualTo(2);
    assertThat(query.get("analyst", "/api/v1/insights/stories/" + id + "?minVersion=2").status()).isEqualTo(200);

    assertThat(eventually(() -> search.inMongo(id).stream().anyMatch(hit -> hit.endsWith("equality_profiles/" + id))))
        .as("the profile opened with its released key and counted").isTrue();
    JsonApi.Reply equality = query.get("lead", "/api/v1/insights/equality?place=LEWISHAM");
    assertThat(equality.status()).isEqualTo(200);
    assertThat(equality.json().get("suppressed").asBoolean()).as("one storyteller is never shown").isTrue();
    assertThat(equality.body()).doesNotContain(canary).doesNotContain("WHITE_BRITISH");
    assertThat(search.inMongo(canary)).as("only groups are kept, never what was typed").isEmpty();
    long[] read = {0};
    assertThat(search.inPostgres(canary)).isEmpty();
    assertThat(search.inKafka(canary, read)).isEmpty();

    JsonApi.Reply withdrawn = command.post("champion", "/api/v1/stories/" + id + "/withdrawal", Map.of());
    assertThat(withdrawn.status()).isEqualTo(202);
    assertThat(query.get("analyst", "/api/v1/insights/stories/" + id + "?minVersion="
        + withdrawn.json().get("version").asLong()).status()).isEqualTo(404);
    assertThat(eventually(() -> search.inMongo(id).stream().noneMatch(hit -> hit.contains("equality_profiles"))))
        .as("the profile is dropped on erasure").isTrue();
    assertThat(search.inPostgres(canary)).as("PostgreSQL after withdrawal").isEmpty();
    read[0] = 0;
    assertThat(search.inKafka(canary, read)).as("Kafka after withdrawal").isEmpty();
    assertThat(search.inMongo(canary)).as("MongoDB after withdrawal").isEmpty();
    assertThat(services.commandLog().contains(canary)).as("command-service log").isFalse();
    assertThat(services.queryLog().contains(canary)).as("query-service log").isFalse();
  }

  private static boolean eventually(Check check) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      if (check.holds()) {
        return true;
      }
      Thread.sleep(200);
    }
    return check.holds();
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  @Test
  void aFacilitatorRunsASessionAndItIsReplayedFromTheReadSideWithPowerSharingAndErasure() throws Exception {
    String canary = "canary" + UUID.randomUUID().toString().replace("-", "");
    ServiceProcesses services = services();
    JsonApi command = new JsonApi(services.commandUrl());
    JsonApi query = new JsonApi(services.queryUrl());
    PlaintextSearch search = new PlaintextSearch(engines());
    String story = command.post("champion", "/api/v1/stories", Map.of("title", "Evidence", "narrative", "n",
        "place", "LEWISHAM", "language", "en", "channel", "EVENT", "feeling", "NEGATIVE",
        "consent", Map.of("analysis", true, "quote", false, "publish", false, "contact", false,
            "equalityMonitoring", false, "wordingVersion", "2026-11"))).json().get("id").asText();
    command.post("moderator", "/api/v1/stories/" + story + "/moderation", Map.of("decision", "APPROVE"));

    String session = command.post("facilitator", "/api/v1/sessions", Map.of("title", "Maternity listening",
        "topic", "MATERNITY", "place", "LEWISHAM", "scheduledFor", "2026-12-01T10:00:00Z")).json().get("id").asText();
    String base = "/api/v1/sessions/" + session;
    command.post("facilitator", base + "/open", Map.of());
    String ayo = participant(command, base, "Ayo " + canary, "RESIDENT", true);
    String grace = participant(command, base, "Grace", "VCSE", false);
    String kim = participant(command, base, "Nurse Kim", "NHS", false);
    String contribution = command.post("facilitator", base + "/contributions", Map.of("participantId", ayo,
        "kind", "EXPERIENCE", "text", "No interpreter came " + canary, "evidenceStoryIds", List.of(story)))
        .json().get("contributionId").asText();
    String interpreters = command.post("facilitator", base + "/proposals", Map.of("participantId", ayo,
        "text", "Interpreters at booking", "contributionIds", List.of(contribution))).json().get("proposalId").asText();
    String longer = command.post("facilitator", base + "/proposals", Map.of("participantId", kim,
        "text", "Longer appointments")).json().get("proposalId").asText();
    vote(command, base, interpreters, kim, "OPPOSE");
    vote(command, base, interpreters, kim, "SUPPORT");
    vote(command, base, interpreters, grace, "SUPPORT");
    vote(command, base, longer, ayo, "ABSTAIN");
    String decision = command.post("facilitator", base + "/decisions", Map.of("proposalId", interpreters,
        "outcome", "ADOPTED", "rationale", "Most support it")).json().get("decisionId").asText();
    String action = command.post("facilitator", base + "/actions", Map.of("decisionId", decision,
        "description", "Book interpreters", "owner", "Maternity lead", "dueBy", "2027-01-31"))
        .json().get("actionId").asText();
    command.post("facilitator", base + "/close", Map.of());
    command.post("lead", base + "/actions/" + action + "/progress", Map.of("status", "IN_PROGRESS", "note", "started"));
    JsonApi.Reply erased = command.post("facilitator", base + "/participants/" + ayo + "/erasure", Map.of());
    assertThat(erased.json().get("version").asLong()).isEqualTo(16);

    JsonNode timeline = awaitTimeline(query, base, 17);
    assertThat(timeline.get(2).get("type").asText()).isEqualTo("ParticipantJoinedEvent");
    assertThat(timeline.get(2).get("data").get("displayName").asText()).isEqualTo("withdrawn participant");
    assertThat(timeline.get(3).get("data").get("displayName").asText()).isEqualTo("Grace");
    assertThat(timeline.toString()).doesNotContain(canary);

    JsonNode firstVote = query.get("facilitator", base + "/state?at=8").json();
    assertThat(tally(proposal(firstVote, interpreters))).isEqualTo(List.of(0, 1, 0));
    JsonNode changedVote = query.get("facilitator", base + "/state?at=9").json();
    assertThat(tally(proposal(changedVote, interpreters))).isEqualTo(List.of(1, 0, 0));
    assertThat(proposal(query.get("facilitator", base + "/state?at=11").json(), interpreters).hasNonNull("decision"))
        .as("no decision before event 12").isFalse();
    JsonNode latest = query.get("facilitator", base + "/state").json();
    assertThat(latest.get("status").asText()).isEqualTo("CLOSED");
    assertThat(proposal(latest, interpreters).get("decision").get("outcome").asText()).isEqualTo("ADOPTED");
    assertThat(latest.get("actions").get(0).get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(latest.get("decisions").get(0).get("evidenceStoryIds").toString()).contains(story);
    assertThat(query.get("facilitator", base + "/state?at=17").status()).isEqualTo(400);
    assertThat(query.get("facilitator", base + "/state?at=-1").status()).isEqualTo(400);

    JsonNode power = query.get("lead", base + "/power-sharing").json();
    assertThat(power.at("/roles/RESIDENT/attendance/count").asLong()).isEqualTo(1);
    assertThat(power.at("/roles/RESIDENT/attendance/share").asDouble()).isEqualTo(0.3333);
    assertThat(power.at("/roles/RESIDENT/contributions/share").asDouble()).isEqualTo(1.0);
    assertThat(power.at("/roles/RESIDENT/proposals/share").asDouble()).isEqualTo(0.5);
    assertThat(power.at("/roles/NHS/proposals/count").asLong()).isEqualTo(1);
    assertThat(power.at("/roles/RESIDENT/adoptedDecisions/count").asLong()).isEqualTo(1);
    assertThat(power.at("/roles/NHS/adoptedDecisions/count").asLong()).isZero();
    assertThat(power.at("/roles/LOCAL_AUTHORITY/attendance/count").asLong()).isZero();
    assertThat(power.at("/livedExperience/YES/attendance/share").asDouble()).isEqualTo(0.3333);

    JsonNode cited = query.get("analyst", "/api/v1/insights/stories/" + story).json().get("citedBy");
    assertThat(cited.toString()).contains(session).contains(decision);

    assertThat(search.inPostgres(canary)).as("PostgreSQL after erasure").isEmpty();
    long[] read = {0};
    assertThat(search.inKafka(canary, read)).as("Kafka after erasure").isEmpty();
    assertThat(search.inMongo(canary)).as("MongoDB after erasure").isEmpty();
    assertThat(services.commandLog().contains(canary)).isFalse();
    assertThat(services.queryLog().contains(canary)).isFalse();
  }

  @Test
  void threeChampionsReachFiveTimesTheirTargetAndTheProgressShowsIt() throws Exception {
    ServiceProcesses services = services();
    JsonApi command = new JsonApi(services.commandUrl());
    JsonApi query = new JsonApi(services.queryUrl());
    List<String> champions = new java.util.ArrayList<>();
    for (String login : List.of("champion", "champion2", "champion3")) {
      JsonApi.Reply registered = command.post("admin", "/api/v1/champions", Map.of("displayName", "Champion " + login,
          "organisation", "SEL Champions", "places", List.of("LEWISHAM"), "languages", List.of("en"), "login", login));
      assertThat(registered.status()).isEqualTo(202);
      champions.add(registered.json().get("id").asText());
    }
    String campaign = command.post("admin", "/api/v1/campaigns", Map.of("name", "Winter health checks",
        "theme", "ACCESS", "places", List.of("LEWISHAM"), "target", 600, "startsOn", "2026-11-01",
        "endsOn", "2027-02-28")).json().get("id").asText();
    for (String champion : champions) {
      assertThat(command.post("admin", "/api/v1/campaigns/" + campaign + "/champions", Map.of("championId", champion))
          .status()).isEqualTo(202);
    }
    String outreach = "/api/v1/campaigns/" + campaign + "/outreach";
    assertThat(command.post("champion", outreach, Map.of("date", "2026-11-02", "peopleReached", 1200,
        "venueType", "FAITH_SPACE")).status()).isEqualTo(202);
    assertThat(command.post("champion2", outreach, Map.of("date", "2026-11-03", "peopleReached", 900,
        "venueType", "ESTATE")).status()).isEqualTo(202);
    assertThat(command.post("champion3", outreach, Map.of("date", "2026-11-10", "peopleReached", 900,
        "venueType", "FAITH_SPACE", "notes", "Friday prayers")).status()).isEqualTo(202);
    String kept = campaignStory(command, "champion", campaign);
    String withdrawn = campaignStory(command, "champion", campaign);
    campaignStory(command, "champion2", campaign);
    assertThat(command.post("champion", "/api/v1/stories/" + withdrawn + "/withdrawal", Map.of()).status())
        .isEqualTo(202);

    JsonNode progress = awaitProgress(query, campaign, 3000, List.of(1, 1, 0));
    assertThat(progress.get("target").asInt()).isEqualTo(600);
    assertThat(progress.get("percent").decimalValue()).isEqualByComparingTo("500.00");
    assertThat(progress.get("byVenueType").get("FAITH_SPACE").asInt()).isEqualTo(2100);
    assertThat(progress.get("byVenueType").get("ESTATE").asInt()).isEqualTo(900);
    assertThat(progress.get("byWeek").get("2026-W45").asInt()).isEqualTo(2100);
    assertThat(progress.get("byWeek").get("2026-W46").asInt()).isEqualTo(900);
    assertThat(progress.get("byChampion").size()).isEqualTo(3);
    assertThat(progress.get("byChampion").get(0).get("championId").asText()).isEqualTo(champions.get(0));
    assertThat(progress.get("byChampion").get(0).get("reached").asInt()).isEqualTo(1200);
    assertThat(progress.get("byChampion").get(0).get("stories").asInt()).as("the withdrawn story stops counting")
        .isEqualTo(1);
    assertThat(progress.get("byChampion").get(1).get("stories").asInt()).isEqualTo(1);
    assertThat(progress.get("byChampion").get(2).get("reached").asInt()).isEqualTo(900);
    assertThat(query.get("champion3", "/api/v1/campaigns/" + campaign + "/progress").status())
        .as("an enrolled champion sees their campaign").isEqualTo(200);
    assertThat(query.get("facilitator", "/api/v1/campaigns/" + campaign + "/progress").status()).isEqualTo(403);
    Browser lead = new Browser(services.queryUrl());
    lead.signIn("lead");
    HttpResponse<String> page = lead.get("/campaigns/" + campaign);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<table").contains("3,000").contains("600");
    assertThat(kept).isNotBlank();
  }

  private static String campaignStory(JsonApi command, String login, String campaign) throws Exception {
    JsonApi.Reply reply = command.post(login, "/api/v1/stories", Map.of("title", "Campaign story", "narrative", "n",
        "place", "LEWISHAM", "language", "en", "channel", "EVENT", "feeling", "MIXED", "campaignId", campaign,
        "consent", Map.of("analysis", true, "quote", false, "publish", false, "contact", false,
            "equalityMonitoring", false, "wordingVersion", "2026-11")));
    assertThat(reply.status()).isEqualTo(202);
    return reply.json().get("id").asText();
  }

  /** Waits until the read side has caught up with everything sent: the reach and each champion's stories. */
  private static JsonNode awaitProgress(JsonApi query, String campaign, int reached, List<Integer> storiesByChampion)
      throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    JsonApi.Reply reply = query.get("lead", "/api/v1/campaigns/" + campaign + "/progress");
    while (System.nanoTime() < deadline && !(reply.status() == 200 && reply.json().get("reached").asInt() == reached
        && stories(reply.json()).equals(storiesByChampion))) {
      Thread.sleep(200);
      reply = query.get("lead", "/api/v1/campaigns/" + campaign + "/progress");
    }
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("reached").asInt()).isEqualTo(reached);
    assertThat(stories(reply.json())).as("stories by champion; the withdrawn one stops counting")
        .isEqualTo(storiesByChampion);
    assertThat(reply.json().get("storiesCollected").asInt())
        .isEqualTo(storiesByChampion.stream().mapToInt(Integer::intValue).sum());
    return reply.json();
  }

  private static List<Integer> stories(JsonNode progress) {
    List<Integer> stories = new java.util.ArrayList<>();
    progress.get("byChampion").forEach(champion -> stories.add(champion.get("stories").asInt()));
    return stories;
  }

  private static String participant(JsonApi command, String base, String name, String role, boolean lived)
      throws Exception {
    JsonApi.Reply reply = command.post("facilitator", base + "/participants",
        Map.of("displayName", name, "role", role, "livedExperience", lived));
    assertThat(reply.status()).isEqualTo(202);
    return reply.json().get("participantId").asText();
  }

  private static void vote(JsonApi command, String base, String proposal, String participant, String stance)
      throws Exception {
    assertThat(command.post("facilitator", base + "/proposals/" + proposal + "/votes",
        Map.of("participantId", participant, "stance", stance)).status()).isEqualTo(202);
  }

  private static JsonNode awaitTimeline(JsonApi query, String base, int events) throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    JsonApi.Reply reply = query.get("facilitator", base + "/timeline");
    while ((reply.status() != 200 || reply.json().size() < events) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      reply = query.get("facilitator", base + "/timeline");
    }
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().size()).isEqualTo(events);
    return reply.json();
  }

  /** SUPPORT, OPPOSE and ABSTAIN counts, in that order. */
  private static List<Integer> tally(JsonNode proposal) {
    JsonNode tally = proposal.get("tally");
    return List.of(tally.get("SUPPORT").asInt(), tally.get("OPPOSE").asInt(), tally.get("ABSTAIN").asInt());
  }

  private static JsonNode proposal(JsonNode state, String proposalId) {
    for (JsonNode proposal : state.get("proposals")) {
      if (proposalId.equals(proposal.get("proposalId").asText())) {
        return proposal;
      }
    }
    throw new AssertionError("proposal " + proposalId + " not in " + state);
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
