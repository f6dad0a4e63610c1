package org.chorus.infra.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The load's fixed cast, set up before any figure is taken: a champion registered (login {@code champion}), campaigns
 * launched with the champion enrolled, and co-design sessions opened by the facilitator. The load spreads over
 * several campaigns and sessions so that no single aggregate's history grows long enough to dominate.
 */
record Cast(List<String> campaigns, List<String> sessions) {

  static Cast setUp(Api command, int campaigns, int sessions) throws IOException, InterruptedException {
    String champion = command.accepted("admin", "/api/v1/champions", Map.of("displayName", "Bench champion",
        "organisation", "SEL Champions", "places", List.of("LEWISHAM", "SOUTHWARK"), "languages", List.of("en"),
        "login", "champion"));
    List<String> campaignIds = new ArrayList<>();
    for (int i = 0; i < campaigns; i++) {
      String campaign = command.accepted("admin", "/api/v1/campaigns", Map.of("name", "Bench campaign " + i,
          "theme", "ACCESS", "places", List.of("LEWISHAM"), "target", 1_000_000, "startsOn", "2026-11-01",
          "endsOn", "2027-02-28"));
      command.accepted("admin", "/api/v1/campaigns/" + campaign + "/champions", Map.of("championId", champion));
      campaignIds.add(campaign);
    }
    List<String> sessionIds = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      String session = command.accepted("facilitator", "/api/v1/sessions", Map.of("title", "Bench session " + i,
          "topic", "MATERNITY", "place", "LEWISHAM", "scheduledFor", "2026-12-01T10:00:00Z"));
      command.accepted("facilitator", "/api/v1/sessions/" + session + "/open", Map.of());
      sessionIds.add(session);
    }
    return new Cast(List.copyOf(campaignIds), List.copyOf(sessionIds));
  }
}
