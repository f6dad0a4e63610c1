package org.chorus.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7 on the real embedded engines and the real service jars: under a steady load of idempotent commands,
 * command-service and query-service are killed with SIGKILL at random points, Kafka and the Mongo wire server are
 * stopped and started again, and after every fault the {@link Oracle} proves that nothing accepted was lost or
 * doubled. The default build runs a smoke ({@code chorus.faults.kills}, default 4, split between the services); the
 * {@code faults} profile runs 100 kills and more with {@code -Dchorus.faults.kills=n}. Results go to
 * {@code target/fault-suite/results.md} and the service logs to {@code target/fault-suite/<run>/logs}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 180, unit = TimeUnit.MINUTES)
class FaultInjectionTest {

  private static final int KILLS = Integer.getInteger("chorus.faults.kills", 4);
  /** A fresh rebuild replays every event so far: after every fault but kills, and after every n-th kill run. */
  private static final int REBUILD_EVERY = Integer.getInteger("chorus.faults.rebuild-every", 1);
  private static final long SEED = Long.getLong("chorus.faults.seed", System.nanoTime());
  /** Options for the child JVMs; C1 only by default, since restarts dominate the suite's time. */
  private static final String JVM_OPTIONS = System.getProperty("chorus.faults.jvm-options",
      "-XX:TieredStopAtLevel=1");
  /** Whether the child JVMs start from a class data sharing archive trained once at the start of the suite. */
  private static final boolean CDS = Boolean.parseBoolean(System.getProperty("chorus.faults.cds", "true"));

  private final Random random = new Random(SEED);
  private final Ledger ledger = new Ledger();
  private final Poison poison = new Poison();
  private final FaultReport report = new FaultReport();
  private @Nullable FaultStack running;
  private @Nullable LoadGenerator load;
  private @Nullable Oracle oracle;
  private long runStarted;
  private int killRunsSinceRebuild;

  @BeforeAll
  void startTheStack() throws Exception {
    Path dataDir = Files.createDirectories(Path.of("target", "fault-suite")).resolve("run-" + System.currentTimeMillis())
        .toAbsolutePath();
    System.out.println("fault suite: seed " + SEED + ", " + KILLS + " kills, child JVM options '" + JVM_OPTIONS
        + "', class data sharing " + CDS + ", logs in " + dataDir.resolve("logs"));
    running = FaultStack.start(dataDir, JVM_OPTIONS, CDS);
    load = new LoadGenerator(new RetryingClient(running.commandUrl()), ledger);
    load.setUp();
    oracle = new Oracle(running, ledger, poison, new AdminEndpoints(new RetryingClient(running.queryUrl())));
    runStarted = System.nanoTime();
  }

  @AfterAll
  void stopTheStack() throws Exception {
    String table = report.table();
    System.out.println("fault suite results (seed " + SEED + "):\n" + table);
    report.write(Path.of("target", "fault-suite", "results.md"));
    if (running != null) {
      running.close();
    }
  }

  @Test
  @Order(1)
  void withoutAFaultTheOracleHoldsOnDurablePostgres() throws Exception {
    assertThat(stack().setting("fsync")).isEqualTo("on");
    assertThat(stack().setting("synchronous_commit")).isEqualTo("on");
    long before = ledger.size();
    load().start();
    Thread.sleep(3000);
    load().stop();
    assertThat(ledger.size()).as("the load was accepted").isGreaterThan(before);
    assertHolds("no fault", 0, before, List.of());
  }

  @Test
  @Order(2)
  void killingCommandServiceAtRandomPointsUnderLoadLosesAndDoublesNothing() throws Exception {
    for (int kill = 0; kill < (KILLS + 1) / 2; kill++) {
      long before = ledger.size();
      load().start();
      Thread.sleep(300 + random.nextInt(3000));
      Duration restart = restart(stack()::killCommand, () -> stack().startCommand(Map.of()),
          stack()::awaitCommandHealthy);
      Thread.sleep(random.nextInt(1000));
      load().stop();
      assertHolds("kill -9 command-service", 1, before, List.of(restart));
    }
  }

  @Test
  @Order(3)
  void killingQueryServiceAtRandomPointsUnderLoadLosesAndDoublesNothing() throws Exception {
    for (int kill = 0; kill < KILLS / 2; kill++) {
      long before = ledger.size();
      load().start();
      Thread.sleep(300 + random.nextInt(3000));
      Duration restart = restart(stack()::killQuery, () -> stack().startQuery(Map.of()), stack()::awaitQueryHealthy);
      Thread.sleep(random.nextInt(1000));
      load().stop();
      assertHolds("kill -9 query-service", 1, before, List.of(restart));
    }
  }

