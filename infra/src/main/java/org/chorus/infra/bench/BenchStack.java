package org.chorus.infra.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.chorus.infra.local.LocalPostgres;
import org.chorus.infra.local.Ports;
import org.chorus.infra.local.ServiceEnvironment;
import org.chorus.infra.local.ServiceProcess;
import org.chorus.infra.local.StackConfig;
import org.jspecify.annotations.Nullable;

/**
 * A fresh stack for one configuration: its own data folder and free ports, PostgreSQL (child processes), Kafka and
 * the Mongo wire server (a child JVM each, so their CPU and memory are measured apart from the load generator's), and
 * both service jars from each module's {@code target} folder as child JVMs with the configuration's Spring profiles
 * and rate limits off. The output of each goes to {@code logs/} in the data folder.
 */
final class BenchStack implements AutoCloseable {

  private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);

  private final List<AutoCloseable> started = new ArrayList<>();
  private final List<BufferedWriter> logs = new ArrayList<>();
  private final int commandPort = Ports.free();
  private final int queryPort = Ports.free();
  private final Tokens tokens;
  private @Nullable ProcessHandle postmaster;
  private @Nullable EngineProcess kafka;
  private @Nullable EngineProcess mongo;
  private final Thread onExit = new Thread(this::closeOnExit, "bench-stack-shutdown");
  private ServiceProcess command;
  private ServiceProcess query;

  private BenchStack(Tokens tokens) {
    this.tokens = tokens;
  }

  static BenchStack start(Path repoDir, Path dataDir, Configuration configuration) throws Exception {
    Path commandJar = StackConfig.serviceJar(repoDir, "command-service");
    Path queryJar = StackConfig.serviceJar(repoDir, "query-service");
    ServiceProcess.requireJar(commandJar);
    ServiceProcess.requireJar(queryJar);
    Tokens tokens = Tokens.generate();
    Path publicKey = tokens.writePublicKey(dataDir.resolve("jwt-public.pem"));
    BenchStack stack = new BenchStack(tokens);
    // Ctrl-C must not leave the services and PostgreSQL running
    Runtime.getRuntime().addShutdownHook(stack.onExit);
    try {
      Path logDir = Files.createDirectories(dataDir.resolve("logs"));
      LocalPostgres postgres = stack.keep(LocalPostgres.start(dataDir.resolve("postgres"), Ports.free()));
      stack.postmaster = postgres.postmaster();
      stack.kafka = stack.keep(EngineProcess.start("kafka", List.of("kafka", dataDir.resolve("kafka").toString(),
          String.valueOf(Ports.free()), String.valueOf(Ports.free())), stack.log(logDir.resolve("kafka.log"))));
      stack.mongo = stack.keep(EngineProcess.start("mongo", List.of("mongo",
          dataDir.resolve("mongo").resolve("chorus.mv").toString(), String.valueOf(Ports.free())),
          stack.log(logDir.resolve("mongo.log"))));
      ServiceEnvironment environment = new ServiceEnvironment(postgres.jdbcUrl(), LocalPostgres.USER,
          LocalPostgres.PASSWORD, stack.kafka.address(), stack.mongo.address(), dataDir, stack.commandPort);
      stack.command = stack.keep(ServiceProcess.start("command", commandJar,
          env(environment, stack.commandPort, configuration, publicKey), stack.commandPort,
          stack.log(logDir.resolve("command-service.log"))));
      stack.query = stack.keep(ServiceProcess.start("query", queryJar,
          env(environment, stack.queryPort, configuration, publicKey), stack.queryPort,
          stack.log(logDir.resolve("query-service.log"))));
      stack.command.awaitHealthy(HEALTH_TIMEOUT);
      stack.query.awaitHealthy(HEALTH_TIMEOUT);
    } catch (Exception e) {
      stack.close();
      throw e;
    }
    return stack;
  }

  /** JVM options added to both services', for instance {@code -XX:StartFlightRecording=filename=/tmp/jfr/}. */
  static final String SERVICE_JVM_OPTIONS = "CHORUS_BENCH_SERVICE_JVM_OPTIONS";

  static Map<String, String> env(ServiceEnvironment environment, int port, Configuration configuration,
      Path publicKey) {
    Map<String, String> env = new LinkedHashMap<>(environment.forService(port));
    env.put("SPRING_PROFILES_ACTIVE", env.get("SPRING_PROFILES_ACTIVE") + configuration.extraProfiles());
    // one user per role at full speed: the rate limits would answer 429, so they are off in every configuration
    env.put("CHORUS_RATE_LIMIT_ENABLED", "false");
    // bearer tokens as production sign-in sends them, checked against the run's key (see Tokens); then any JVM
    // options asked for both services, such as a flight recording
    env.put("JAVA_TOOL_OPTIONS", ("-Dchorus.auth.public-key-location=file:" + publicKey + " "
        + System.getenv().getOrDefault(SERVICE_JVM_OPTIONS, "")).strip());
    return env;
  }

  Api command() {
    return new Api(command.baseUrl(), tokens);
  }

  Api query() {
    return new Api(query.baseUrl(), tokens);
  }

  /** The process groups sampled: each service, PostgreSQL's processes, each engine JVM and this one. */
  Map<String, Supplier<List<Long>>> processes() {
    List<Long> commandPid = List.of(command.pid());
    List<Long> queryPid = List.of(query.pid());
    List<Long> kafkaPid = List.of(Objects.requireNonNull(kafka, "started").pid());
    List<Long> mongoPid = List.of(Objects.requireNonNull(mongo, "started").pid());
    Map<String, Supplier<List<Long>>> groups = new LinkedHashMap<>();
    groups.put("command-service", () -> commandPid);
    groups.put("query-service", () -> queryPid);
    groups.put("postgres", this::postgresPids);
    groups.put("kafka", () -> kafkaPid);
    groups.put("mongo wire server", () -> mongoPid);
    groups.put("bench JVM (load generator)", () -> List.of(ProcessHandle.current().pid()));
    return groups;
  }

  /** The postmaster, found once at start, and its backends as they are now. */
  private List<Long> postgresPids() {
    ProcessHandle server = Objects.requireNonNull(postmaster, "started");
    return Stream.concat(Stream.of(server), server.descendants()).map(ProcessHandle::pid).toList();
  }

  private Consumer<String> log(Path file) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    logs.add(writer);
    return line -> {
      try {
        synchronized (writer) {
          writer.write(line);
          writer.newLine();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private <T extends AutoCloseable> T keep(T engine) {
    started.add(engine);
    return engine;
  }

  private void closeOnExit() {
    try {
      stop();
    } catch (Exception e) {
      Progress.say("could not stop the stack: " + e);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is stopping the stack
    }
    stop();
  }

  private synchronized void stop() throws Exception {
    // services first, then Kafka, Mongo and PostgreSQL: the reverse of the start
    for (int i = started.size() - 1; i >= 0; i--) {
      if (started.get(i) instanceof ServiceProcess service) {
        service.requestStop();
      }
    }
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        Progress.say("could not stop " + started.get(i) + " cleanly: " + e);
      }
    }
    started.clear();
    for (BufferedWriter writer : logs) {
      synchronized (writer) {
        writer.close();
      }
    }
    logs.clear();
  }
}
