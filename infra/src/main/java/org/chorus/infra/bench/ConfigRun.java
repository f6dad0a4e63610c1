package org.chorus.infra.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole workload against one configuration on its own fresh stack: set-up, open-loop step-up, measured runs at
 * 50 % and 100 % of the sustained rate with end-to-end lag, the story load, the readers, the rebuild; processes
 * sampled throughout.
 */
final class ConfigRun {

  private static final Duration DRAIN = Duration.ofSeconds(60);
  private static final Duration QUIET = Duration.ofSeconds(3);

  private final Options options;
  private final Configuration configuration;
  private final Progress progress = new Progress();

  ConfigRun(Options options, Configuration configuration) {
    this.options = options;
    this.configuration = configuration;
  }

  ConfigResult run(Path dataDir) throws Exception {
    Progress.say(configuration.label() + ": starting fresh engines and both services in " + dataDir);
    try (BenchStack stack = BenchStack.start(options.repoDir(), dataDir, configuration);
        ProcessSampler sampler = new ProcessSampler(stack.processes());
        LagProbe lag = new LagProbe(stack.query())) {
      Api command = stack.command();
      Api query = stack.query();
      List<Figure> figures = new ArrayList<>();
      Map<String, Histogram> series = new LinkedHashMap<>();
      Progress.say(configuration.label() + ": set-up (champion, " + options.campaigns() + " campaigns with the"
          + " champion enrolled, " + options.sessions() + " open sessions)");
      Cast cast = Cast.setUp(command, options.campaigns(), options.sessions());
      Mix mix = new Mix(command, cast, options.seed(), lag, options.lagEvery());
      OpenLoop loop = new OpenLoop(Ticker.SYSTEM, DRAIN);

      List<StepResult> steps = stepUp(loop, mix, lag);
      if (!steps.isEmpty()) {
        StepResult last = steps.get(steps.size() - 1);
        series.put(String.format("%s accept, last step %.0f/s", configuration.label(), last.intendedRate()),
            last.accept());
      }
      Optional<StepResult> sustained = SustainedRule.sustained(steps);
      double rate = sustained.map(StepResult::intendedRate).orElse(0.0);
      figures.add(Figure.of("sustained.rate", "sustained rate", "cmd/s", rate));
      Progress.say(configuration.label() + ": sustained " + (rate > 0 ? Math.round(rate) + " cmd/s" : "no step"));
      measured(loop, mix, lag, rate, 50, figures, series);
      measured(loop, mix, lag, rate, 100, figures, series);

      if (options.stories() > 0) {
        queryPhase(command, query, figures);
      }
      if (options.rebuild()) {
        Progress.say(configuration.label() + ": read-model rebuild");
        Rebuild.Result rebuild = new Rebuild(query, progress).run(Duration.ofHours(6));
        figures.add(Figure.of("rebuild.events", "rebuild: events replayed", "events", rebuild.events()));
        figures.add(Figure.of("rebuild.rate", "rebuild rate (events / wall time)", "events/s",
            rebuild.eventsPerSecond()));
        figures.add(Figure.of("rebuild.reported", "rebuild rate (as the endpoint reports)", "events/s",
            rebuild.reportedEventsPerSecond()));
        if (!rebuild.state().equals("SWAPPED")) {
          Progress.say(configuration.label() + ": rebuild ended " + rebuild.state());
        }
      }
      figures.add(Figure.of("conflicts", "409s sent again (open-loop phases)", "requests", mix.conflicts()));
      sampler.close();
      sampler.usage().forEach((process, usage) -> {
        figures.add(Figure.of("process." + process + ".cpu", process + ": CPU time", "s", usage.cpuSeconds()));
        figures.add(Figure.of("process." + process + ".peakCores", process + ": busiest second", "cores",
            usage.peakCores()));
        figures.add(Figure.of("process." + process + ".peakRss", process + ": peak RSS", "MiB", usage.peakRssMib()));
      });
      return new ConfigResult(configuration.label(), steps, figures, series);
    }
  }

  private List<StepResult> stepUp(OpenLoop loop, Mix mix, LagProbe lag) throws InterruptedException {
    List<StepResult> steps = new ArrayList<>();
    if (!options.warmup().isZero()) {
      Progress.say(String.format("%s: warm-up at %.0f cmd/s for %d s (not measured)", configuration.label(),
          options.rates().get(0), options.warmup().toSeconds()));
      loop.run(options.rates().get(0), options.warmup(), mix);
      lag.awaitPending();
      lag.reset();
      Thread.sleep(QUIET.toMillis());
    }
    for (double rate : options.rates()) {
      Progress.say(String.format("%s: step %.0f cmd/s for %d s", configuration.label(), rate,
          options.step().toSeconds()));
      StepResult step = loop.run(rate, options.step(), mix);
      Progress.say(String.format("%s: step %.0f cmd/s -> achieved %.0f/s, accept p50 %.1f ms p99 %.1f ms, "
              + "%d failed, %d unanswered: %s", configuration.label(), rate, step.achievedRate(),
          step.accept().percentileMillis(50), step.accept().percentileMillis(99), step.failed(), step.unanswered(),
          SustainedRule.passes(step) ? "pass" : "FAIL"));
      lag.awaitPending();
      steps.add(step.withLag(lag.reset()));
      Thread.sleep(QUIET.toMillis());
      if (!SustainedRule.passes(step)) {
        break;
      }
    }
    return steps;
  }

