package org.chorus.query.insight.web;

import java.time.LocalDate;
import java.time.YearMonth;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.counts.Drilldown;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The feed address behind one count of a themes report: {@link Drilldown#feedQuery} with the report's own filters
 * along (its theme excepted: the count names the theme). A month's days are narrowed to the filter's own dates.
 */
final class FeedLinks {
    private final StoryFilter filter;

    FeedLinks(StoryFilter filter) {
        this.filter = filter;
    }

    /** For example {@code /insights?theme=ACCESS&place=LEWISHAM&from=2026-06-01&to=2026-06-30}. */
    String to(String theme, @Nullable String place, @Nullable YearMonth month) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/insights")
                .query(Drilldown.feedQuery(theme, place, month));
        if (place == null && filter.place() != null) {
            link.queryParam("place", filter.place());
        }
        if (filter.serviceArea() != null) {
            link.queryParam("serviceArea", filter.serviceArea());
        }
        if (filter.feeling() != null) {
            link.queryParam("feeling", filter.feeling());
        }
        if (!filter.words().isEmpty()) {
            link.queryParam("q", String.join(" ", filter.words()));
        }
        LocalDate from = month == null ? filter.from() : later(month.atDay(1), filter.from());
        LocalDate to = month == null ? filter.to() : earlier(month.atEndOfMonth(), filter.to());
        if (from != null) {
            link.replaceQueryParam("from", from);
        }
        if (to != null) {
            link.replaceQueryParam("to", to);
        }
        return link.encode().build().toUriString();
    }

    private static LocalDate later(LocalDate day, @Nullable LocalDate other) {
        return other != null && other.isAfter(day) ? other : day;
    }

    private static LocalDate earlier(LocalDate day, @Nullable LocalDate other) {
        return other != null && other.isBefore(day) ? other : day;
    }
}
