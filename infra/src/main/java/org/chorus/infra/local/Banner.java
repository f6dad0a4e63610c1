package org.chorus.infra.local;

import java.util.List;

/** What a developer needs once the stack is up. */
final class Banner {

  private Banner() {}

  static String engines(StackConfig config, String jdbcUrl, String kafka, String mongo) {
    return String.join(System.lineSeparator(), List.of(
        "",
        "  PostgreSQL  " + jdbcUrl + "  (postgres / postgres)",
        "  Kafka       " + kafka,
        "  MongoDB     " + mongo,
        "  Data        " + config.dataDir(),
        ""));
  }

  static String services(StackConfig config) {
    String command = "http://localhost:" + config.commandPort();
    String query = "http://localhost:" + config.queryPort();
    return String.join(System.lineSeparator(), List.of(
        "==============================================================",
        "  Chorus is running",
        "  Tell a story      " + command + "/stories/new",
        "  Log outreach      " + command + "/outreach/new",
        "  Moderation        " + command + "/moderation",
        "  Sessions          " + command + "/sessions",
        "  Insights feed     " + query + "/api/v1/insights/feed",
        "  API docs          " + command + "/swagger-ui.html  " + query + "/swagger-ui.html",
        "  Health            " + command + "/actuator/health  " + query + "/actuator/health",
        "  Dev users         champion, champion2, champion3, moderator, facilitator, analyst, lead, admin",
        "                    password <user>-local (e.g. champion / champion-local)",
        "  Data folder       " + config.dataDir() + "  (kept across restarts)",
        "  Stop              Ctrl-C",
        "=============================================================="));
  }
}
