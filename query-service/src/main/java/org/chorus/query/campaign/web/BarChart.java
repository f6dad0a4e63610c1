package org.chorus.query.campaign.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart laid out for inline SVG, with its text alternative: the page draws it without JavaScript.
 *
 * @param id          prefix of the ids that tie the SVG to its title and description
 * @param description every bar's label and value, read out instead of the picture
 */
record BarChart(String id, String title, String description, int width, int height, List<Bar> bars) {
    static final int LABEL_WIDTH = 150;
    static final int MAX_BAR = 330;
    static final int ROW = 34;
    static final int BAR = 24;

    /** One bar: {@code y} is its top edge, {@code textY} the baseline of its label and value. */
    record Bar(String label, String value, int y, int textY, int barWidth, int valueX) {
    }

    /** @param values label to value, drawn in the order given */
    static BarChart of(String id, String title, Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, Long> entry : values.entrySet()) {
            int barWidth = max == 0 ? 0 : (int) Math.max(1, Math.round(entry.getValue() * (double) MAX_BAR / max));
            int y = row * ROW;
            bars.add(new Bar(entry.getKey(), number(entry.getValue()), y + (ROW - BAR) / 2, y + ROW / 2 + 6, barWidth,
                    LABEL_WIDTH + barWidth + 8));
            row++;
        }
        String description = title + ": " + bars.stream().map(bar -> bar.label() + " " + bar.value())
                .collect(Collectors.joining("; ")) + ".";
        return new BarChart(id, title, description, LABEL_WIDTH + MAX_BAR + 90, Math.max(ROW, row * ROW), bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR;
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }
}
