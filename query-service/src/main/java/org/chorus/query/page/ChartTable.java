package org.chorus.query.page;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures behind one chart, rendered by {@code layout :: chart(id, title, table)} as a data table that the
 * chart script draws from: the table is the chart's text alternative and the whole page without JavaScript.
 *
 * @param labelHeading  heading of the first column, naming what each row is
 * @param valueHeadings one heading per series, each a column and a dataset of the chart
 */
public record ChartTable(String caption, String labelHeading, List<String> valueHeadings, List<Row> rows) {

    public ChartTable {
        valueHeadings = List.copyOf(valueHeadings);
        rows = List.copyOf(rows);
    }

    /** One row: its label and one value per series. */
    public record Row(String label, List<Long> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** The values as the table shows them, with thousands separators. */
        public List<String> shown() {
            NumberFormat format = NumberFormat.getIntegerInstance(Locale.UK);
            return values.stream().map(format::format).toList();
        }
    }

    /** A one-series table from label to value, in the map's order. */
    public static ChartTable of(String caption, String labelHeading, String valueHeading, Map<String, Long> values) {
        return new ChartTable(caption, labelHeading, List.of(valueHeading), values.entrySet().stream()
                .map(entry -> new Row(entry.getKey(), List.of(entry.getValue()))).toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
