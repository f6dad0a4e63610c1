package org.chorus.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportTest {

  private static ConfigResult result(String name, double rate, double p99) {
    Histogram accept = new Histogram();
    accept.record(2_000);
    accept.record((long) (p99 * 1000));
    return new ConfigResult(name, List.of(SustainedRuleTest.step(rate, rate, 5, 0)),
        List.of(Figure.of("sustained.rate", "sustained rate", "cmd/s", rate),
            Figure.of("accept.100.p99", "accept p99 @100%", "ms", p99),
            Figure.missing("lag.50.p50", "e2e lag p50 @50%", "ms")),
        Map.of(name + " accept @100%", accept));
  }

  private final Report report = new Report(List.of(result("tuned", 1200, 20), result("stock", 400, 80)),
      List.of("rate limits off"));

  @Test
  void theJsonHoldsEachConfigurationsFiguresStepsAndTheRatios() {
    JsonNode json = report.json();
    assertThat(json.get("notes").get(0).asString()).isEqualTo("rate limits off");
    assertThat(json.get("sustainedRule").asString()).isEqualTo(SustainedRule.TEXT);
    JsonNode tuned = json.get("configurations").get("tuned");
    assertThat(tuned.get("figures").get("sustained.rate").get("value").asDouble()).isEqualTo(1200);
    assertThat(tuned.get("figures").get("sustained.rate").get("unit").asString()).isEqualTo("cmd/s");
    assertThat(tuned.get("figures").get("lag.50.p50").get("value").isNull()).isTrue();
    assertThat(tuned.get("steps").get(0).get("intendedRate").asDouble()).isEqualTo(1200);
    assertThat(tuned.get("steps").get(0).get("passes").asBoolean()).isTrue();
    assertThat(json.get("ratios").get("sustained.rate").asDouble()).isEqualTo(3.0);
    assertThat(json.get("ratios").get("accept.100.p99").asDouble()).isEqualTo(0.25);
    assertThat(json.get("ratios").get("lag.50.p50").isNull()).isTrue();
  }

  @Test
  void theTablesShowAbsoluteFiguresAndTheRatioSideBySide() {
    assertThat(report.markdown()).contains("| figure | unit | tuned | stock | tuned/stock |",
        "| sustained rate | cmd/s | 1,200 | 400 | 3.00x |", "| accept p99 @100% | ms | 20 | 80 | 0.25x |",
        "| e2e lag p50 @50% | ms | - | - | - |", "## Step-up, stock");
    assertThat(report.plain()).containsPattern("sustained rate\\s+cmd/s\\s+1,200\\s+400\\s+3.00x");
  }

  @Test
  void withOneConfigurationThereIsNoRatioColumn() {
    Report alone = new Report(List.of(result("tuned", 1200, 20)), List.of());
    assertThat(alone.markdown()).contains("| figure | unit | tuned |\n").doesNotContain("tuned/stock");
    assertThat(alone.json().get("ratios").isEmpty()).isTrue();
  }
}
