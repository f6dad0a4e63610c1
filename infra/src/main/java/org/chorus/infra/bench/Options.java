package org.chorus.infra.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The bench's command-line options (see infra/bench/README.md); every one has a default for a run of both configs. */
record Options(List<Double> rates, Duration warmup, Duration step, Duration measure, long stories, int readers,
    Duration readerPace, Duration read, boolean rebuild, List<Configuration> configurations, long seed, int lagEvery, int loadWorkers, int sessions,
    int campaigns, Path repoDir, Path outDir) {

  static final String USAGE = """
      options (defaults in brackets):
        --rates 100,200,...     step-up arrival rates in commands/s [25,50,100,200,400,800,1200,1600,2000]
        --warmup-seconds n      an unmeasured run at the first rate before the step-up (JIT, pools) [10]
        --step-seconds n        length of each step-up step [10]
        --measure-seconds n     length of each measured run at 50% and 100% of the sustained rate [20]
        --stories n             stories loaded through the pipeline for the query phase [20000]
        --readers n             concurrent readers in the query phase [50]
        --reader-pace-ms n      each reader's interval between requests in the paced run; a flat-out run (no
                                pause) follows it [1000]
        --read-seconds n        how long each run of the readers lasts per query kind [10]
        --rebuild true|false    time a read-model rebuild at the end [true]
        --configs tuned,stock   which configurations, in this order [tuned,stock]
        --seed n                seed of the workload [42]
        --lag-every n           every n-th session step is watched for end-to-end lag [20]
        --load-workers n        concurrent submit+approve workers loading stories [16]
        --sessions n            co-design sessions the session steps spread over [100]
        --campaigns n           campaigns the outreach logs spread over [20]
        --out dir               where results go [infra/target/bench/<timestamp>]
      """;

  static Options parse(String[] args, Path repoDir) {
    List<Double> rates = List.of(25.0, 50.0, 100.0, 200.0, 400.0, 800.0, 1200.0, 1600.0, 2000.0);
    Duration warmup = Duration.ofSeconds(10);
    Duration step = Duration.ofSeconds(10);
    Duration measure = Duration.ofSeconds(20);
    long stories = 20_000;
    int readers = 50;
    Duration readerPace = Duration.ofSeconds(1);
    Duration read = Duration.ofSeconds(10);
    boolean rebuild = true;
    List<Configuration> configurations = Configuration.ALL;
    long seed = 42;
    int lagEvery = 20;
    int loadWorkers = 16;
    int sessions = 100;
    int campaigns = 20;
    Path out = repoDir.resolve("infra").resolve("target").resolve("bench")
        .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name + "\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--rates" -> rates = Arrays.stream(value.split(",")).map(String::trim).map(Double::valueOf).toList();
        case "--warmup-seconds" -> warmup = Duration.ofSeconds(Long.parseLong(value));
        case "--step-seconds" -> step = Duration.ofSeconds(Long.parseLong(value));
        case "--measure-seconds" -> measure = Duration.ofSeconds(Long.parseLong(value));
        case "--stories" -> stories = Long.parseLong(value);
        case "--readers" -> readers = Integer.parseInt(value);
        case "--reader-pace-ms" -> readerPace = Duration.ofMillis(Long.parseLong(value));
        case "--read-seconds" -> read = Duration.ofSeconds(Long.parseLong(value));
        case "--rebuild" -> rebuild = Boolean.parseBoolean(value);
        case "--configs" -> {
          List<Configuration> named = new ArrayList<>();
          for (String config : value.split(",")) {
            named.add(Configuration.named(config.trim()));
          }
          configurations = List.copyOf(named);
        }
        case "--seed" -> seed = Long.parseLong(value);
        case "--lag-every" -> lagEvery = Integer.parseInt(value);
        case "--load-workers" -> loadWorkers = Integer.parseInt(value);
        case "--sessions" -> sessions = Integer.parseInt(value);
        case "--campaigns" -> campaigns = Integer.parseInt(value);
        case "--out" -> out = Path.of(value).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    return new Options(rates, warmup, step, measure, stories, readers, readerPace, read, rebuild, configurations, seed, lagEvery,
        loadWorkers, sessions, campaigns, repoDir, out);
  }
}
