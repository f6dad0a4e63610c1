package org.chorus.query.equality;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which groups are heard among the stories a filter covers, as shown: every count from 1 to 4 and whatever would let
 * one be worked out is suppressed.
 *
 * @param total      stories with a shared equality profile; null when suppressed (1 to 4)
 * @param suppressed whether the total is suppressed, and with it every cell
 * @param dimensions by dimension key ({@code ethnicity}, {@code ageBand}, {@code disability}, {@code gender},
 *                   {@code place}), the cells in display order; empty lists when the total is suppressed
 */
public record EqualityReport(@Nullable Integer total, boolean suppressed, Map<String, List<Cell>> dimensions) {

    /**
     * One group's count.
     *
     * @param count null when suppressed; 0 means nobody in the group was heard
     */
    public record Cell(String group, @Nullable Integer count, boolean suppressed) {
    }
}
