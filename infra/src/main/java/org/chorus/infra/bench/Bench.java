package org.chorus.infra.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's entry point ({@code infra/bench/run}): the same workload against each configuration in turn, each on
 * its own fresh stack, then the table on stdout and results.json, results.md and latency.svg in the output folder.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Path repoDir = Path.of(System.getProperty("chorus.repo.dir", "..")).toAbsolutePath().normalize();
    Options options;
    try {
      options = Options.parse(args, repoDir);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Files.createDirectories(options.outDir());
    List<ConfigResult> results = new ArrayList<>();
    for (Configuration configuration : options.configurations()) {
      results.add(new ConfigRun(options, configuration).run(options.outDir().resolve(configuration.label())));
    }
    Report report = new Report(results, notes(options));
    System.out.println();
    System.out.println(report.plain());
    Files.writeString(options.outDir().resolve("results.md"), report.markdown(), StandardCharsets.UTF_8);
    Files.writeString(options.outDir().resolve("results.json"),
        Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.json()), StandardCharsets.UTF_8);
    Map<String, Histogram> series = new LinkedHashMap<>();
    results.forEach(result -> series.putAll(result.series()));
    Files.writeString(options.outDir().resolve("latency.svg"),
        LatencySvg.render("Accept latency (from intended send) and end-to-end lag", series), StandardCharsets.UTF_8);
    Progress.say("results in " + options.outDir());
    // the HTTP clients' and the engines' leftover threads must not keep the JVM alive
    System.exit(0);
  }

  static List<String> notes(Options options) {
    return List.of(
        "rate limits off in every configuration (CHORUS_RATE_LIMIT_ENABLED=false); tuned = profile local, stock ="
            + " profiles local,stock",
        "requests carry RS256 bearer tokens (production sign-in), not the dev users' Basic sign-in (a BCrypt check"
            + " per request)",
        String.format("mix (seed %d): ~1/3 story submissions, ~1/3 session steps over %d sessions, ~1/3 outreach"
            + " logs over %d campaigns; open loop, latency from the intended send time", options.seed(),
            options.sessions(), options.campaigns()),
        "warm-up " + options.warmup().toSeconds() + " s, then steps " + options.rates().stream()
            .map(rate -> String.valueOf(Math.round(rate))).toList() + " cmd/s, " + options.step().toSeconds() + " s each; " + SustainedRule.TEXT,
        "e2e lag: every " + options.lagEvery() + "th session step, from its 202 to the first GET"
            + " /api/v1/sessions/{id}/timeline showing it, polled every " + LagProbe.POLL.toMillis() + " ms",
        String.format("query phase: %,d stories submitted and approved through the pipeline; %d readers, each"
            + " sending one request per %d ms (latency from the intended send time), then flat out; %d s per query"
            + " kind and run", options.stories(), options.readers(), options.readerPace().toMillis(),
            options.read().toSeconds()),
        "processes: CPU = utime+stime from /proc/<pid>/stat while sampled; peak RSS = VmHWM; Kafka and the Mongo wire"
            + " server run in a JVM each; PostgreSQL's processes are summed");
  }
}
