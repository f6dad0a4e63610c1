package org.chorus.query.equality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.query.equality.EqualityReport.Cell;

/**
 * Small-number suppression, the same for every filter and drill-down. A total from 1 to 4 hides everything. Otherwise,
 * in each dimension (whose counts add up to the total), every count from 1 to 4 is hidden (primary); then, while
 * only one cell is hidden or the hidden cells add up to less than 5, the smallest shown non-zero cell is hidden too
 * (secondary), so no hidden count can be worked out from the total and the cells shown. Zero is shown.
 */
final class Suppression {
    static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** The report for {@code total} stories and each dimension's counts by group, in display order. */
    static EqualityReport report(int total, Map<Dimension, Map<String, Integer>> counts) {
        Map<String, List<Cell>> dimensions = new LinkedHashMap<>();
        boolean hideAll = total > 0 && total < THRESHOLD;
        counts.forEach((dimension, groups) -> dimensions.put(dimension.key(),
                hideAll ? List.of() : cells(groups)));
        return new EqualityReport(hideAll ? null : total, hideAll, dimensions);
    }

    static List<Cell> cells(Map<String, Integer> groups) {
        Set<String> hidden = new HashSet<>();
        groups.forEach((group, count) -> {
            if (count > 0 && count < THRESHOLD) {
                hidden.add(group);
            }
        });
        while (!hidden.isEmpty() && (hidden.size() == 1 || sum(groups, hidden) < THRESHOLD)) {
            String next = groups.entrySet().stream()
                    .filter(cell -> cell.getValue() > 0 && !hidden.contains(cell.getKey()))
                    .min(Comparator.comparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey)
                    .orElse(null);
            if (next == null) {
                break;
            }
            hidden.add(next);
        }
        List<Cell> cells = new ArrayList<>();
        groups.forEach((group, count) -> cells.add(hidden.contains(group) ? new Cell(group, null, true)
                : new Cell(group, count, false)));
        return cells;
    }

    private static int sum(Map<String, Integer> groups, Set<String> hidden) {
        return hidden.stream().mapToInt(groups::get).sum();
    }
}
