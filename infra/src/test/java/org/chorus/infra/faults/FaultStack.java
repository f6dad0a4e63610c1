package org.chorus.infra.faults;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.infra.e2e.ServiceJars;
import org.chorus.infra.local.KafkaTopics;
import org.chorus.infra.local.LocalKafka;
import org.chorus.infra.local.LocalMongo;
import org.chorus.infra.local.LocalPostgres;
import org.chorus.infra.local.Ports;
import org.chorus.infra.local.ServiceEnvironment;
import org.chorus.infra.local.ServiceProcess;
import org.jspecify.annotations.Nullable;

/**
 * The embedded engines and both service jars on fixed ports, each of which can be killed or stopped and started again
 * on the same port and the same data: PostgreSQL stays up (fsync and synchronous_commit on), Kafka and the Mongo wire
 * server stop and start, the services die by SIGKILL.
 */
final class FaultStack implements AutoCloseable {

  private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);

  private final Path dataDir;
  private final LocalPostgres postgres;
  private final int kafkaPort = Ports.free();
  private final int controllerPort = Ports.free();
  private final int mongoPort = Ports.free();
  private final int commandPort = Ports.free();
  private final int queryPort = Ports.free();
  private final String jvmOptions;
  private Path commandJar = ServiceJars.command();
  private Path queryJar = ServiceJars.query();
  private String commandOptions;
  private String queryOptions;
  private final ServiceLog commandLog;
  private final ServiceLog queryLog;
  private @Nullable LocalKafka kafka;
  private @Nullable LocalMongo mongo;
  private @Nullable ServiceProcess command;
  private @Nullable ServiceProcess query;

  private FaultStack(Path dataDir, LocalPostgres postgres, String jvmOptions) throws Exception {
    this.dataDir = dataDir;
    this.postgres = postgres;
    this.jvmOptions = jvmOptions;
    this.commandOptions = jvmOptions;
    this.queryOptions = jvmOptions;
    this.commandLog = new ServiceLog(dataDir.resolve("logs").resolve("command-service.log"));
    this.queryLog = new ServiceLog(dataDir.resolve("logs").resolve("query-service.log"));
  }

  /**
   * @param jvmOptions options for the service JVMs
   * @param classDataSharing whether to train and use a class data sharing archive per service first
   */
  static FaultStack start(Path dataDir, String jvmOptions, boolean classDataSharing) throws Exception {
    ServiceProcess.requireJar(ServiceJars.command());
    ServiceProcess.requireJar(ServiceJars.query());
    LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), Ports.free());
    FaultStack stack = new FaultStack(dataDir, postgres, jvmOptions);
    try {
      stack.startKafka();
      KafkaTopics.ensureStoryEvents(stack.kafkaBootstrapServers());
      stack.startMongo();
      if (classDataSharing) {
        stack.trainClassDataArchives();
      }
      stack.startCommand(Map.of());
      stack.startQuery(Map.of());
      stack.awaitHealthy();
    } catch (Exception e) {
      stack.close();
      throw e;
    }
    return stack;
  }

  private void trainClassDataArchives() throws Exception {
    ClassDataArchive command = ClassDataArchive.extract(commandJar, dataDir.resolve("cds").resolve("command-service"));
    ClassDataArchive query = ClassDataArchive.extract(queryJar, dataDir.resolve("cds").resolve("query-service"));
    commandLog.mark("class data sharing: training run");
    ClassDataArchive.awaitTraining(ServiceProcess.start("command-training", command.jar(),
        env(commandPort, Map.of("JAVA_TOOL_OPTIONS", command.trainingOptions(jvmOptions))), commandPort, commandLog),
        command);
    queryLog.mark("class data sharing: training run");
    ClassDataArchive.awaitTraining(ServiceProcess.start("query-training", query.jar(),
        env(queryPort, Map.of("JAVA_TOOL_OPTIONS", query.trainingOptions(jvmOptions))), queryPort, queryLog), query);
    commandJar = command.jar();
    queryJar = query.jar();
    commandOptions = command.runOptions(jvmOptions);
    queryOptions = query.runOptions(jvmOptions);
  }

  String setting(String name) throws SQLException {
    return postgres.setting(name);
  }

  Connection postgres() throws SQLException {
    return postgres.connect();
  }

  String kafkaBootstrapServers() {
    return "localhost:" + kafkaPort;
  }

  String mongoUri() {
    return "mongodb://localhost:" + mongoPort;
  }

  URI commandUrl() {
    return URI.create("http://localhost:" + commandPort);
  }

  URI queryUrl() {
    return URI.create("http://localhost:" + queryPort);
  }

  Path logs() {
    return commandLog.file().getParent();
  }

  void startKafka() throws Exception {
    kafka = LocalKafka.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
  }

  void stopKafka() {
    if (kafka != null) {
      kafka.close();
      kafka = null;
    }
  }

  void startMongo() throws Exception {
    mongo = LocalMongo.start(dataDir.resolve("mongo").resolve("chorus.mv"), mongoPort);
  }

  void stopMongo() {
    if (mongo != null) {
      mongo.close();
      mongo = null;
    }
  }

  void startCommand(Map<String, String> extraEnv) throws Exception {
    commandLog.mark("start");
    command = ServiceProcess.start("command", commandJar, env(commandPort, withOptions(commandOptions, extraEnv)),
        commandPort, commandLog);
  }

  void startQuery(Map<String, String> extraEnv) throws Exception {
    queryLog.mark("start");
    query = ServiceProcess.start("query", queryJar, env(queryPort, withOptions(queryOptions, extraEnv)), queryPort,
        queryLog);
  }

  void killCommand() throws InterruptedException {
    commandLog.mark("kill -9");
    running(command).kill();
  }

  void killQuery() throws InterruptedException {
    queryLog.mark("kill -9");
    running(query).kill();
  }

  /** Stops query-service gracefully, to start it again with other settings. */
  void stopQuery() throws InterruptedException {
    queryLog.mark("stop");
    running(query).close();
  }

  ServiceProcess query() {
    return running(query);
  }

  void awaitHealthy() throws InterruptedException {
    running(command).awaitHealthy(HEALTH_TIMEOUT);
    running(query).awaitHealthy(HEALTH_TIMEOUT);
  }

  void awaitCommandHealthy() throws InterruptedException {
    running(command).awaitHealthy(HEALTH_TIMEOUT);
  }

  void awaitQueryHealthy() throws InterruptedException {
    running(query).awaitHealthy(HEALTH_TIMEOUT);
  }

  private Map<String, String> env(int port, Map<String, String> extraEnv) {
    ServiceEnvironment environment = new ServiceEnvironment(postgres.jdbcUrl(), LocalPostgres.USER,
        LocalPostgres.PASSWORD, kafkaBootstrapServers(), mongoUri(), dataDir, commandPort);
    Map<String, String> env = new LinkedHashMap<>(environment.forService(port));
    // the load is one user per role at full speed: rate limits (tested in each service) would turn it into 429s
    env.put("CHORUS_RATE_LIMIT_ENABLED", "false");
    env.putAll(extraEnv);
    return env;
  }

  private static Map<String, String> withOptions(String options, Map<String, String> extraEnv) {
    Map<String, String> env = new LinkedHashMap<>();
    if (!options.isBlank()) {
      env.put("JAVA_TOOL_OPTIONS", options);
    }
    env.putAll(extraEnv);
    return env;
  }

  private static ServiceProcess running(@Nullable ServiceProcess process) {
    if (process == null) {
      throw new IllegalStateException("service was never started");
    }
    return process;
  }

  @Override
  public void close() throws Exception {
    try {
      for (ServiceProcess process : new ServiceProcess[] {command, query}) {
        if (process != null) {
          process.close();
        }
      }
      stopKafka();
      stopMongo();
    } finally {
      postgres.close();
      commandLog.close();
      queryLog.close();
    }
  }
}
