package org.chorus.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LatencySvgTest {

  @Test
  void oneLineAndOneLegendEntryPerSeriesInWellFormedSvg() throws Exception {
    Histogram fast = new Histogram();
    Histogram slow = new Histogram();
    for (int i = 1; i <= 1000; i++) {
      fast.record(i * 10L);
      slow.record(i * 1000L);
    }
    Map<String, Histogram> series = new LinkedHashMap<>();
    series.put("tuned accept @100%", fast);
    series.put("stock <lag> @50%", slow);
    String svg = LatencySvg.render("Accept & lag", series);
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(2);
    assertThat(document.getDocumentElement().getTextContent()).contains("Accept & lag", "tuned accept @100% (n=1000)",
        "stock <lag> @50% (n=1000)", "1,000 ms", "99.9%");
  }
}
