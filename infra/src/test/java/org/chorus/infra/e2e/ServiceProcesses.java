package org.chorus.infra.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.infra.local.Ports;
import org.chorus.infra.local.ServiceEnvironment;
import org.chorus.infra.local.ServiceProcess;

/** command-service and query-service as child JVMs against the given engines, on free ports. */
public final class ServiceProcesses implements AutoCloseable {

  private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(4);

  private final ServiceProcess command;
  private final ServiceProcess query;
  private final CapturedLog commandLog;
  private final CapturedLog queryLog;

  private ServiceProcesses(ServiceProcess command, ServiceProcess query, CapturedLog commandLog,
      CapturedLog queryLog) {
    this.command = command;
    this.query = query;
    this.commandLog = commandLog;
    this.queryLog = queryLog;
  }

  /**
   * The journeys poll the read side as one user for as long as projections take: rate limits (tested in each
   * service) are off here so a slow machine cannot turn waiting into 429s.
   */
  private static Map<String, String> unlimited(Map<String, String> environment) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put("CHORUS_RATE_LIMIT_ENABLED", "false");
    return env;
  }

  public static ServiceProcesses start(Engines engines, Path dataDir) throws Exception {
    int commandPort = Ports.free();
    int queryPort = Ports.free();
    ServiceEnvironment environment = new ServiceEnvironment(engines.jdbcUrl(), engines.user(), engines.password(),
        engines.kafkaBootstrapServers(), engines.mongoUri(), dataDir, commandPort);
    CapturedLog commandLog = new CapturedLog("command");
    CapturedLog queryLog = new CapturedLog("query");
    ServiceProcess command = ServiceProcess.start("command", ServiceJars.command(),
        unlimited(environment.forService(commandPort)), commandPort, commandLog);
    ServiceProcess query;
    try {
      query = ServiceProcess.start("query", ServiceJars.query(), unlimited(environment.forService(queryPort)),
          queryPort, queryLog);
    } catch (Exception e) {
      command.close();
      throw e;
    }
    ServiceProcesses services = new ServiceProcesses(command, query, commandLog, queryLog);
    try {
      command.awaitHealthy(HEALTH_TIMEOUT);
      query.awaitHealthy(HEALTH_TIMEOUT);
    } catch (Exception e) {
      services.close();
      throw e;
    }
    return services;
  }

  public URI commandUrl() {
    return command.baseUrl();
  }

  public URI queryUrl() {
    return query.baseUrl();
  }

  public CapturedLog commandLog() {
    return commandLog;
  }

  public CapturedLog queryLog() {
    return queryLog;
  }

  @Override
  public void close() throws InterruptedException {
    command.requestStop();
    query.requestStop();
    command.close();
    query.close();
  }
}
