package org.chorus.query.insight.counts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The feed query behind a count of the themes report: {@code count} is {@code theme}, {@code byPlace} adds
 * {@code place}, {@code byMonth} adds {@code from} and {@code to} on the first and last day of that Europe/London
 * month. The report's own filters go along unchanged (a theme filter excepted: the feed takes one theme).
 */
public final class Drilldown {

    private Drilldown() {
    }

    /** For example {@code theme=ACCESS&place=LEWISHAM&from=2026-06-01&to=2026-06-30}; all codes are URL-safe. */
    public static String feedQuery(String theme, @Nullable String place, @Nullable YearMonth month) {
        List<String> params = new ArrayList<>(List.of("theme=" + theme));
        if (place != null) {
            params.add("place=" + place);
        }
        if (month != null) {
            params.add("from=" + month.atDay(1));
            params.add("to=" + month.atEndOfMonth());
        }
        return String.join("&", params);
    }
}
