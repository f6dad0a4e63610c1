package org.chorus.infra.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.chorus.infra.e2e.EmbeddedEngines;
import org.chorus.infra.e2e.Engines;
import org.chorus.infra.e2e.EnginesTestBase;
import org.chorus.infra.e2e.ServiceProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Enabled with -Dchorus.e2e.services=true until both services start on their own; then drop the guard. */
@EnabledIfSystemProperty(named = "chorus.e2e.services", matches = "true")
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class ServicesStartTest extends EnginesTestBase {

  @Override
  protected Engines startEngines(Path dataDir) throws Exception {
    return EmbeddedEngines.start(dataDir);
  }

  @Test
  void bothServicesReportHealthyAgainstRealEngines() throws Exception {
    try (ServiceProcesses services = startServices()) {
      assertThat(health(services.commandUrl())).isEqualTo(200);
      assertThat(health(services.queryUrl())).isEqualTo(200);
      assertThat(services.commandLog().lines()).isNotEmpty();
      assertThat(services.queryLog().lines()).isNotEmpty();
    }
  }

  private static int health(URI baseUrl) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/actuator/health")).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
