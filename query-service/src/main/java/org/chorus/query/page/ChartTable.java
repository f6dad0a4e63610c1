package org.chorus.query.page;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures behind one chart, rendered by {@code fragments :: chart(id, title, table)} as a data table that the
 * chart script draws from: the table is the chart's text alternative and the whole page without JavaScript.
 *
 * @param labelHeading  heading of the first column, naming what each row is
 * @param valueHeadings one heading per series, each a column and a dataset of the chart
 */
public record ChartTable(String caption, String labelHeading, List<String> valueHeadings, List<Row> rows) {

    /** What a suppressed cell shows instead of its number. */
    public static final String SUPPRESSED = "fewer than 5";

    public ChartTable {
        valueHeadings = List.copyOf(valueHeadings);
        rows = List.copyOf(rows);
    }

    /** One row: its label and one cell per series. */
    public record Row(String label, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** A row of plain numbers, none of them a link. */
        public static Row of(String label, List<Long> values) {
            return new Row(label, values.stream().map(value -> new Cell(value, null)).toList());
        }
    }

    /**
     * One figure.
     *
     * @param value null for a small number that is suppressed: the table shows {@link #SUPPRESSED} and the chart
     *              draws no bar
     * @param href  where the figure leads (the stories it counts), or null
     */
    public record Cell(@Nullable Long value, @Nullable String href) {

        /** The value as the table shows it, with thousands separators. */
        public String shown() {
            return value == null ? SUPPRESSED : NumberFormat.getIntegerInstance(Locale.UK).format(value);
        }
    }

    /** A one-series table from label to value, in the map's order. */
    public static ChartTable of(String caption, String labelHeading, String valueHeading, Map<String, Long> values) {
        return new ChartTable(caption, labelHeading, List.of(valueHeading), values.entrySet().stream()
                .map(entry -> Row.of(entry.getKey(), List.of(entry.getValue()))).toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