  private void measured(OpenLoop loop, Mix mix, LagProbe lag, double sustained, int percent, List<Figure> figures,
      Map<String, Histogram> series) throws InterruptedException {
    String at = "@" + percent + "%";
    if (sustained <= 0) {
      for (String figure : List.of("p50", "p99", "p99.9")) {
        figures.add(Figure.missing("accept." + percent + "." + figure.replace(".", ""), "accept " + figure + " " + at,
            "ms"));
      }
      figures.add(Figure.missing("lag." + percent + ".p50", "e2e lag p50 " + at, "ms"));
      figures.add(Figure.missing("lag." + percent + ".p99", "e2e lag p99 " + at, "ms"));
      return;
    }
    double rate = sustained * percent / 100.0;
    Progress.say(String.format("%s: measured run at %.0f cmd/s (%d%% of sustained) for %d s", configuration.label(),
        rate, percent, options.measure().toSeconds()));
    lag.reset();
    long lostBefore = lag.lost();
    StepResult run = loop.run(rate, options.measure(), mix);
    lag.awaitPending();
    Histogram lagged = lag.reset();
    figures.add(Figure.of("accept." + percent + ".rate", "achieved rate " + at, "cmd/s", run.achievedRate()));
    figures.add(Figure.of("accept." + percent + ".p50", "accept p50 " + at, "ms", run.accept().percentileMillis(50)));
    figures.add(Figure.of("accept." + percent + ".p99", "accept p99 " + at, "ms", run.accept().percentileMillis(99)));
    figures.add(Figure.of("accept." + percent + ".p999", "accept p99.9 " + at, "ms",
        run.accept().percentileMillis(99.9)));
    figures.add(Figure.of("accept." + percent + ".errors", "failed or unanswered " + at, "requests",
        run.failed() + run.unanswered()));
    figures.add(Figure.of("lag." + percent + ".p50", "e2e lag p50 " + at, "ms", lagged.percentileMillis(50)));
    figures.add(Figure.of("lag." + percent + ".p99", "e2e lag p99 " + at, "ms", lagged.percentileMillis(99)));
    figures.add(Figure.of("lag." + percent + ".samples", "e2e lag samples " + at, "steps", lagged.count()));
    figures.add(Figure.of("lag." + percent + ".lost", "e2e lag: not visible in 30 s " + at, "steps",
        lag.lost() - lostBefore));
    series.put(configuration.label() + " accept " + at, run.accept());
    series.put(configuration.label() + " lag " + at, lagged);
    Thread.sleep(QUIET.toMillis());
  }

  private void queryPhase(Api command, Api query, List<Figure> figures) throws Exception {
    Progress.say(String.format("%s: loading %,d stories (submit + approve, %d workers)", configuration.label(),
        options.stories(), options.loadWorkers()));
    StoryLoad.Result load = new StoryLoad(command, query, options.seed(), options.loadWorkers(), progress)
        .load(options.stories());
    figures.add(Figure.of("load.stories", "stories loaded (approved)", "stories", load.stories()));
    figures.add(Figure.of("load.rate", "story load rate (submit + approve)", "stories/s", load.storiesPerSecond()));
    figures.add(Figure.of("load.visible", "story load: all visible after", "s", load.visibleAfterSeconds()));
    figures.add(Figure.of("load.failed", "story load: failed", "stories", load.failed()));
    read(new Readers(query, options.readers(), options.readerPace(), options.read(), options.seed()), "read.",
        figures);
    read(new Readers(query, options.readers(), Duration.ZERO, options.read(), options.seed()), "read.flat.", figures);
  }

  private void read(Readers readers, String prefix, List<Figure> figures) throws InterruptedException {
    String run = " (" + readers.describe() + ")";
    readers.run().forEach((kind, result) -> {
      String key = prefix + kind.name().toLowerCase(Locale.ROOT);
      figures.add(Figure.of(key + ".p50", kind.label + " p50" + run, "ms", result.latency().percentileMillis(50)));
      figures.add(Figure.of(key + ".p99", kind.label + " p99" + run, "ms", result.latency().percentileMillis(99)));
      figures.add(Figure.of(key + ".rate", kind.label + " throughput" + run, "req/s",
          result.latency().count() / (double) options.read().toSeconds()));
      figures.add(Figure.of(key + ".errors", kind.label + " errors" + run, "requests", result.errors()));
    });
  }
}
