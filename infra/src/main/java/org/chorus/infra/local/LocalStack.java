package org.chorus.infra.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts PostgreSQL, Kafka, the Mongo wire server and both services; Ctrl-C stops them in reverse. */
public final class LocalStack {

  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

  private final StackConfig config;
  private final List<ServiceProcess> services = new ArrayList<>();
  private LocalEngines engines;
  private boolean stopping;
  private final CountDownLatch stopped = new CountDownLatch(1);

  LocalStack(StackConfig config) {
    this.config = config;
  }

  public static void main(String[] args) throws Exception {
    LocalStack stack = new LocalStack(StackConfig.fromEnvironment());
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "chorus-stack-shutdown"));
    try {
      stack.start();
    } catch (Exception e) {
      if (stack.stopRequested()) {
        stack.stopped.await();
        return;
      }
      System.err.println("[stack] FAILED: " + e.getMessage());
      stack.stop();
      throw e;
    }
    stack.stopped.await();
  }

  void start() throws Exception {
    checkPortsAndJars();
    Path data = config.dataDir();
    log.info("Data folder {}", data);
    LocalEngines engines = keep(LocalEngines.start(data, new LocalEngines.EnginePorts(config.postgresPort(),
        config.kafkaPort(), config.kafkaControllerPort(), config.mongoPort())));
    log.info("PostgreSQL up at {} (fsync=on, synchronous_commit=on)", engines.jdbcUrl());
    log.info("Kafka up at {} with topic {}", engines.kafkaBootstrapServers(), KafkaTopics.STORY_EVENTS);
    log.info("MongoDB wire server up at {}", engines.mongoUri());
    System.out.println(Banner.engines(config, engines.jdbcUrl(), engines.kafkaBootstrapServers(), engines.mongoUri()));
    if (config.enginesOnly()) {
      System.out.println("[stack] CHORUS_ENGINES_ONLY=true: services not started. Ctrl-C stops the engines.");
      return;
    }
    startServices(engines.serviceEnvironment(data, config.commandPort()));
    System.out.println(Banner.services(config));
  }

  private void checkPortsAndJars() {
    Ports.requireFree(config.postgresPort(), "PostgreSQL", StackConfig.PG_PORT);
    Ports.requireFree(config.kafkaPort(), "Kafka", StackConfig.KAFKA_PORT);
    Ports.requireFree(config.kafkaControllerPort(), "the Kafka controller", StackConfig.KAFKA_CONTROLLER_PORT);
    Ports.requireFree(config.mongoPort(), "MongoDB", StackConfig.MONGO_PORT);
    if (!config.enginesOnly()) {
      Ports.requireFree(config.commandPort(), "command-service", StackConfig.COMMAND_PORT);
      Ports.requireFree(config.queryPort(), "query-service", StackConfig.QUERY_PORT);
      ServiceProcess.requireJar(config.serviceJar("command-service"));
      ServiceProcess.requireJar(config.serviceJar("query-service"));
    }
  }

  private void startServices(ServiceEnvironment environment) throws Exception {
    start("command", "command-service", environment, config.commandPort());
    start("query", "query-service", environment, config.queryPort());
    for (ServiceProcess service : services) {
      service.awaitHealthy(config.healthTimeout());
      log.info("{} healthy at {}", service.name(), service.baseUrl());
    }
  }

  private void start(String name, String module, ServiceEnvironment environment, int port) throws Exception {
    String prefix = "[" + name + "] ";
    keep(ServiceProcess.start(name, config.serviceJar(module), environment.forService(port), port,
        line -> System.out.println(prefix + line)));
  }

  /** Ctrl-C may come while starting: whatever starts after it is closed at once instead of leaking. */
  private synchronized <T extends AutoCloseable> T keep(T started) {
    if (stopping) {
      closeQuietly(started);
      throw new IllegalStateException("stopped while starting");
    }
    if (started instanceof ServiceProcess service) {
      services.add(service);
    } else if (started instanceof LocalEngines startedEngines) {
      engines = startedEngines;
    }
    return started;
  }

  private synchronized boolean stopRequested() {
    return stopping;
  }

  void stop() {
    List<ServiceProcess> children;
    LocalEngines running;
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
      children = List.copyOf(services);
      running = engines;
    }
    System.out.println("[stack] stopping");
    children.forEach(ServiceProcess::requestStop);
    children.forEach(LocalStack::closeQuietly);
    if (running != null) {
      closeQuietly(running);
    }
    System.out.println("[stack] stopped; data kept in " + config.dataDir());
    stopped.countDown();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      System.err.println("[stack] could not stop " + closeable + " cleanly: " + e);
    }
  }
}