  @Test
  @Order(4)
  void withKafkaStoppedCommandsAreAcceptedAndTheBacklogDrainsAfterItReturns() throws Exception {
    long before = ledger.size();
    load().start();
    Thread.sleep(2000);
    stack().stopKafka();
    long atStop = ledger.size();
    Thread.sleep(15_000);
    long duringOutage = ledger.size() - atStop;
    stack().startKafka();
    Thread.sleep(3000);
    load().stop();
    assertThat(duringOutage).as("202s while Kafka was down").isGreaterThan(0);
    assertHolds("Kafka stopped 15 s", 0, before, List.of());
  }

  @Test
  @Order(5)
  void withTheMongoWireServerStoppedConsumptionPausesAndResumesWithoutDeadLetters() throws Exception {
    long before = ledger.size();
    load().start();
    Thread.sleep(2000);
    stack().stopMongo();
    Thread.sleep(10_000);
    stack().startMongo();
    Thread.sleep(3000);
    load().stop();
    assertHolds("Mongo wire server stopped 10 s", 0, before, List.of());
  }

  @Test
  @Order(6)
  void killingQueryServiceBetweenTwoMongoWritesOfOneEventLosesAndDoublesNothing() throws Exception {
    for (int kill = 0; kill < Math.max(1, KILLS / 10); kill++) {
      long before = ledger.size();
      stack().stopQuery();
      // a story takes at least two writes (its document, then the consumer position): most n fall inside an event
      long started = System.nanoTime();
      stack().startQuery(Map.of("CHORUS_FAULT_HALT_AFTER_MONGO_WRITES", String.valueOf(5 + random.nextInt(80))));
      load().start();
      assertThat(stack().query().awaitExit(Duration.ofMinutes(3))).as("query-service halted itself")
          .contains(137);
      stack().startQuery(Map.of());
      stack().awaitQueryHealthy();
      Duration restart = Duration.ofNanos(System.nanoTime() - started);
      load().stop();
      assertHolds("halt between two Mongo writes", 1, before, List.of(restart));
    }
  }

  @Test
  @Order(7)
  void poisonRecordsAreDeadLetteredAndOnlyTheirStoryWaitsBehindThem() throws Exception {
    long before = ledger.size();
    String story = ledger.accepted().stream().filter(accepted -> accepted.aggregateType().equals("Story"))
        .filter(Ledger.Accepted::creation).findFirst().orElseThrow().aggregateId();
    long last = EventStore.streams(stack()).get(story).lastSequence();
    poison.unknownType(stack().kafkaBootstrapServers(), story, last + 1);
    poison.badJson(stack().kafkaBootstrapServers(), story, last + 1);
    load().approve(story);
    load().start();
    Thread.sleep(5000);
    load().stop();
    assertHolds("poison records (unknown type, bad JSON)", 0, before, List.of());

    // the story's own event at that sequence is parked behind the poison and replaces it: the replay is the fix
    RetryingClient.Answer replay = new RetryingClient(stack().queryUrl()).post("admin", "/actuator/parked/" + story,
        UUID.randomUUID().toString(), Map.of());
    assertThat(replay.status()).as(replay.body()).isEqualTo(200);
    assertThat(replay.json().get("stillParked").asBoolean()).as(replay.body()).isFalse();
    assertThat(replay.json().get("replayed").asInt()).as(replay.body()).isPositive();
    poison.replayed(story);
    assertHolds("parked story replayed after the fix", 0, ledger.size(), List.of());
  }

  private Duration restart(Step kill, Step start, Step awaitHealthy) throws Exception {
    long started = System.nanoTime();
    kill.run();
    start.run();
    awaitHealthy.run();
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private void assertHolds(String fault, int kills, long acceptedBefore, List<Duration> restarts) throws Exception {
    killRunsSinceRebuild += kills > 0 ? 1 : 0;
    boolean rebuild = kills == 0 || killRunsSinceRebuild >= REBUILD_EVERY;
    if (rebuild) {
      killRunsSinceRebuild = 0;
    }
    Verdict verdict = oracle().afterFault(rebuild);
    long events = EventStore.events(stack());
    report.run(fault, kills, ledger.size() - acceptedBefore, events, verdict, restarts,
        Duration.ofNanos(System.nanoTime() - runStarted));
    runStarted = System.nanoTime();
    assertThat(ledger.unexpected()).as("answers other than 202").isEmpty();
    assertThat(verdict.failed()).as("oracle after " + fault + " (seed " + SEED + ")").isEmpty();
  }

  private FaultStack stack() {
    if (running == null) {
      throw new IllegalStateException("the stack is not running");
    }
    return running;
  }

  private LoadGenerator load() {
    if (load == null) {
      throw new IllegalStateException("the stack is not running");
    }
    return load;
  }

  private Oracle oracle() {
    if (oracle == null) {
      throw new IllegalStateException("the stack is not running");
    }
    return oracle;
  }

  private interface Step {
    void run() throws Exception;
  }
}
