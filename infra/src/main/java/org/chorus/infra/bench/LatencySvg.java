package org.chorus.infra.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The latency distributions of a run as one SVG image: latency (log scale) against percentile on the usual
 * "nines" axis (50 %, 90 %, 99 %, 99.9 %, 99.99 %), one line per series (accept latency and lag per configuration).
 */
final class LatencySvg {

  static final int WIDTH = 800;
  static final int HEIGHT = 480;
  private static final int LEFT = 70;
  private static final int RIGHT = 230;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;
  private static final double MAX_NINES = 4;
  private static final List<String> COLOURS = List.of("#1b6ac9", "#d4351c", "#00703c", "#f47738", "#4c2c92",
      "#85994b", "#912b88", "#28a197");

  private LatencySvg() {}

  static String render(String title, Map<String, Histogram> series) {
    double maxMillis = 1;
    for (Histogram histogram : series.values()) {
      maxMillis = Math.max(maxMillis, histogram.maxMicros() / 1000.0);
    }
    double minDecade = -1;
    double maxDecade = Math.ceil(Math.log10(maxMillis));
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>\n", LEFT, escape(title)));
    for (int nines = 0; nines <= MAX_NINES; nines++) {
      double x = x(nines);
      String label = nines == 0 ? "0%" : String.format(Locale.ROOT, "%s%%",
          Report.format(100 - 100 / Math.pow(10, nines)));
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
          + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, TOP, x, HEIGHT - BOTTOM, x,
          HEIGHT - BOTTOM + 16, label));
    }
    for (double decade = minDecade; decade <= maxDecade; decade++) {
      double y = y(Math.pow(10, decade), minDecade, maxDecade);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
          + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>\n", LEFT, y, WIDTH - RIGHT, y, LEFT - 6,
          y + 4, Report.format(Math.pow(10, decade))));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">percentile</text>\n",
        (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12));
    int index = 0;
    for (Map.Entry<String, Histogram> entry : series.entrySet()) {
      String colour = COLOURS.get(index % COLOURS.size());
      StringBuilder points = new StringBuilder();
      for (double[] point : entry.getValue().cumulative()) {
        double nines = point[1] >= 1 ? MAX_NINES : Math.min(MAX_NINES, -Math.log10(1 - point[1]));
        double millis = Math.max(Math.pow(10, minDecade), point[0] / 1000.0);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(nines), y(millis, minDecade, maxDecade)));
      }
      svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
          + "points=\"%s\"/>\n", colour, points.toString().trim()));
      int legendY = TOP + 10 + index * 20;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
          + "stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">%s (n=%d)</text>\n", WIDTH - RIGHT + 10, legendY,
          WIDTH - RIGHT + 30, legendY, colour, WIDTH - RIGHT + 36, legendY + 4, escape(entry.getKey()),
          entry.getValue().count()));
      index++;
    }
    return svg.append("</svg>\n").toString();
  }

  private static double x(double nines) {
    return LEFT + nines / MAX_NINES * (WIDTH - LEFT - RIGHT);
  }

  private static double y(double millis, double minDecade, double maxDecade) {
    double fraction = (Math.log10(millis) - minDecade) / (maxDecade - minDecade);
    return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
