package org.chorus.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GrafanaDashboardTest {

  private static final List<String> METRICS = List.of("chorus_publisher_lag", "chorus_consumer_lag",
      "chorus_projection_errors_total", "chorus_parked_aggregates", "chorus_consistency_differences",
      "http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
      "process_cpu_usage");

  private final JsonNode dashboard = JsonMapper.builder().build()
      .readTree(DeployFiles.text(DeployFiles.path("infra/grafana/chorus-dashboard.json")));

  @Test
  void everyMetricHasAPanel() {
    List<String> expressions = panels().stream()
        .flatMap(panel -> StreamSupport.stream(panel.path("targets").spliterator(), false))
        .map(target -> target.path("expr").asString()).toList();
    for (String metric : METRICS) {
      assertThat(expressions).as("a query on %s", metric).anySatisfy(expr -> assertThat(expr).contains(metric));
    }
    assertThat(expressions).anySatisfy(expr -> assertThat(expr).startsWith("histogram_quantile(0.99,"));
  }

  @Test
  void everyPanelQueriesThePrometheusDatasourceVariable() {
    JsonNode variable = StreamSupport.stream(dashboard.path("templating").path("list").spliterator(), false)
        .filter(candidate -> "datasource".equals(candidate.path("type").asString()))
        .findFirst().orElseThrow();
    assertThat(variable.path("query").asString()).isEqualTo("prometheus");
    String reference = "${" + variable.path("name").asString() + "}";
    assertThat(panels()).isNotEmpty().allSatisfy(panel ->
        assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString())
            .isEqualTo(reference));
  }

  private List<JsonNode> panels() {
    return StreamSupport.stream(dashboard.path("panels").spliterator(), false).toList();
  }
}
